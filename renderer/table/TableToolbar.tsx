import { useStore } from 'zustand';
import type { MapStore } from '../store/map-store';
import { ColumnsMenu } from './ColumnsMenu';
import { activeFilterCount, isFiltered } from './table-query';
import { tableViewOf, type TableKind } from './table-view-state';
import { TABLE_KINDS } from './table-kinds';

interface TableToolbarProps {
  readonly store: MapStore;
  readonly kind: TableKind;
  readonly shownCount: number;
  readonly totalCount: number;
  /** Selected rows among those shown: what "Set field…" changes. */
  readonly selectedCount: number;
  /** Selected rows the search and filters hide; left alone by "Set field…". */
  readonly hiddenSelectedCount: number;
  /** What the last bulk edit did, read out once. */
  readonly notice: string;
  onBulkEdit(): void;
  onClearSelection(): void;
}

/** Above the grid: search, filters, columns, how many rows are shown, and what to do with the selected ones. */
export function TableToolbar(props: TableToolbarProps) {
  const { store, kind, shownCount, totalCount, selectedCount, hiddenSelectedCount, notice } = props;
  const view = tableViewOf(store);
  const query = useStore(view, (s) => s.queries[kind]);
  const filtersShown = useStore(view, (s) => s.filtersShown);
  const [one, many] = TABLE_KINDS[kind].noun;
  const filterCount = activeFilterCount(query);
  const number = (n: number) => n.toLocaleString();

  return (
    <div className="table-toolbar">
      <div className="table-toolbar__row">
        <input type="search" className="table-toolbar__search" aria-label={`Search ${many}`} placeholder={`Search ${many} in the shown columns`}
          value={query.search} onChange={(event) => view.getState().setSearch(kind, event.target.value)} autoComplete="off" />
        <button type="button" className="button button--small" aria-pressed={filtersShown} onClick={() => view.getState().toggleFilters()}>
          Column filters{filterCount > 0 ? ` (${filterCount})` : ''}
        </button>
        <ColumnsMenu store={store} kind={kind} />
        <button type="button" className="button button--small" disabled={!isFiltered(query)} onClick={() => view.getState().clearFilters(kind)}>
          Clear filters
        </button>
      </div>
      <div className="table-toolbar__row">
        <p className="table-toolbar__count" role="status">
          Showing {number(shownCount)} of {number(totalCount)} {totalCount === 1 ? one : many}
          {selectedCount > 0 && <> · {number(selectedCount)} selected</>}
          {hiddenSelectedCount > 0 && <> ({number(hiddenSelectedCount)} more selected but hidden by the filters)</>}
          {notice && <> · {notice}</>}
        </p>
        <button type="button" className="button button--small button--primary" disabled={selectedCount === 0} onClick={props.onBulkEdit}>
          Set field…
        </button>
        <button type="button" className="button button--small" disabled={selectedCount + hiddenSelectedCount === 0} onClick={props.onClearSelection}>
          Clear selection
        </button>
      </div>
    </div>
  );
}
