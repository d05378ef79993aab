import { beforeAll, describe, expect, it } from 'vitest';
import { writeXlsx } from '../../io/xlsx/write-workbook';
import { SEVERITY_LOOKS } from '../../shared/workbook';
import { edgeWorkbook, ESCAPE_LOOKALIKE_TEXT, LONG_TEXT, MARKUP_TEXT, ODD_SHEET_NAME, SPACED_TEXT, UNICODE_TEXT } from './edge-workbook';
import { needsOpenpyxl, openpyxlUnavailable, readWithOpenpyxl, type OpenpyxlCell, type OpenpyxlSheet } from './openpyxl';

let sheets: OpenpyxlSheet[];
beforeAll(async () => {
  if (openpyxlUnavailable) return;
  sheets = readWithOpenpyxl<{ sheets: OpenpyxlSheet[] }>(await writeXlsx(edgeWorkbook()), '--cells').sheets;
});

function cell(sheetName: string, ref: string): OpenpyxlCell {
  const found = sheets.find((s) => s.name === sheetName)?.cells[ref];
  if (!found) throw new Error(`No cell ${sheetName}!${ref}`);
  return found;
}

describe('the edge cases as openpyxl reads them', () => {
  it('gives back markup, spaces, line breaks, emoji and Excel-escape lookalikes exactly', (context) => {
    needsOpenpyxl(context);
    // openpyxl 3.0 deletes every "x005F_" it finds, so a typed `_x005F_` reads as `_` there alone (exceljs gives it back).
    expect(cell('Texts', 'B3').value).toBe(ESCAPE_LOOKALIKE_TEXT.replace('_x005F_', '_'));
    expect(cell('Texts', 'B4').value).toBe(MARKUP_TEXT);
    expect(cell('Texts', 'B5').value).toBe(SPACED_TEXT);
    expect(cell('Texts', 'B6').value).toBe(UNICODE_TEXT);
  });

  it('reads characters XML cannot carry in Excel’s _xHHHH_ notation, which openpyxl 3.0 leaves undecoded', (context) => {
    needsOpenpyxl(context);
    // Excel and exceljs turn these back into the characters (see edge-cases.test.ts).
    expect(cell('Texts', 'B2').value).toBe('bell_x0007_ nul_x0000_ esc_x001B_ lone_xD800_ end_xFFFE_');
  });

  it('reads text past a cell’s limit cut to 32,767 characters', (context) => {
    needsOpenpyxl(context);
    expect(cell('Texts', 'B7').value).toBe(LONG_TEXT.slice(0, 32_767));
  });

  it('names the sheets as given and finds the print titles, filter and frozen header', (context) => {
    needsOpenpyxl(context);
    expect(sheets.map((s) => s.name)).toEqual(['Summary', 'Texts', ODD_SHEET_NAME]);
    expect(sheets[2]).toMatchObject({ print_title_rows: '$1:$1', auto_filter: 'A1:E4', freeze_panes: 'A2' });
    expect(sheets[0]).toMatchObject({ print_title_rows: null, auto_filter: null, freeze_panes: null });
  });

  it('puts every cell in its column though most are written without a reference, and leaves blanks empty', (context) => {
    needsOpenpyxl(context);
    const cells = sheets[2]!.cells;
    expect(Object.keys(cells).filter((ref) => /\d$/.test(ref) && !ref.endsWith('1')).sort()).toEqual(['A2', 'A4', 'B2', 'B3', 'B4', 'C2', 'D3', 'E2', 'E4']);
    expect(cells['B3']!.value).toBe(42);
    expect(cells['D3']!.value).toBe('only these two');
    expect(cells['C2']).toMatchObject({ value: '2024-02-29T00:00:00', is_date: true, number_format: 'yyyy-mm-dd' });
    expect(cells['E2']!.value).toBe('after a blank');
    expect(cells['B2']).toMatchObject({ value: null, fill: `FF${SEVERITY_LOOKS.high.fill}` });
  });

  it('sees the header, severity, title and heading looks', (context) => {
    needsOpenpyxl(context);
    expect(cell(ODD_SHEET_NAME, 'A1')).toMatchObject({ fill: 'FF1F4E78', bold: true, color: 'FFFFFFFF', wrap: true });
    expect(cell(ODD_SHEET_NAME, 'E4')).toMatchObject({ value: 'Critical', fill: `FF${SEVERITY_LOOKS.critical.fill}`, bold: true, color: `FF${SEVERITY_LOOKS.critical.font}`, vertical: 'top' });
    expect(cell('Summary', 'A1')).toMatchObject({ bold: true, size: 14 });
    expect(cell('Summary', 'A3')).toMatchObject({ bold: true, fill: 'FFD9E1F2' });
    expect(cell('Texts', 'B2')).toMatchObject({ wrap: true, vertical: 'top' });
  });
});
