import { useLayoutEffect, useState, type RefObject } from 'react';
import { getViewportForBounds, type FitViewOptions, type Viewport } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH, type SystemNodeType } from './projection';

/** The view that fits every system in a pane of this size, as React Flow's fitView works it out. */
export function fittedViewport(nodes: readonly SystemNodeType[], width: number, height: number, fit: Required<Pick<FitViewOptions, 'padding' | 'minZoom' | 'maxZoom'>>): Viewport {
  if (nodes.length === 0 || width === 0 || height === 0) return { x: 0, y: 0, zoom: 1 };
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const { position } of nodes) {
    left = Math.min(left, position.x);
    top = Math.min(top, position.y);
    right = Math.max(right, position.x + NODE_WIDTH);
    bottom = Math.max(bottom, position.y + NODE_HEIGHT);
  }
  return getViewportForBounds({ x: left, y: top, width: right - left, height: bottom - top }, width, height, fit.minZoom, fit.maxZoom, fit.padding);
}

/**
 * The view a map opens at: fitted to its systems, worked out from the canvas's size before React
 * Flow mounts. Left to fitView, React Flow first draws everything in view at zoom 1 from the
 * origin (on a large map, a hundred flows), then fits and draws the whole map again. Undefined
 * until the canvas has been measured, a moment before the browser paints.
 */
export function useInitialViewport(
  canvas: RefObject<HTMLElement | null>, nodes: readonly SystemNodeType[], fit: Required<Pick<FitViewOptions, 'padding' | 'minZoom' | 'maxZoom'>>,
): Viewport | undefined {
  const [viewport, setViewport] = useState<Viewport>();
  useLayoutEffect(() => {
    if (viewport || !canvas.current) return;
    const { width, height } = canvas.current.getBoundingClientRect();
    setViewport(fittedViewport(nodes, width, height, fit));
  }, [viewport, canvas, nodes, fit]);
  return viewport;
}
