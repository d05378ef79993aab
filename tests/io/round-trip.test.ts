import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateMap } from '../../bench/generate-map';
import { writeXlsx } from '../../io/xlsx/write-workbook';
import { runChecks } from '../../shared/checks';
import { buildRegisterWorkbook, columnLetter, type CellValue, type WorkbookModel } from '../../shared/workbook';
import { needsOpenpyxl, openpyxlUnavailable, readWithOpenpyxl, type OpenpyxlSheet } from './openpyxl';

// A realistic map, blanks and all (the benchmark's generator, smaller): every cell of every sheet
// must read back where the model put it, whichever cells were written without a reference.
const TODAY = '2026-11-22';
const doc = generateMap({ systems: 60, flows: 240, seed: 11 });
const model: WorkbookModel = buildRegisterWorkbook(doc, runChecks(doc, TODAY), { today: TODAY });

/** A cell's value as both readers can be compared on: text, number, or a date as `YYYY-MM-DD`. */
type Plain = string | number | { date: string };

/** Every non-blank cell the model describes, by sheet and reference, header rows included. */
function expectedCells(): Array<Record<string, Plain>> {
  return model.sheets.map((sheet) => {
    const cells: Record<string, Plain> = {};
    const first = sheet.header ? 2 : 1;
    if (sheet.header) sheet.columns.forEach((column, c) => { cells[`${columnLetter(c)}1`] = column.header; });
    sheet.rows.forEach((values, r) => values.forEach((value: CellValue, c) => {
      if (value !== null) cells[`${columnLetter(c)}${r + first}`] = typeof value === 'object' ? { date: value.date } : value;
    }));
    return cells;
  });
}

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await writeXlsx(model);
});

describe('every cell of a generated map’s register', () => {
  it('has blanks between values, so many cells after a blank say where they are and the rest do not', () => {
    const blanks = model.sheets.flatMap((sheet) => sheet.rows.flatMap((row) => row.slice(0, -1).filter((value) => value === null)));
    expect(blanks.length).toBeGreaterThan(100);
  });

  it('reads back in exceljs exactly where and as the model has it', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const actual = workbook.worksheets.map((worksheet) => {
      const cells: Record<string, Plain> = {};
      worksheet.eachRow((row) => row.eachCell((cell) => {
        const value = cell.value;
        cells[cell.address] = value instanceof Date ? { date: value.toISOString().slice(0, 10) } : value as string | number;
      }));
      return cells;
    });
    expect(actual).toEqual(expectedCells());
  });

  it('reads back in openpyxl exactly where and as the model has it', (context) => {
    needsOpenpyxl(context);
    if (openpyxlUnavailable) return;
    const { sheets } = readWithOpenpyxl<{ sheets: OpenpyxlSheet[] }>(bytes, '--cells');
    const actual = sheets.map((sheet) => {
      const cells: Record<string, Plain> = {};
      for (const [ref, cell] of Object.entries(sheet.cells)) {
        if (cell.value === null) continue; // a highlighted blank: styled, empty
        cells[ref] = cell.is_date ? { date: String(cell.value).slice(0, 10) } : cell.value as string | number;
      }
      return cells;
    });
    expect(actual).toEqual(expectedCells());
  });
});
