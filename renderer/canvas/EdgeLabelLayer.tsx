import { useCallback } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';

// Each flow's label is HTML, drawn in React Flow's label layer above the edges. React Flow's own
// EdgeLabelRenderer finds that layer with a querySelector on every store update, once per
// mounted edge: hundreds of DOM searches per frame while panning. Found once per canvas here.
const layers = new WeakMap<HTMLDivElement, HTMLElement>();

function labelLayerOf(domNode: HTMLDivElement | null): HTMLElement | undefined {
  if (!domNode) return undefined;
  let layer = layers.get(domNode);
  if (!layer) {
    // Absent until React Flow's first commit; looked for again on the next store update.
    layer = domNode.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? undefined;
    if (layer) layers.set(domNode, layer);
  }
  return layer;
}

/** How far a label reaches either side of its centre, in canvas units (at most 190 px wide, editor.css). */
const LABEL_REACH_X = 100;
const LABEL_REACH_Y = 20;

/** Whether any of a label centred at (x, y) on the canvas would be on screen, in this view of it. */
export function labelOnScreen({ transform: [panX, panY, zoom], width, height }: Pick<ReactFlowState, 'transform' | 'width' | 'height'>, x: number, y: number): boolean {
  const left = (x - LABEL_REACH_X) * zoom + panX;
  const right = (x + LABEL_REACH_X) * zoom + panX;
  const top = (y - LABEL_REACH_Y) * zoom + panY;
  const bottom = (y + LABEL_REACH_Y) * zoom + panY;
  return width > 0 && height > 0 && right > 0 && left < width && bottom > 0 && top < height;
}

/**
 * Where to portal the label centred at (x, y), or undefined while it would be off screen.
 * React Flow draws every edge whose two ends span the view, and on this kind of map most of
 * those run across it, their labels far outside: at working zoom two in three. Drawing only the
 * labels on screen, as React Flow does with nodes, spares the page hundreds of boxes to lay out
 * and paint on opening and on every frame of a pan. The edge re-renders only when this flips.
 */
export function useEdgeLabelLayer(x: number, y: number): HTMLElement | undefined {
  return useStore(useCallback((state: ReactFlowState) => (labelOnScreen(state, x, y) ? labelLayerOf(state.domNode) : undefined), [x, y]));
}
