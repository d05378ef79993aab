import type { FieldSpec, TextFieldSpec } from '../model';
import { fieldCell } from '../workbook/cells';
import type { CellValue } from '../workbook/model';
import { readFieldCell } from './field-values';
import { quoted } from './import-issue';
import { isoDateFromSerial } from './import-dates';
import { cellName, type SheetCell } from './sheet-table';
import type { IssueLog, TableRow, WorkbookTable } from './workbook-table';

/** Says what was noticed about a cell: a warning or an error, in words. */
export type Report = (severity: 'warning' | 'error', message: string) => void;

/** What a cell gave a field: the value to store, and wording worth keeping beside it (else ''). */
export interface CellReading {
  readonly value: unknown;
  readonly wording: string;
}

/**
 * Reads one cell of the app's own workbook into a field. A cell still holding exactly what the
 * export wrote for `fallback` (the value the app has) gives `fallback` itself, so an untouched
 * cell never shows as a change, whatever tidying a reading would do. Anything else is read as
 * `readFieldCell` reads a client's spreadsheet; a cell it cannot make sense of leaves `fallback`.
 */
export function readCellField(field: FieldSpec, cell: SheetCell | null, fallback: unknown, report: Report, where?: string): CellReading {
  if (isWrittenAs(cell, fieldCell(field, fallback))) return { value: fallback, wording: '' };
  const reading = readFieldCell(field, cell, where === undefined ? {} : { cellName: where });
  const blank = Array.isArray(reading.value) ? reading.value.length === 0 : reading.value === '';
  // Wording that gave nothing, with a problem said about it, was not understood ("never" for a date is understood: blank).
  if (blank && reading.wording !== '' && reading.problems.length > 0) {
    // Left as it was, not blanked: a re-import changes only what it understood.
    report('warning', `${quoted(reading.wording)} could not be read as ${field.label}, so ${field.label} was left as it was.`);
    return { value: fallback, wording: '' };
  }
  for (const problem of reading.problems) report(problem.severity, problem.message);
  return { value: reading.value, wording: reading.wording };
}

/** True when a cell holds what the export writes as `written`: the same text (escaped as written), number or date. */
export function isWrittenAs(cell: SheetCell | null, written: CellValue): boolean {
  if (cell?.formula !== undefined || cell?.error) return false;
  const value = cell?.value;
  if (written === null) return value === undefined || (typeof value === 'string' && value.trim() === '');
  if (typeof written === 'object') return typeof value === 'number' ? cell?.date === true && isoDateFromSerial(value) === written.date : value === written.date;
  return value === written;
}

/**
 * A row's fields from the columns headed by their labels (or by `headerOf` for a field the sheet
 * heads otherwise). A field whose column is missing keeps its value from `fallback`. Wording a
 * cell said beyond its value goes to the record's `notes` field, labelled, when it has room.
 */
export function readRowFields(
  table: WorkbookTable, row: TableRow, fields: readonly FieldSpec[], fallback: object, log: IssueLog,
  options: { readonly notes?: TextFieldSpec; readonly headerOf?: (field: FieldSpec) => string } = {},
): Record<string, unknown> {
  const before = fallback as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  const kept: string[] = [];
  for (const field of fields) {
    const column = table.column(options.headerOf?.(field) ?? field.label);
    if (column === undefined) {
      values[field.key] = before[field.key];
      continue;
    }
    const where = cellName(row.index, column);
    const report: Report = (severity, message) => log[severity](table.name, where, message);
    const reading = readCellField(field, row.cells[column] ?? null, before[field.key], report, where);
    values[field.key] = reading.value;
    // Worded as the spreadsheet importer words it (row-notes.ts).
    if (reading.wording !== '') kept.push(`${field.label} (as written): "${reading.wording}"`);
  }
  const { notes } = options;
  if (notes && kept.length > 0) {
    const current = typeof values[notes.key] === 'string' ? values[notes.key] as string : '';
    const added = [current, ...kept].filter((line) => line !== '').join('\n');
    if (added.length <= notes.maxLength) values[notes.key] = added;
    else log.warning(table.name, cellName(row.index, 0), `There was no room in ${notes.label} for what the cells said beyond their values: ${quoted(kept.join('; '))}.`);
  }
  return values;
}

/** Warns once for each field the sheet has no column for: those values stay as they were. */
export function warnMissingColumns(table: WorkbookTable, headers: readonly string[], log: IssueLog): void {
  for (const header of headers) {
    if (table.column(header) === undefined) log.warning(table.name, undefined, `There is no "${header}" column, so that was left as it was.`);
  }
}

/** Whether two field values are the same: lists element by element. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** Whether `record` has the same value as `values` for every field listed. */
export function sameFields(fields: readonly FieldSpec[], record: object, values: Record<string, unknown>): boolean {
  return fields.every((field) => sameValue((record as Record<string, unknown>)[field.key], values[field.key]));
}
