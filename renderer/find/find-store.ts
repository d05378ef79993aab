import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { isFiltering, matchMap, NO_FILTER, type MapFilter, type MapMatches } from '../../shared/find';
import { localDateOf, type IsoDate } from '../../shared/model';
import { useServices } from '../app/services';
import { calendarFor } from '../reviews/review-calendar';
import type { AnalysisSource } from '../risks/analysis-source';
import type { MapStore } from '../store/map-store';

/**
 * The find bar's filter and what matches it. View state for one open map, never saved: the
 * matches are worked out from the document, its findings and today's date, and the canvas
 * fades whatever is not among them.
 */
export interface FindState {
  readonly filter: MapFilter;
  /** What matches the filter on the map as it is now; null while nothing is filtered. */
  readonly matches: MapMatches | null;
  setFilter(changes: Partial<MapFilter>): void;
  /** Clears every criterion at once. */
  clear(): void;
}

export type FindStore = StoreApi<FindState>;

/** Where matching reads the map, its findings (for severity) and the day (for review state). */
export interface FindInputs {
  readonly map: MapStore;
  readonly analysis: AnalysisSource;
  today(): IsoDate;
}

export function createFindStore(inputs: FindInputs): FindStore {
  return createStore<FindState>()((set, get) => ({
    filter: NO_FILTER,
    matches: null,
    setFilter: (changes) => {
      const filter = { ...get().filter, ...changes };
      set({ filter, matches: matchesOf(filter, inputs) });
    },
    clear: () => set({ filter: NO_FILTER, matches: null }),
  }));
}

/**
 * Keeps the matches current while a filter is set: after every edit, and after every run of the
 * checks when the filter asks about severity. Returns the function that stops it.
 */
export function followMap(find: FindStore, inputs: FindInputs): () => void {
  const refresh = () => {
    const { filter } = find.getState();
    if (isFiltering(filter)) find.setState({ matches: matchesOf(filter, inputs) });
  };
  const stopDoc = inputs.map.subscribe((state, previous) => { if (state.doc !== previous.doc) refresh(); });
  const stopAnalysis = inputs.analysis.subscribe(() => { if (find.getState().filter.severity !== '') refresh(); });
  return () => { stopDoc(); stopAnalysis(); };
}

function matchesOf(filter: MapFilter, { map, analysis, today }: FindInputs): MapMatches | null {
  if (!isFiltering(filter)) return null;
  const { doc } = map.getState();
  return matchMap(doc, filter, {
    // A badge is the worst *open* finding. Asked for before the first run, the checks run now.
    severityOf: (elementId) => analysis.current().badges.get(elementId)?.severity,
    reviews: calendarFor(doc, today()),
  });
}

/**
 * The find store of the open map while the canvas is shown, its matches kept current. "Today"
 * comes from the clock the checks read (analysis-source), so review states agree with them.
 */
export function useMapFind(map: MapStore, analysis: AnalysisSource): FindStore {
  const { now } = useServices();
  const [inputs] = useState<FindInputs>(() => ({ map, analysis, today: () => localDateOf(now()) }));
  const [find] = useState(() => createFindStore(inputs));
  useEffect(() => followMap(find, inputs), [find, inputs]);
  return find;
}

export const FindContext = createContext<FindStore | null>(null);

/** The canvas's find store; the canvas provides one per open map. */
export function useFindStore(): FindStore {
  const find = useContext(FindContext);
  if (!find) throw new Error('useFindStore must be used inside <FindContext.Provider>');
  return find;
}

/**
 * A ref for the element that shows a system or flow: it carries the class `is-faded` while the
 * find bar leaves that system or flow out (find.css). A class, not state, as the canvas's
 * `is-moving` is: a keystroke that fades hundreds of flows then costs a class change each, not a
 * React render of each flow, and React Flow's nodes and edges stay as they were. Give it to an
 * element whose own className never changes, or React would overwrite the class.
 */
export function useFadedClass(elementId: string): (element: Element | null) => (() => void) | undefined {
  const find = useContext(FindContext);
  return useCallback((element: Element | null) => {
    if (!element || !find) return undefined;
    let faded = isLeftOut(find.getState().matches, elementId);
    element.classList.toggle('is-faded', faded);
    return find.subscribe(({ matches }) => {
      const next = isLeftOut(matches, elementId);
      if (next !== faded) element.classList.toggle('is-faded', (faded = next));
    });
  }, [find, elementId]);
}

function isLeftOut(matches: MapMatches | null, elementId: string): boolean {
  return matches !== null && !matches.ids.has(elementId);
}
