import { useCallback } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { Position } from '../../shared/model';
import { NODE_HEIGHT, NODE_WIDTH } from './projection';

/** Returns a function giving the centre of the visible canvas, in canvas units. */
export function useVisibleCentre(): () => Position {
  const flow = useStoreApi();
  return useCallback(() => {
    const { width, height, transform: [x, y, zoom] } = flow.getState();
    return { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom };
  }, [flow]);
}

/** Up to this many systems, revealing a new one zooms out to show the whole map instead of panning to it. */
const SMALL_MAP = 24;

/**
 * Returns a function that brings a system just placed at `position` into view: on a small map
 * by zooming out (never in) to show every system, on a large one by panning to it. A new
 * system placed off screen would otherwise look as if nothing happened.
 */
export function useRevealSystem(): (position: Position) => void {
  const flow = useStoreApi();
  const { setCenter, fitView } = useReactFlow();
  return useCallback((position: Position) => {
    const { width, height, nodeLookup, transform: [x, y, zoom] } = flow.getState();
    const left = position.x * zoom + x;
    const top = position.y * zoom + y;
    const inView = left >= 0 && top >= 0 && left + NODE_WIDTH * zoom <= width && top + NODE_HEIGHT * zoom <= height;
    if (inView) return;
    // Wait a frame: the new node reaches React Flow's own store when the canvas next renders.
    requestAnimationFrame(() => {
      if (nodeLookup.size < SMALL_MAP) void fitView({ maxZoom: zoom, minZoom: 0.4, padding: 0.15 });
      else void setCenter(position.x + NODE_WIDTH / 2, position.y + NODE_HEIGHT / 2, { zoom });
    });
  }, [flow, setCenter, fitView]);
}
