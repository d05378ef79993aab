import { useCallback, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { FieldSpec, FlowId, SystemId } from '../../shared/model';
import type { FlowChanges, SystemChanges } from '../commands/map-commands';
import type { FieldValue } from '../inspector/field-types';
import type { MapStore } from '../store/map-store';
import { BulkEditDialog } from './BulkEditDialog';
import type { Column } from './columns';
import { DataGrid } from './DataGrid';
import { nextSelection, selectedAmong, toggleAllShown, type RowGesture } from './row-selection';
import { TABLE_KINDS } from './table-kinds';
import { TableToolbar } from './TableToolbar';
import { filterRows, sortRows } from './table-query';
import type { TableRow } from './table-rows';
import { tableViewOf, type TableKind } from './table-view-state';
import { useTableRows } from './use-table-rows';

/**
 * One tab of the table: its rows searched, filtered and sorted as asked (each step memoised, so
 * scrolling and selecting redo none of them), the grid, and "Set field…" for the selected rows.
 * Every change goes through the map's commands: an edited cell is `updateFlow` or
 * `updateSystem`, a bulk edit one `updateFlows` or `updateSystems`, each one undo step.
 */
export function RecordTable({ store, kind }: { store: MapStore; kind: TableKind }) {
  const view = tableViewOf(store);
  const { label, columns: allColumns, fields } = TABLE_KINDS[kind];
  const query = useStore(view, (s) => s.queries[kind]);
  const hidden = useStore(view, (s) => s.hidden[kind]);
  const filtersShown = useStore(view, (s) => s.filtersShown);
  const columns = useMemo(
    () => (allColumns as readonly Column<TableRow>[]).filter((column) => !hidden.includes(column.id)),
    [allColumns, hidden],
  );
  const rows = useTableRows(store, kind);
  const sortColumn = columns.find((column) => column.id === query.sort?.columnId);
  const direction = query.sort?.direction ?? 'ascending';
  const sorted = useMemo(() => (sortColumn ? sortRows(rows, sortColumn, direction) : rows), [rows, sortColumn, direction]);
  const { search, filters } = query;
  const shown = useMemo(() => filterRows(sorted, columns, { search, filters, sort: null }), [sorted, columns, search, filters]);

  const selectedIds = useStore(store, (s) => (kind === 'flows' ? s.selection.flowIds : s.selection.systemIds));
  const selected = useMemo(() => new Set<string>(selectedIds), [selectedIds]);
  const selectedShown = useMemo(() => selectedAmong(shown.map((row) => row.id), selected), [shown, selected]);
  // The row a Shift-click extends from.
  const anchor = useRef<string | null>(null);
  const [bulkEditing, setBulkEditing] = useState(false);
  // What the last bulk edit did, said until the search, filters or selection change.
  const [notice, setNotice] = useState<{ text: string; query: unknown; selection: unknown } | null>(null);

  const choose = useCallback((ids: readonly string[]) => {
    store.getState().select(kind === 'flows' ? { flowIds: ids as FlowId[], systemIds: [] } : { systemIds: ids as SystemId[], flowIds: [] });
  }, [store, kind]);
  const onSelect = useCallback((id: string, gesture: RowGesture) => {
    choose(nextSelection(selectedIds, shown.map((row) => row.id), anchor.current, id, gesture));
    if (gesture !== 'range') anchor.current = id;
  }, [choose, selectedIds, shown]);
  const onSelectAllShown = useCallback(() => choose(toggleAllShown(selectedIds, shown.map((row) => row.id))), [choose, selectedIds, shown]);

  const onCommit = useCallback((row: TableRow, field: FieldSpec, value: FieldValue) => {
    const changes = { [field.key]: value };
    const { run } = store.getState();
    if (kind === 'flows') run('updateFlow', { id: row.id as FlowId, changes: changes as FlowChanges });
    else run('updateSystem', { id: row.id as SystemId, changes: changes as SystemChanges });
  }, [store, kind]);

  const onBulkApply = (field: FieldSpec, value: FieldValue) => {
    const changes = { [field.key]: value };
    const { run } = store.getState();
    const ids = selectedShown;
    const changed = kind === 'flows'
      ? run('updateFlows', { ids: ids as FlowId[], changes: changes as FlowChanges })
      : run('updateSystems', { ids: ids as SystemId[], changes: changes as SystemChanges });
    const [one, many] = TABLE_KINDS[kind].noun;
    const text = changed
      ? `${field.label} set on ${ids.length.toLocaleString()} ${ids.length === 1 ? one : many}.`
      : `Nothing changed: the selected ${many} already had that ${field.label.toLowerCase()}.`;
    setNotice({ text, query, selection: selectedIds });
    setBulkEditing(false);
  };

  return (
    <>
      <TableToolbar store={store} kind={kind} shownCount={shown.length} totalCount={rows.length}
        selectedCount={selectedShown.length} hiddenSelectedCount={selected.size - selectedShown.length}
        notice={notice?.query === query && notice.selection === selectedIds ? notice.text : ''}
        onBulkEdit={() => { setNotice(null); setBulkEditing(true); }} onClearSelection={() => choose([])} />
      <DataGrid label={label} columns={columns} rows={shown} query={query} filtersShown={filtersShown} selected={selected}
        onSort={(columnId) => view.getState().sortBy(kind, columnId)}
        onFilter={(columnId, value) => view.getState().setFilter(kind, columnId, value)}
        onSelect={onSelect} onSelectAllShown={onSelectAllShown} onCommit={onCommit} />
      {bulkEditing && (
        <BulkEditDialog fields={fields} count={selectedShown.length} noun={TABLE_KINDS[kind].noun}
          onApply={onBulkApply} onClose={() => setBulkEditing(false)} />
      )}
    </>
  );
}
