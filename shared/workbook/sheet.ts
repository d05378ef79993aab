import type { CellValue, ColumnKind, ColumnModel, Highlight, RowStyle, SheetModel } from './model';

/** A column before its width is known: the width comes from what ends up in it. */
export interface ColumnSpec {
  readonly header: string;
  /** What the column means, in a sentence, for the Legend sheet. */
  readonly help?: string;
  readonly kind?: ColumnKind;
  /** Forces wrapping on or off; by default a column wraps when its longest text is wider than `maxWidth`. */
  readonly wrap?: boolean;
  readonly dropdown?: string;
  /** See `ColumnModel.distinct`. */
  readonly distinct?: boolean;
  readonly minWidth?: number;
  readonly maxWidth?: number;
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Room for the filter button beside a header, and a little air beside text. */
const PADDING = 2;
/** Wide enough for 2026-11-22 in any date format a spreadsheet picks. */
const DATE_WIDTH = 12;
/** A header longer than this wraps onto a second line rather than widening its column. */
const HEADER_LINE = 14;
/** Rows below the data that still get a column's dropdown, for rows a client adds. */
const SPARE_DROPDOWN_ROWS = 500;

/** The characters a cell's longest line needs. */
function displayLength(value: CellValue): number {
  if (value === null) return 0;
  if (typeof value === 'number') return String(value).length;
  if (typeof value === 'object') return DATE_WIDTH - PADDING;
  if (!value.includes('\n')) return value.length;
  let longest = 0;
  for (const line of value.split('\n')) longest = Math.max(longest, line.length);
  return longest;
}

/** The width a header asks for: all of a short one, about half of a long one, which wraps. */
function headerLength(header: string): number {
  return header.length <= HEADER_LINE ? header.length : Math.max(HEADER_LINE, Math.ceil(header.length / 2) + 1);
}

/** How many lines the header row needs for every header to show in full, at most 3. */
export function headerLines(columns: readonly ColumnModel[]): number {
  let lines = 1;
  for (const column of columns) lines = Math.max(lines, Math.ceil(column.header.length / Math.max(1, column.width - PADDING)));
  return Math.min(3, lines);
}

/**
 * Columns sized to their content: each as wide as its longest line (header included), within
 * sensible limits; text that would be wider than the limit wraps instead. One pass over the rows.
 */
export function fitColumns(specs: readonly ColumnSpec[], rows: ReadonlyArray<readonly CellValue[]>, header = true): ColumnModel[] {
  const longest = specs.map((spec) => (header ? headerLength(spec.header) : 0));
  for (const row of rows) {
    for (let i = 0; i < specs.length; i++) {
      const value = row[i] ?? null;
      // Text no longer than the longest line so far cannot beat it, however its lines fall: most
      // of a register's two million cells are settled by their length, without looking inside.
      if (typeof value === 'string' && value.length <= longest[i]!) continue;
      const length = displayLength(value);
      if (length > longest[i]!) longest[i] = length;
    }
  }
  return specs.map((spec, i) => {
    const min = spec.minWidth ?? MIN_WIDTH;
    const max = spec.maxWidth ?? MAX_WIDTH;
    const wanted = (spec.kind === 'date' ? Math.max(DATE_WIDTH, longest[i]!) : longest[i]!) + PADDING;
    return {
      header: spec.header,
      ...(spec.help === undefined ? {} : { help: spec.help }),
      width: Math.min(max, Math.max(min, wanted)),
      kind: spec.kind ?? 'text',
      wrap: spec.wrap ?? wanted > max,
      ...(spec.dropdown === undefined ? {} : { dropdown: spec.dropdown }),
      ...(spec.distinct ? { distinct: true } : {}),
    };
  });
}

/**
 * A sheet laid out as one table a client sorts and filters: a styled header row kept in view,
 * filter buttons over every row, and dropdowns reaching a few hundred rows past the data.
 */
export function tableSheet(
  name: string,
  specs: readonly ColumnSpec[],
  rows: ReadonlyArray<readonly CellValue[]>,
  highlights: readonly Highlight[] = [],
): SheetModel {
  const columns = fitColumns(specs, rows);
  return {
    name,
    columns,
    header: true,
    headerLines: headerLines(columns),
    freezeHeader: true,
    autoFilter: true,
    rows,
    highlights,
    rowStyles: [],
    dropdownRows: rows.length + SPARE_DROPDOWN_ROWS,
  };
}

/** A sheet that reads top to bottom like a page, with a title and section headings instead of a header row. */
export function pageSheet(
  name: string,
  specs: readonly ColumnSpec[],
  rows: ReadonlyArray<readonly CellValue[]>,
  highlights: readonly Highlight[],
  rowStyles: readonly RowStyle[],
): SheetModel {
  return {
    name,
    // The title is left out of the fit: it may run across the empty cells beside it.
    columns: fitColumns(specs, rows.filter((_, i) => !rowStyles.some((s) => s.row === i && s.style === 'title')), false),
    header: false,
    headerLines: 0,
    freezeHeader: false,
    autoFilter: false,
    rows,
    highlights,
    rowStyles,
    dropdownRows: 0,
  };
}
