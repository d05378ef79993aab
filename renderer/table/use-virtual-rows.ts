import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/** The rows to render: `start` up to (not including) `end`. */
export interface RowWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * The rendered rows move in steps of this many: scrolling within a step changes nothing in the
 * page, so most frames of a scroll only move what is already drawn, and the browser repaints
 * the table once a step rather than on every row. Small, because a jump across the table
 * (dragging the scroll bar) replaces every rendered row at once: with 4 (and an overscan of 2)
 * about 24 rows are made per jump, which fits in two display frames (bench/table.bench.ts).
 */
export const ROW_STEP = 4;

/**
 * Which of `count` rows of `rowHeight` pixels to render when the body is scrolled to `scrollTop`
 * in a viewport `viewportHeight` high: every row that can be on screen anywhere within the
 * current step of {@link ROW_STEP} rows, and `overscan` more either side (so a fast scroll never
 * shows a gap before the next render). The same for every position within a step.
 */
export function visibleWindow(scrollTop: number, viewportHeight: number, count: number, rowHeight: number, overscan: number): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight / ROW_STEP) * ROW_STEP;
  const last = first + ROW_STEP + Math.ceil(viewportHeight / rowHeight);
  const start = Math.floor((first - overscan) / ROW_STEP) * ROW_STEP;
  const end = Math.ceil((last + overscan) / ROW_STEP) * ROW_STEP;
  return { start: Math.min(count, Math.max(0, start)), end: Math.min(count, end) };
}

/**
 * The scroll position that brings row `index` fully into view below a sticky header
 * `headerHeight` high, or `scrollTop` itself when it already is.
 */
export function scrollTopShowing(index: number, scrollTop: number, viewportHeight: number, rowHeight: number, headerHeight: number): number {
  const rowTop = index * rowHeight;
  const visibleBody = viewportHeight - headerHeight;
  if (rowTop < scrollTop) return rowTop;
  if (rowTop + rowHeight > scrollTop + visibleBody) return rowTop + rowHeight - visibleBody;
  return scrollTop;
}

interface Metrics {
  /** The scroll position in whole steps of rows: scrolling within a step renders nothing. */
  readonly step: number;
  readonly height: number;
}

/**
 * Row virtualisation for a scrolling table with fixed-height rows: it renders only the rows in
 * view (and a few either side), with empty space above and below standing in for the rest, so a
 * table of 20,000 rows costs what one of forty does. Re-renders only when the scroll crosses
 * into another step of rows or the viewport's height changes.
 */
export function useVirtualRows(scroller: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan = 4) {
  const [metrics, setMetrics] = useState<Metrics>({ step: 0, height: 0 });

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    let height = element.clientHeight;
    const measure = () => {
      const next = { step: Math.floor(element.scrollTop / (rowHeight * ROW_STEP)), height };
      setMetrics((previous) => (previous.step === next.step && previous.height === next.height ? previous : next));
    };
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const resize = new ResizeObserver(([entry]) => {
      height = entry?.contentRect.height ?? height;
      measure();
    });
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', measure);
      resize.disconnect();
    };
  }, [scroller, rowHeight]);

  const window = visibleWindow(metrics.step * ROW_STEP * rowHeight, metrics.height, count, rowHeight, overscan);

  /** Scrolls just enough to show row `index` below the sticky header. */
  const scrollToRow = useCallback((index: number, headerHeight: number) => {
    const element = scroller.current;
    if (!element) return;
    const top = scrollTopShowing(index, element.scrollTop, element.clientHeight, rowHeight, headerHeight);
    if (top !== element.scrollTop) element.scrollTop = top;
  }, [scroller, rowHeight]);

  return {
    ...window,
    /** Empty space above the rendered rows, in pixels. */
    spaceAbove: window.start * rowHeight,
    /** Empty space below them. */
    spaceBelow: (count - window.end) * rowHeight,
    /** How many rows fit in the viewport: a Page Up or Page Down. */
    pageSize: Math.max(1, Math.floor(metrics.height / rowHeight) - 2),
    scrollToRow,
  };
}
