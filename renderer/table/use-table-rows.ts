import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useAnalysis } from '../risks/use-analysis';
import type { MapStore } from '../store/map-store';
import { reviewCalendar } from '../../shared/reviews';
import { createRowCache, type RowCache, type TableRow } from './table-rows';
import type { TableKind } from './table-view-state';

// One cache per open map, kept while switching tabs and views, so coming back to the table
// after an edit remakes only the rows that changed.
const caches = new WeakMap<MapStore, RowCache>();

/**
 * The rows of one tab, in the map's order, remade when the map or its findings change. Reviews
 * are judged as of the day the findings were, so the risk and review columns agree.
 */
export function useTableRows(store: MapStore, kind: TableKind): readonly TableRow[] {
  const doc = useStore(store, (s) => s.doc);
  const analysis = useAnalysis(store);
  const cache = rowCacheOf(store);
  return useMemo(() => {
    const calendar = reviewCalendar(doc, analysis.today);
    return kind === 'flows' ? cache.flows(doc, analysis.badges, calendar) : cache.systems(doc, analysis.badges, calendar);
  }, [cache, doc, analysis, kind]);
}

function rowCacheOf(store: MapStore): RowCache {
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = createRowCache()));
  return cache;
}
