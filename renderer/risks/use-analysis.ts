import { useDeferredValue } from 'react';
import { useStore } from 'zustand';
import { localDateOf } from '../../shared/model';
import { useServices } from '../app/services';
import type { MapStore } from '../store/map-store';
import { createAnalyser, type Analyser, type Analysis } from './analysis';

// One analyser per open map, whichever component asks first: the canvas, the inspector and the
// risk panel then share one check run per edit instead of running the checks three times.
const analysers = new WeakMap<MapStore, Analyser>();

/**
 * The findings of the map as it is now, re-checked (incrementally) after every edit. The
 * re-check is a deferred render: a keystroke shows at once, and the badges and counts follow a
 * moment later, so a map with 100,000 findings does not make typing lag.
 */
export function useAnalysis(store: MapStore): Analysis {
  const doc = useDeferredValue(useStore(store, (s) => s.doc));
  // Checks such as "review overdue" depend on the day: the user's own calendar day.
  const today = localDateOf(useServices().now());
  let analyse = analysers.get(store);
  if (!analyse) analysers.set(store, (analyse = createAnalyser()));
  return analyse(doc, today);
}
