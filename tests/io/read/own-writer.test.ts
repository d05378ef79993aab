import { describe, expect, it } from 'vitest';
import { generateMap } from '../../../bench/generate-map';
import { readSpreadsheet } from '../../../io/spreadsheet/read-spreadsheet';
import { writeXlsx } from '../../../io/xlsx/write-workbook';
import { cutToCellLimit } from '../../../io/xlsx/xml-text';
import { runChecks } from '../../../shared/checks';
import { buildRegisterWorkbook, type CellValue } from '../../../shared/workbook';
import { edgeWorkbook, ESCAPE_LOOKALIKE_TEXT, FORBIDDEN_TEXT, LONG_TEXT, MARKUP_TEXT, ODD_SHEET_NAME, SPACED_TEXT, UNICODE_TEXT } from '../edge-workbook';
import { bookOf, serialToIso, sheetOf, valuesOf } from './helpers';

// Our own writer's workbooks read back: it leaves out most cell references, writes text XML
// cannot carry as Excel's _xHHHH_ escapes, puts some text in cells (inline strings) and the
// rest in the string table. Export then import must give back what was exported.

describe('a workbook written by our own writer', () => {
  it('gives back every hard text exactly, in cells and in the string table', async () => {
    const result = await readSpreadsheet(await writeXlsx(edgeWorkbook()), 'edge.xlsx');
    const texts = Object.fromEntries(sheetOf(result, 'Texts').rows.slice(1).map((row) => [row[0]!.value, row[1]!.value]));
    expect(texts).toEqual({
      forbidden: FORBIDDEN_TEXT, lookalike: ESCAPE_LOOKALIKE_TEXT, markup: MARKUP_TEXT, spaced: SPACED_TEXT, unicode: UNICODE_TEXT,
      // The writer cuts text to the 32,767 characters a cell holds; all of those come back.
      long: cutToCellLimit(LONG_TEXT),
    });
  });

  it('keeps sheet order and odd names, blanks between values, and date cells', async () => {
    const result = await readSpreadsheet(await writeXlsx(edgeWorkbook()), 'edge.xlsx');
    expect(bookOf(result).sheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Texts', ODD_SHEET_NAME]);
    const blanks = sheetOf(result, ODD_SHEET_NAME);
    expect(valuesOf(blanks).slice(1)).toEqual([
      ['first', null, expect.any(Number), null, 'after a blank'],
      [null, 42, null, 'only these two'],
      ['severe', 3.5, null, null, 'Critical'],
    ]);
    expect(blanks.rows[1]![2]!.date).toBe(true);
    expect(serialToIso(blanks.rows[1]![2]!.value as number)).toBe('2024-02-29');
    expect(blanks.rows[2]![1]).toEqual({ value: 42 });
  });

  it('reads back a generated map’s register exactly as the model has it, every cell of every sheet', async () => {
    const today = '2026-11-22';
    const doc = generateMap({ systems: 60, flows: 240, seed: 11 });
    const model = buildRegisterWorkbook(doc, runChecks(doc, today), { today });
    const book = bookOf(await readSpreadsheet(await writeXlsx(model), 'register.xlsx'));

    const plain = (value: CellValue): string | number | null => (value !== null && typeof value === 'object' ? `date ${value.date}` : value);
    const expected = model.sheets.map((sheet) => [
      ...(sheet.header ? [sheet.columns.map((column) => column.header)] : []),
      ...sheet.rows.map((row) => row.map(plain)),
    ].map(trimBlanks));
    const actual = book.sheets.map((sheet) => sheet.rows.map((row) => row.map((cell) => {
      if (cell === null) return null;
      return cell.date ? `date ${serialToIso(cell.value as number)}` : cell.value as string | number;
    })));
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(model.sheets.map((sheet) => sheet.name));
    expect(actual).toEqual(expected);
  });
});

/** A row as the reader gives it: without the blanks after its last value (an empty text is a blank too). */
function trimBlanks(row: ReadonlyArray<string | number | null>): Array<string | number | null> {
  const cells = row.map((value) => (value === '' ? null : value));
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells;
}
