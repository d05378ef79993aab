import { useCallback } from 'react';
import type { FlowId, SystemId } from '../../shared/model';
import { useRevealElement } from '../canvas/use-reveal-element';
import { focusWhenRendered } from '../editor/actions';
import type { MapStore } from '../store/map-store';
import { DETAIL_HEADING_ID } from './panel-ids';
import { useRiskPanel } from './risk-panel-state';

/**
 * Returns a function that shows a register entry: selects the systems and flows it is about
 * and brings them into view on the map, then opens its detail on the Risks tab with focus on
 * its heading (unless told not to move focus). With no elements given (or none still on the map)
 * the selection is left alone.
 */
export function useShowEntry(store: MapStore): (id: string, elementIds: readonly string[], options?: { focus?: boolean }) => void {
  const panel = useRiskPanel();
  const reveal = useRevealElement();
  return useCallback((id: string, elementIds: readonly string[], { focus = true } = {}) => {
    const { doc, select } = store.getState();
    const systemIds = elementIds.filter((e) => doc.systems[e as SystemId]) as SystemId[];
    const flowIds = elementIds.filter((e) => doc.flows[e as FlowId]) as FlowId[];
    if (systemIds.length + flowIds.length > 0) {
      select({ systemIds, flowIds });
      reveal(doc, (systemIds[0] ?? flowIds[0])!);
      // Marks this selection as the panel's own, so the column stays on the Risks tab.
      panel.setState({ ownSelection: store.getState().selection });
    }
    panel.getState().openEntry(id);
    if (focus) focusWhenRendered(DETAIL_HEADING_ID);
  }, [store, panel, reveal]);
}
