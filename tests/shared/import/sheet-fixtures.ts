import { asAssessmentId, createAssessment, type IsoDate } from '../../../shared/model';
import { proposeMapping, type ColumnMapping } from '../../../shared/import/headers';
import { importInventory, type ImportOptions, type InventoryImport } from '../../../shared/import/inventory-import';
import type { SheetCell, SheetTable } from '../../../shared/import/sheet-table';
import type { CellValue, SheetModel } from '../../../shared/workbook';

/** A cell as a test writes it: text, a number or a yes/no, a full cell, or null for an empty one. */
export type CellInput = string | number | boolean | SheetCell | null;

/** A sheet from rows written as plain values; the first row is the header row. */
export function sheetOf(rows: readonly (readonly CellInput[])[], name = 'Inventory'): SheetTable {
  return { name, rows: rows.map((row) => row.map(toCell)) };
}

/** A cell holding one value: text, a number or a yes/no. */
export function toCell(input: CellInput): SheetCell | null {
  if (input === null) return null;
  return typeof input === 'object' ? input : { value: input };
}

export const TODAY: IsoDate = '2026-06-01';

/** Import options with ids `new-1`, `new-2`, … so a test can name them. */
export function importOptions(): ImportOptions {
  let n = 0;
  const assessment = createAssessment({ id: asAssessmentId('assessment-1'), now: '2026-06-01T09:00:00.000Z', name: 'Imported inventory' });
  return { newId: () => `new-${++n}`, today: TODAY, assessment };
}

/** Imports a sheet with the mapping proposed from its header row, as a user who accepts the proposal would. */
export function importRows(rows: readonly (readonly CellInput[])[], adjust?: (mapping: ColumnMapping[]) => ColumnMapping[]): InventoryImport {
  const table = sheetOf(rows);
  const proposed = proposeMapping(table.rows[0] ?? []);
  return importInventory(table, adjust ? adjust(proposed) : proposed, importOptions());
}

/**
 * The Excel serial of a date, as an .xlsx reader gives a date cell: days since 1899-12-30, which
 * is right from 1 March 1900; before that Excel is a day behind, having counted a 29 February 1900.
 */
export function serialOf(date: IsoDate): number {
  const days = (Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return date < '1900-03-01' ? days - 1 : days;
}

/** A cell of our exported workbook as a spreadsheet reader would hand it back: a date cell as a serial. */
export function readBack(value: CellValue): SheetCell | null {
  if (value === null) return null;
  return typeof value === 'object' ? { value: serialOf(value.date), date: true } : { value };
}

/** One sheet of our exported workbook as the importer receives it: header row first. */
export function tableOfSheet(sheet: SheetModel): SheetTable {
  return { name: sheet.name, rows: [sheet.columns.map((c) => ({ value: c.header })), ...sheet.rows.map((row) => row.map(readBack))] };
}
