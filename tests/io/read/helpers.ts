import { expect } from 'vitest';
import type { SheetBookRead } from '../../../shared/import/sheet-table';
import type { SheetBook, SheetCell, SheetTable } from '../../../shared/import/sheet-table';

/** The book of a read that must succeed. */
export function bookOf(result: SheetBookRead): SheetBook {
  if (!result.ok) throw new Error(`Expected a book, got: ${result.message}`);
  return result.book;
}

/** The one sheet named `name`. */
export function sheetOf(result: SheetBookRead, name: string): SheetTable {
  const sheet = bookOf(result).sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet "${name}" (sheets: ${bookOf(result).sheets.map((s) => s.name).join(', ')})`);
  return sheet;
}

/** The message of a read that must fail. */
export function messageOf(result: SheetBookRead): string {
  expect(result.ok, 'the read should fail').toBe(false);
  return result.ok ? '' : result.message;
}

/** Cell values only, `null` for blanks: what most assertions compare. */
export function valuesOf(sheet: SheetTable): Array<Array<SheetCell['value'] | null>> {
  return sheet.rows.map((row) => row.map((cell) => cell?.value ?? null));
}

/** An Excel date serial as `YYYY-MM-DD` (and time, when it has one). */
export function serialToIso(serial: number): string {
  const iso = new Date(Math.round((serial - 25_569) * 86_400_000)).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
