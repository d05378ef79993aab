import { describe, expect, it } from 'vitest';
import { ROW_STEP, scrollTopShowing, visibleWindow } from '../../../renderer/table/use-virtual-rows';

describe('which rows the table renders', () => {
  it('renders the rows in view and a few either side, not all 20,000', () => {
    expect(visibleWindow(0, 680, 20_000, 34, 6)).toEqual({ start: 0, end: 32 });
    expect(visibleWindow(34 * 5000, 680, 20_000, 34, 6)).toEqual({ start: 4992, end: 5032 });
  });

  it('covers every row that can be in view wherever the scroll is', () => {
    for (let scrollTop = 0; scrollTop < 34 * 100; scrollTop += 7) {
      const { start, end } = visibleWindow(scrollTop, 680, 20_000, 34, 6);
      expect(start).toBeLessThanOrEqual(Math.floor(scrollTop / 34));
      expect(end).toBeGreaterThanOrEqual(Math.ceil((scrollTop + 680) / 34));
    }
  });

  it('stays the same while the scroll stays within a step of rows, so nothing re-renders', () => {
    const atStep = visibleWindow(34 * ROW_STEP * 10, 680, 20_000, 34, 6);
    expect(visibleWindow(34 * ROW_STEP * 10 + 34 * ROW_STEP - 1, 680, 20_000, 34, 6)).toEqual(atStep);
    expect(visibleWindow(34 * ROW_STEP * 11, 680, 20_000, 34, 6)).not.toEqual(atStep);
  });

  it('stops at the ends of the table', () => {
    expect(visibleWindow(34 * 19_990, 680, 20_000, 34, 6).end).toBe(20_000);
    expect(visibleWindow(0, 680, 5, 34, 6)).toEqual({ start: 0, end: 5 });
    expect(visibleWindow(500, 680, 0, 34, 6)).toEqual({ start: 0, end: 0 });
  });
});

describe('scrolling a row into view under the sticky header', () => {
  it('leaves the scroll alone when the row is already in view', () => {
    expect(scrollTopShowing(3, 0, 400, 34, 68)).toBe(0);
  });

  it('scrolls up to a row above the view', () => {
    expect(scrollTopShowing(2, 340, 400, 34, 68)).toBe(68);
  });

  it('scrolls down just enough to show a row below the view, not under the header', () => {
    expect(scrollTopShowing(20, 0, 400, 34, 68)).toBe(21 * 34 - (400 - 68));
  });
});
