import type { Column, SortKey } from './columns';

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  readonly columnId: string;
  readonly direction: SortDirection;
}

/** What the table is asked to show: words to search for, a filter per column, and an order. */
export interface TableQuery {
  readonly search: string;
  /** Column id → its filter: words a cell must contain, or the value a choice must have. */
  readonly filters: Readonly<Record<string, string>>;
  /** Null keeps the map's own order (the order records were added). */
  readonly sort: SortState | null;
}

export const EMPTY_QUERY: TableQuery = { search: '', filters: {}, sort: null };

/**
 * A value filter for blank cells ("Not set"). The empty string already means "no filter", so
 * this stands for it, and is matched against a row's `''`.
 */
export const BLANK_FILTER = '(blank)';

/** True when search or any column filter leaves rows out. */
export function isFiltered(query: TableQuery): boolean {
  return query.search.trim() !== '' || Object.values(query.filters).some((value) => value !== '');
}

/** How many column filters are set. */
export function activeFilterCount(query: TableQuery): number {
  return Object.values(query.filters).filter((value) => value !== '').length;
}

/** The next order when a column's header is chosen: ascending, then descending, then back to ascending. */
export function nextSort(current: SortState | null, columnId: string): SortState {
  const direction = current?.columnId === columnId && current.direction === 'ascending' ? 'descending' : 'ascending';
  return { columnId, direction };
}

// Sort keys and search text are worked out once per row object and column: rows stay the same
// object until their record changes, so re-sorting after an edit reads 19,999 keys from here.
const sortKeys = new WeakMap<object, Map<string, SortKey>>();
const searchTexts = new WeakMap<object, { readonly columns: readonly Column<never>[]; readonly text: string }>();

/** `rows` in the column's order; blanks last either way; rows that tie keep their order. */
export function sortRows<Row extends object>(rows: readonly Row[], column: Column<Row>, direction: SortDirection): Row[] {
  const keys = rows.map((row) => {
    let byColumn = sortKeys.get(row);
    if (!byColumn) sortKeys.set(row, (byColumn = new Map()));
    let key = byColumn.get(column.id);
    if (key === undefined) byColumn.set(column.id, (key = column.sortKey(row)));
    return key;
  });
  const sign = direction === 'ascending' ? 1 : -1;
  const order = rows.map((_, i) => i);
  order.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    if (ka === null || kb === null) return ka === kb ? a - b : ka === null ? 1 : -1;
    return ka < kb ? -sign : ka > kb ? sign : a - b;
  });
  return order.map((i) => rows[i]!);
}

/**
 * The rows that match: the search words appear in one of the shown columns, and every column
 * filter holds. A text filter is "contains", case ignored; a value filter matches one of the
 * row's values for that column. Filters on columns not given are ignored.
 */
export function filterRows<Row extends object>(rows: readonly Row[], columns: readonly Column<Row>[], query: TableQuery): readonly Row[] {
  const tests: Array<(row: Row) => boolean> = [];
  for (const column of columns) {
    const wanted = query.filters[column.id] ?? '';
    if (wanted === '' || column.filter === 'none') continue;
    if (column.filter === 'value' && column.values) {
      const values = column.values;
      const value = wanted === BLANK_FILTER ? '' : wanted;
      tests.push((row) => values(row).includes(value));
    } else {
      const needle = wanted.trim().toLowerCase();
      if (needle !== '') tests.push((row) => column.text(row).toLowerCase().includes(needle));
    }
  }
  const needle = query.search.trim().toLowerCase();
  if (needle !== '') tests.push((row) => searchText(row, columns).includes(needle));
  if (tests.length === 0) return rows;
  return rows.filter((row) => tests.every((test) => test(row)));
}

/** Every shown cell of the row in lower case, kept until the row or the shown columns change. */
function searchText<Row extends object>(row: Row, columns: readonly Column<Row>[]): string {
  const known = searchTexts.get(row);
  if (known?.columns === columns) return known.text;
  // A separator no one types, so a search never matches across two cells.
  const text = columns.map((column) => column.text(row)).join('\u0001').toLowerCase();
  searchTexts.set(row, { columns: columns as readonly Column<never>[], text });
  return text;
}
