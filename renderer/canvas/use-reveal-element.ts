import { useCallback } from 'react';
import type { MapDocument } from '../../shared/model';
import { useRevealSystem } from './use-visible-centre';

/**
 * Returns a function that brings a system or a flow into view, e.g. when a finding about it is
 * chosen in the risk panel. A flow is revealed at the midpoint between its two systems.
 */
export function useRevealElement(): (doc: MapDocument, elementId: string) => void {
  const reveal = useRevealSystem();
  return useCallback((doc: MapDocument, elementId: string) => {
    const system = doc.systems[elementId as keyof MapDocument['systems']];
    if (system) return reveal(system.position);
    const flow = doc.flows[elementId as keyof MapDocument['flows']];
    const source = flow && doc.systems[flow.sourceId];
    const target = flow && doc.systems[flow.targetId];
    if (source && target) reveal({ x: (source.position.x + target.position.x) / 2, y: (source.position.y + target.position.y) / 2 });
  }, [reveal]);
}
