import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Selection } from '../store/map-store';
import { DEFAULT_QUERY, type RegisterQuery } from './register-view';

/** The tabs of the editor's right-hand column. */
export type SideTab = 'details' | 'risks' | 'reviews' | 'owners' | 'history';

/** How many rows the register lists at first, and how many more each "Show more" adds. */
export const PAGE_SIZE = 200;

/**
 * What the right-hand column shows: which tab, which register entry is open, and the list's
 * filters. View state only, never saved: the map's own store keeps the document.
 */
export interface RiskPanelState {
  readonly tab: SideTab;
  /** The finding, custom risk or past decision whose detail is open, if any. */
  readonly openId: string | null;
  readonly query: RegisterQuery;
  /** How many of the matching rows are listed. */
  readonly limit: number;
  /** The selection the panel made itself to show an entry's element; other selections switch to Details. */
  readonly ownSelection: Selection | null;
  showTab(tab: SideTab): void;
  /** Opens an entry's detail on the Risks tab. */
  openEntry(id: string): void;
  closeEntry(): void;
  setQuery(changes: Partial<RegisterQuery>): void;
  showMore(): void;
}

export type RiskPanelStore = StoreApi<RiskPanelState>;

export function createRiskPanelStore(): RiskPanelStore {
  return createStore<RiskPanelState>()((set, get) => ({
    tab: 'details',
    openId: null,
    query: DEFAULT_QUERY,
    limit: PAGE_SIZE,
    ownSelection: null,
    showTab: (tab) => set({ tab }),
    openEntry: (openId) => set({ tab: 'risks', openId }),
    closeEntry: () => set({ openId: null }),
    // A new filter starts again from the top of the list.
    setQuery: (changes) => set({ query: { ...get().query, ...changes }, limit: PAGE_SIZE }),
    showMore: () => set({ limit: get().limit + PAGE_SIZE }),
  }));
}

export const RiskPanelContext = createContext<RiskPanelStore | null>(null);

/** The editor's panel state; MapEditor provides one per open map. */
export function useRiskPanel(): RiskPanelStore {
  const panel = useContext(RiskPanelContext);
  if (!panel) throw new Error('useRiskPanel must be used inside <RiskPanelContext.Provider>');
  return panel;
}

export function useRiskPanelState<T>(selector: (state: RiskPanelState) => T): T {
  return useStore(useRiskPanel(), selector);
}
