import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { FlowId, MapDocument, SystemId } from '../../shared/model';
import type { MapStore } from '../store/map-store';

/**
 * How a zoom to some elements frames them: like the Fit view control, but allowed to zoom as
 * far out as the canvas does, since matches can be spread across a large map.
 */
const ZOOM_TO_OPTIONS = { padding: 0.2, maxZoom: 1.2, minZoom: 0.05, duration: 250 } as const;

/** The systems to frame to show these systems and flows: each system, and both ends of each flow. */
export function systemsToFrame(doc: MapDocument, elementIds: Iterable<string>): SystemId[] {
  const systems = new Set<SystemId>();
  for (const id of elementIds) {
    const system = doc.systems[id as SystemId];
    if (system) systems.add(system.id);
    const flow = doc.flows[id as FlowId];
    if (flow && doc.systems[flow.sourceId] && doc.systems[flow.targetId]) systems.add(flow.sourceId).add(flow.targetId);
  }
  return [...systems];
}

/**
 * Returns functions that fit the view to some elements ("Zoom to matches") or to the selection
 * ("Zoom to selection", Shift+2 on the map). Each returns false, leaving the view alone, when
 * there is nothing to frame.
 */
export function useZoomTo(store: MapStore): { zoomToElements(ids: Iterable<string>): boolean; zoomToSelection(): boolean } {
  const { fitView } = useReactFlow();
  const zoomToElements = useCallback((ids: Iterable<string>) => {
    const systems = systemsToFrame(store.getState().doc, ids);
    if (systems.length === 0) return false;
    void fitView({ ...ZOOM_TO_OPTIONS, nodes: systems.map((id) => ({ id })) });
    return true;
  }, [store, fitView]);
  const zoomToSelection = useCallback(() => {
    const { systemIds, flowIds } = store.getState().selection;
    return zoomToElements([...systemIds, ...flowIds]);
  }, [store, zoomToElements]);
  return { zoomToElements, zoomToSelection };
}
