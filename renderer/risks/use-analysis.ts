import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { useServices } from '../app/services';
import type { MapStore } from '../store/map-store';
import type { Analysis, ElementBadge } from './analysis';
import { createAnalysisSource, type AnalysisSource } from './analysis-source';

// One source per open map, whichever component asks first: the canvas, the inspector and the
// risk panel then share one check run per edit instead of running the checks three times.
const sources = new WeakMap<MapStore, AnalysisSource>();

/** The findings of this map, checked outside render and re-checked (incrementally) after every edit. */
export function useAnalysisSource(store: MapStore): AnalysisSource {
  const { now } = useServices();
  let source = sources.get(store);
  if (!source) sources.set(store, (source = createAnalysisSource(store, now)));
  return source;
}

/**
 * The findings of the map in full. An edit shows at once and the findings follow a moment
 * later (after the next paint), so a map with 100,000 findings does not make typing lag. Only
 * if the checks have not run yet are they run during this render.
 */
export function useAnalysis(store: MapStore): Analysis {
  const source = useAnalysisSource(store);
  return useSyncExternalStore(source.subscribe, source.current);
}

/** Open findings and open custom risks, once the checks have run; undefined before. */
export function useOpenCount(store: MapStore): number | undefined {
  const source = useAnalysisSource(store);
  return useSyncExternalStore(source.subscribe, () => source.latest()?.openCount);
}

/** The canvas's source of badges, so each node and edge can look up its own. */
export const BadgeSourceContext = createContext<AnalysisSource | null>(null);

/**
 * One element's badge. Read by the node or edge itself, so a run of the checks re-renders only
 * the elements whose badge changed, and React Flow's nodes and edges stay as they were.
 */
export function useBadge(elementId: string): ElementBadge | undefined {
  const source = useContext(BadgeSourceContext);
  if (!source) throw new Error('useBadge must be used inside <BadgeSourceContext.Provider>');
  const subscribe = useCallback((listener: () => void) => source.subscribeToBadge(elementId, listener), [source, elementId]);
  return useSyncExternalStore(subscribe, () => source.badgeOf(elementId));
}
