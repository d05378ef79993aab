import { useCallback, useState } from 'react';
import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import { useStore } from 'zustand';
import type { MapDocument } from '../../shared/model';
import type { MapStore, Selection } from '../store/map-store';
import { toNodes, type SystemNodeType } from './projection';

interface LocalNodes {
  readonly doc: MapDocument;
  readonly selection: Selection;
  readonly nodes: SystemNodeType[];
}

/**
 * The nodes handed to React Flow: the projection of the document, plus what React Flow
 * reports between commands (positions during a drag, measured sizes). Those local changes
 * never reach the document; a drag is committed once, when it ends (see use-canvas-handlers).
 * Selection changes are not applied here: they go to the store and come back via the projection.
 */
export function useCanvasNodes(store: MapStore) {
  const doc = useStore(store, (s) => s.doc);
  const selection = useStore(store, (s) => s.selection);
  const [local, setLocal] = useState<LocalNodes>(() => ({ doc, selection, nodes: toNodes(doc, selection) }));

  let current = local;
  if (local.doc !== doc || local.selection !== selection) {
    // Re-project during render (React's "adjust state when props change"), reusing unchanged nodes.
    current = { doc, selection, nodes: toNodes(doc, selection, local.nodes) };
    setLocal(current);
  }

  const onLocalChanges = useCallback((changes: NodeChange<SystemNodeType>[]) => {
    const local = changes.filter((change) => change.type === 'position' || change.type === 'dimensions');
    if (local.length > 0) setLocal((state) => ({ ...state, nodes: applyNodeChanges(local, state.nodes) }));
  }, []);

  return { nodes: current.nodes, onLocalChanges };
}
