import { useEffect, useMemo, useRef, type Ref } from 'react';
import type { Column } from './columns';
import type { TableQuery } from './table-query';
import type { TableRow } from './table-rows';

interface GridHeaderProps {
  readonly ref: Ref<HTMLTableSectionElement>;
  readonly columns: readonly Column<TableRow>[];
  readonly rows: readonly TableRow[];
  readonly query: TableQuery;
  readonly filtersShown: boolean;
  readonly selected: ReadonlySet<string>;
  /** The header cell that takes Tab into the grid, or -1 when a body cell does. */
  readonly tabCol: number;
  onSort(columnId: string): void;
  onFilter(columnId: string, value: string): void;
  onSelectAllShown(): void;
}

/**
 * The grid's header: a checkbox that selects every shown row, a sort button per column (the
 * header says how it is sorted with aria-sort), and under it a row of per-column filters.
 */
export function GridHeader({ ref, columns, rows, query, filtersShown, selected, tabCol, onSort, onFilter, onSelectAllShown }: GridHeaderProps) {
  const chosen = useMemo(() => (selected.size === 0 ? 0 : countShown(rows, selected)), [rows, selected]);
  const all = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (all.current) all.current.indeterminate = chosen > 0 && chosen < rows.length;
  }, [chosen, rows.length]);

  return (
    <thead ref={ref} className="data-grid__head">
      <tr aria-rowindex={1}>
        <th scope="col" className="data-grid__check">
          <input ref={all} type="checkbox" data-cell="-1:0" tabIndex={tabCol === 0 ? 0 : -1} disabled={rows.length === 0}
            checked={rows.length > 0 && chosen === rows.length} onChange={onSelectAllShown}
            aria-label={`Select all ${rows.length.toLocaleString()} shown`} />
        </th>
        {columns.map((column, c) => {
          const sorted = query.sort?.columnId === column.id ? query.sort.direction : undefined;
          return (
            <th key={column.id} scope="col" aria-sort={sorted} className={c === 0 ? 'data-grid__name' : undefined}>
              <button type="button" className="data-grid__sort" data-cell={`-1:${c + 1}`} tabIndex={tabCol === c + 1 ? 0 : -1}
                onClick={() => onSort(column.id)} title={`Sort by ${column.label}`}>
                <span className="data-grid__label">{column.label}</span>
                <span aria-hidden="true" className="data-grid__sort-icon">{sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : ''}</span>
              </button>
            </th>
          );
        })}
      </tr>
      {filtersShown && (
        <tr aria-rowindex={2} className="data-grid__filters">
          <td className="data-grid__check" />
          {columns.map((column, c) => (
            <td key={column.id} className={c === 0 ? 'data-grid__name' : undefined}>
              <ColumnFilter column={column} value={query.filters[column.id] ?? ''} onChange={(value) => onFilter(column.id, value)} />
            </td>
          ))}
        </tr>
      )}
    </thead>
  );
}

/** One column's filter: a list of its values for choices, risk and review; "contains" for text. */
function ColumnFilter({ column, value, onChange }: { column: Column<TableRow>; value: string; onChange(value: string): void }) {
  const label = `Filter ${column.label}`;
  if (column.filter === 'none') return null;
  if (column.filter === 'value' && column.filterOptions) {
    return (
      <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value)} className={value ? 'is-active' : undefined}>
        <option value="">Any</option>
        {column.filterOptions.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    );
  }
  return (
    <input type="search" aria-label={label} placeholder="Contains…" value={value} autoComplete="off"
      onChange={(event) => onChange(event.target.value)} className={value ? 'is-active' : undefined} />
  );
}

function countShown(rows: readonly TableRow[], selected: ReadonlySet<string>): number {
  let count = 0;
  for (const row of rows) if (selected.has(row.id)) count += 1;
  return count;
}
