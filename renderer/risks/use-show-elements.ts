import { useCallback } from 'react';
import type { FlowId, SystemId } from '../../shared/model';
import { useRevealElement } from '../canvas/use-reveal-element';
import { useRiskPanel } from './risk-panel-state';
import type { MapStore } from '../store/map-store';

/**
 * Returns a function that selects systems and flows chosen in the Owners tab and brings the
 * first into view, as the Risks tab does for an entry's element. The selection is marked as the
 * panel's own, so the column stays on the Owners tab instead of switching to Details.
 */
export function useShowElements(store: MapStore): (elementIds: readonly string[]) => void {
  const panel = useRiskPanel();
  const reveal = useRevealElement();
  return useCallback((elementIds: readonly string[]) => {
    const { doc, select } = store.getState();
    const systemIds = elementIds.filter((id) => doc.systems[id as SystemId]) as SystemId[];
    const flowIds = elementIds.filter((id) => doc.flows[id as FlowId]) as FlowId[];
    if (systemIds.length + flowIds.length === 0) return;
    select({ systemIds, flowIds });
    reveal(doc, (systemIds[0] ?? flowIds[0])!);
    panel.setState({ ownSelection: store.getState().selection });
  }, [store, panel, reveal]);
}
