import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MapStore } from '../store/map-store';
import { EMPTY_QUERY, nextSort, type TableQuery } from './table-query';

/** The table's two tabs. */
export type TableKind = 'flows' | 'systems';

/**
 * What the table shows for one open map: which tab, each tab's search, filters and order, and
 * which columns are hidden. View state, never part of the map; hidden columns are remembered for
 * the rest of the session (every map), the rest until the map is closed.
 */
export interface TableViewState {
  readonly kind: TableKind;
  readonly queries: Readonly<Record<TableKind, TableQuery>>;
  readonly hidden: Readonly<Record<TableKind, readonly string[]>>;
  /** Whether the row of per-column filters is shown under the headers. */
  readonly filtersShown: boolean;
  showKind(kind: TableKind): void;
  setSearch(kind: TableKind, search: string): void;
  setFilter(kind: TableKind, columnId: string, value: string): void;
  /** Sorts by a column: ascending first, descending if it already was ascending. */
  sortBy(kind: TableKind, columnId: string): void;
  /** Clears the search and every column filter (the order stays). */
  clearFilters(kind: TableKind): void;
  /** Hides or shows a column; a hidden column's filter and order go with it, so nothing filters out of sight. */
  setHidden(kind: TableKind, columnId: string, hidden: boolean): void;
  showAllColumns(kind: TableKind): void;
  toggleFilters(): void;
}

export type TableViewStore = StoreApi<TableViewState>;

/** Where hidden columns are remembered: the browser's session storage in the app, a fake in tests. */
export interface SessionMemory {
  read(key: string): string | null;
  write(key: string, value: string): void;
}

const hiddenKey = (kind: TableKind) => `integration-mapper.table.hidden.${kind}`;

export function createTableViewStore(memory: SessionMemory = browserSessionMemory()): TableViewStore {
  const recall = (kind: TableKind): readonly string[] => {
    try {
      const stored: unknown = JSON.parse(memory.read(hiddenKey(kind)) ?? '[]');
      return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
    } catch {
      return [];
    }
  };
  return createStore<TableViewState>()((set, get) => {
    const query = (kind: TableKind, change: (query: TableQuery) => TableQuery) =>
      set({ queries: { ...get().queries, [kind]: change(get().queries[kind]) } });
    const hide = (kind: TableKind, hidden: readonly string[]) => {
      set({ hidden: { ...get().hidden, [kind]: hidden } });
      memory.write(hiddenKey(kind), JSON.stringify(hidden));
    };
    return {
      kind: 'flows',
      queries: { flows: EMPTY_QUERY, systems: EMPTY_QUERY },
      hidden: { flows: recall('flows'), systems: recall('systems') },
      filtersShown: true,
      showKind: (kind) => set({ kind }),
      setSearch: (kind, search) => query(kind, (q) => ({ ...q, search })),
      setFilter: (kind, columnId, value) => query(kind, (q) => ({ ...q, filters: { ...q.filters, [columnId]: value } })),
      sortBy: (kind, columnId) => query(kind, (q) => ({ ...q, sort: nextSort(q.sort, columnId) })),
      clearFilters: (kind) => query(kind, (q) => ({ ...q, search: '', filters: {} })),
      setHidden: (kind, columnId, hidden) => {
        const current = get().hidden[kind];
        if (hidden === current.includes(columnId)) return;
        if (hidden) {
          query(kind, (q) => ({
            ...q,
            filters: { ...q.filters, [columnId]: '' },
            sort: q.sort?.columnId === columnId ? null : q.sort,
          }));
        }
        hide(kind, hidden ? [...current, columnId] : current.filter((id) => id !== columnId));
      },
      showAllColumns: (kind) => hide(kind, []),
      toggleFilters: () => set({ filtersShown: !get().filtersShown }),
    };
  });
}

/** Session storage when the page has it (it may be disabled); otherwise nothing is remembered. */
function browserSessionMemory(): SessionMemory {
  const storage = (() => {
    try {
      return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
    } catch {
      return undefined;
    }
  })();
  return {
    read: (key) => storage?.getItem(key) ?? null,
    write: (key, value) => {
      try {
        storage?.setItem(key, value);
      } catch {
        // Full or disabled: the columns are still hidden for as long as the map is open.
      }
    },
  };
}

// One view state per open map, made by whichever part of the table asks first: switching to the
// map and back keeps the table as it was.
const views = new WeakMap<MapStore, TableViewStore>();

export function tableViewOf(store: MapStore): TableViewStore {
  let view = views.get(store);
  if (!view) views.set(store, (view = createTableViewStore()));
  return view;
}
