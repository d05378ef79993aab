import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useStore, type ReactFlowState } from '@xyflow/react';

// Each flow's label is HTML, drawn in React Flow's label layer above the edges. React Flow's own
// EdgeLabelRenderer finds that layer with a querySelector on every store update, once per
// mounted edge: hundreds of DOM searches per frame while panning. Found once per canvas here.
const layers = new WeakMap<HTMLDivElement, HTMLElement>();

function labelLayerOf({ domNode }: ReactFlowState): HTMLElement | undefined {
  if (!domNode) return undefined;
  let layer = layers.get(domNode);
  if (!layer) {
    // Absent until React Flow's first commit; looked for again on the next store update.
    layer = domNode.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? undefined;
    if (layer) layers.set(domNode, layer);
  }
  return layer;
}

/** Renders an edge's label in React Flow's label layer (what EdgeLabelRenderer does, cheaper). */
export function EdgeLabel({ children }: { children: ReactNode }) {
  const layer = useStore(labelLayerOf);
  return layer ? createPortal(children, layer) : null;
}
