import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MapStore } from '../store/map-store';

/**
 * What the Owners tab shows: the search, which owners are open, whose hand-over is open, and
 * what the last hand-over did. View state only, never saved. Kept per open map outside the tab,
 * so going to Details to edit something and coming back finds the list as it was left.
 */
export interface OwnersViewState {
  readonly query: string;
  /** The keys (normalised names) of the owners whose holdings are shown; `''` is "No owner". */
  readonly expanded: ReadonlySet<string>;
  /** The key of the owner whose hand-over dialog is open. */
  readonly handingOver: string | null;
  /** Said once a hand-over is done, e.g. "Handed 3 items from Jo Bloggs to Sam Lee." */
  readonly announcement: string;
  setQuery(query: string): void;
  toggle(key: string): void;
  startHandOver(key: string): void;
  /** Closes the dialog; after a hand-over, opens the new owner and says what was done. */
  finishHandOver(done?: { readonly toKey: string; readonly announcement: string }): void;
}

export type OwnersViewStore = StoreApi<OwnersViewState>;

export function createOwnersViewStore(): OwnersViewStore {
  return createStore<OwnersViewState>()((set, get) => ({
    query: '',
    expanded: new Set(),
    handingOver: null,
    announcement: '',
    setQuery: (query) => set({ query, announcement: '' }),
    toggle: (key) => {
      const expanded = new Set(get().expanded);
      if (!expanded.delete(key)) expanded.add(key);
      set({ expanded });
    },
    startHandOver: (handingOver) => set({ handingOver, announcement: '' }),
    finishHandOver: (done) => set(done
      ? { handingOver: null, announcement: done.announcement, expanded: new Set([...get().expanded, done.toKey]) }
      : { handingOver: null }),
  }));
}

const views = new WeakMap<MapStore, OwnersViewStore>();

/** The Owners tab's state for this map, made the first time the tab opens. */
export function useOwnersView<T>(store: MapStore, selector: (state: OwnersViewState) => T): T {
  let view = views.get(store);
  if (!view) views.set(store, (view = createOwnersViewStore()));
  return useStore(view, selector);
}
