import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../io/spreadsheet/read-spreadsheet';
import type { SheetBookRead } from '../../../shared/import/sheet-table';
import { serialToIso, sheetOf, valuesOf } from './helpers';

// Workbooks as exceljs writes them (shared strings, styles with built-in and custom date
// formats, shared formulas, rows and cells with references), read by our reader.

const LONGEST_CELL = `${'Ω0123456789'.repeat(2_979)}`.slice(0, 32_767);
let result: SheetBookRead;

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const systems = workbook.addWorksheet('Systems & owners');
  systems.addRow(['Name', 'Users', 'Live', 'Since', 'Reviewed at', 'Notes']);
  systems.addRow(['Payroll', 42, true, new Date(Date.UTC(2024, 1, 29)), new Date(Date.UTC(2025, 0, 2, 13, 30)), 'Line one\nline two']);
  systems.addRow(['CRM "Sales"', -3.25, false, new Date(Date.UTC(1999, 11, 31)), null, '  spaced  ']);
  systems.getCell('E2').numFmt = 'dd/mm/yyyy hh:mm';
  systems.getCell('A4').value = { richText: [{ text: 'Bold ' , font: { bold: true } }, { text: 'and plain' }] };
  systems.getCell('C6').value = 'after a gap';
  systems.getCell('B7').value = { text: 'a link', hyperlink: 'https://example.org' };
  systems.getCell('A8').value = LONGEST_CELL;

  const sums = workbook.addWorksheet('Sums');
  sums.addRow([1, { formula: 'A1*2', result: 2, shareType: 'shared', ref: 'B1:B3' }]);
  sums.addRow([2, { sharedFormula: 'B1', result: 4 }]);
  sums.addRow([3, { sharedFormula: 'B1', result: 6 }]);
  sums.getCell('C1').value = { formula: 'UPPER("a")', result: 'A' };
  sums.getCell('C2').value = { error: '#REF!' };
  sums.getCell('C3').value = { formula: 'SUM(A1:A3)' } as ExcelJS.CellFormulaValue; // never calculated

  workbook.addWorksheet('Empty');
  result = await readSpreadsheet(new Uint8Array(await workbook.xlsx.writeBuffer()), 'inventory.xlsx');
});

describe('a workbook written by exceljs', () => {
  it('lists every sheet in workbook order with its name, an empty one too', () => {
    expect(result.ok && result.book.sheets.map((sheet) => sheet.name)).toEqual(['Systems & owners', 'Sums', 'Empty']);
    expect(sheetOf(result, 'Empty').rows).toEqual([]);
  });

  it('reads shared strings, numbers and booleans where they were written, blanks as null', () => {
    const values = valuesOf(sheetOf(result, 'Systems & owners'));
    expect(values[0]).toEqual(['Name', 'Users', 'Live', 'Since', 'Reviewed at', 'Notes']);
    expect(values[1]).toEqual(['Payroll', 42, true, expect.any(Number), expect.any(Number), 'Line one\nline two']);
    expect(values[2]).toEqual(['CRM "Sales"', -3.25, false, expect.any(Number), null, '  spaced  ']);
    expect(values[4]).toEqual([]);
    expect(values[5]).toEqual([null, null, 'after a gap']);
  });

  it('marks date cells as dates, with built-in and custom date formats, times kept', () => {
    const rows = sheetOf(result, 'Systems & owners').rows;
    expect(rows[1]![3]).toEqual({ value: 45_351, date: true });
    expect(serialToIso(rows[1]![3]!.value as number)).toBe('2024-02-29');
    expect(rows[1]![4]!.date).toBe(true);
    expect(serialToIso(rows[1]![4]!.value as number)).toBe('2025-01-02T13:30:00');
    expect(rows[2]![3]!.date).toBe(true);
    expect(rows[1]![1]).toEqual({ value: 42 });
  });

  it('joins rich text runs into one text', () => {
    expect(sheetOf(result, 'Systems & owners').rows[3]![0]).toEqual({ value: 'Bold and plain' });
  });

  it('reads a hyperlink cell as its text', () => {
    expect(sheetOf(result, 'Systems & owners').rows[6]![1]).toEqual({ value: 'a link' });
  });

  it('returns a cell of the longest text Excel holds (32,767 characters) whole', () => {
    const cell = sheetOf(result, 'Systems & owners').rows[7]![0]!;
    expect(cell.value === LONGEST_CELL).toBe(true);
    expect((cell.value as string).length).toBe(32_767);
  });

  it('returns formulas with their last calculated value, shared formulas moved to each cell', () => {
    const rows = sheetOf(result, 'Sums').rows;
    expect(rows.map((row) => row[1])).toEqual([
      { value: 2, formula: 'A1*2' }, { value: 4, formula: 'A2*2' }, { value: 6, formula: 'A3*2' },
    ]);
    expect(rows[0]![2]).toEqual({ value: 'A', formula: 'UPPER("a")' });
    expect(rows[2]![2]).toEqual({ value: '', formula: 'SUM(A1:A3)' });
  });

  it('marks error cells as errors, with the error as their value', () => {
    expect(sheetOf(result, 'Sums').rows[1]![2]).toEqual({ value: '#REF!', error: true });
  });

  it('has no notices for an ordinary workbook', () => {
    expect(result.ok && result.notices).toBeUndefined();
  });
});
