import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeXlsx } from '../../io/xlsx/write-workbook';
import { SEVERITY_LOOKS, type WorkbookModel } from '../../shared/workbook';
import { edgeWorkbook, LONG_TEXT, ODD_SHEET_NAME, TEXT_CASES } from './edge-workbook';
import { partText, unzip, type UnzippedEntry } from './unzip';

const model = edgeWorkbook();
let bytes: Uint8Array;
let parts: UnzippedEntry[];
let workbook: ExcelJS.Workbook;
beforeAll(async () => {
  bytes = await writeXlsx(model);
  parts = await unzip(bytes);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
});

function sheet(name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`No sheet "${name}"`);
  return found;
}

/** The XML of one row of the third sheet (the one with blanks), as written. */
function rowXml(row: number): string {
  const match = new RegExp(`<row r="${row}"[^>]*>.*?</row>`).exec(partText(parts, 'xl/worksheets/sheet3.xml'));
  if (!match) throw new Error(`No row ${row}`);
  return match[0];
}

describe('text in cells, read back by exceljs', () => {
  it('comes back exactly: characters XML cannot carry, Excel-escape lookalikes, markup, spaces, line breaks, emoji', () => {
    TEXT_CASES.filter(([name]) => name !== 'long').forEach(([name, text], i) => {
      expect(sheet('Texts').getRow(i + 2).getCell(2).value, name).toBe(text);
    });
  });

  it('is cut to the 32,767 characters a cell holds when longer', () => {
    const row = TEXT_CASES.findIndex(([name]) => name === 'long') + 2;
    expect(LONG_TEXT.length).toBeGreaterThan(32_767);
    expect(sheet('Texts').getRow(row).getCell(2).value).toBe(LONG_TEXT.slice(0, 32_767));
  });
});

describe('text in a distinct column, such as an id', () => {
  it('is written in its cell when plain, and through the string table when it needs escaping or is not ASCII', () => {
    const texts = partText(parts, 'xl/worksheets/sheet2.xml');
    expect(texts).toMatch(/<row r="2"><c r="A2" s="\d+" t="inlineStr"><is><t>forbidden<\/t><\/is><\/c><c s="\d+" t="s"><v>\d+<\/v><\/c><\/row>/);
    for (const name of ['markup', 'spaced', 'unicode', 'long']) expect(texts).toContain(`<is><t>${name}</t></is>`);
    expect(texts.match(/t="inlineStr"/g)).toHaveLength(TEXT_CASES.length);
    expect(partText(parts, 'xl/sharedStrings.xml')).not.toContain('<t>forbidden</t>');
  });
});

describe('the workbook around the cells', () => {
  it('keeps a sheet name with & and \' as given, and quotes it in print titles, filter and dropdown', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Summary', 'Texts', ODD_SHEET_NAME]);
    const book = partText(parts, 'xl/workbook.xml');
    expect(book).toContain('<sheet name="R&amp;D\'s list" sheetId="3" r:id="rId3"/>');
    expect(book).toContain('<definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">\'R&amp;D\'\'s list\'!$A$1:$E$4</definedName>');
    expect(book).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="2">\'R&amp;D\'\'s list\'!$1:$1</definedName>');
    expect(sheet(ODD_SHEET_NAME).autoFilter).toBe('A1:E4');
    expect(sheet(ODD_SHEET_NAME).getCell('E5').dataValidation).toMatchObject({ type: 'list', formulae: ['\'R&D\'\'s list\'!$A$2:$A$4'] });
  });

  it('gives the header row the height of its lines and the sheet its document properties', () => {
    expect(sheet(ODD_SHEET_NAME).getRow(1).height).toBe(33);
    expect(workbook.title).toBe('Edge cases & <odd> "names"');
    expect(workbook.creator).toBe('Sam O\'Neill');
  });

  it('refuses a workbook without sheets, and a sheet taller than a spreadsheet', async () => {
    await expect(writeXlsx({ ...model, sheets: [] })).rejects.toThrow(/at least one sheet/);
    const tall: WorkbookModel = { ...model, sheets: [{ ...model.sheets[1]!, rows: new Array(1_048_576) }] };
    await expect(writeXlsx(tall)).rejects.toThrow(/has 1048577 rows; a spreadsheet holds at most 1048576/);
  });
});

describe('blank cells', () => {
  it('leave no cell at all, so the spreadsheet sees them as empty', () => {
    const row = rowXml(3);
    expect(row.match(/<c[ >]/g)).toHaveLength(2);
    expect(row).toMatch(/^<row r="3"><c r="B3" s="\d+"><v>42<\/v><\/c><c r="D3" s="\d+" t="s"><v>\d+<\/v><\/c><\/row>$/);
    const cells = sheet(ODD_SHEET_NAME).getRow(3);
    expect([1, 2, 3, 4, 5].map((n) => cells.getCell(n).value)).toEqual([null, 42, null, 'only these two', null]);
  });

  it('leave out only the reference of a cell right after its neighbour; a cell after a blank says where it is', () => {
    // A2 text, B2 a highlighted blank (a styled empty cell), C2 a date (2024-02-29 is day 45351), D2 blank, E2 text.
    expect(rowXml(2)).toMatch(/^<row r="2"><c r="A2" s="\d+" t="s"><v>\d+<\/v><\/c><c s="\d+"\/><c s="\d+"><v>45351<\/v><\/c><c r="E2" s="\d+" t="s"><v>\d+<\/v><\/c><\/row>$/);
    const cells = sheet(ODD_SHEET_NAME).getRow(2);
    expect(cells.getCell(3).value).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(cells.getCell(5).value).toBe('after a blank');
  });
});

describe('styles, read back by exceljs', () => {
  const argb = (rgb: string) => `FF${rgb}`;

  it('heads each table bold white on dark blue, wrapped', () => {
    const header = sheet(ODD_SHEET_NAME).getCell('A1');
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } });
    expect(header.font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' } });
    expect(header.alignment).toMatchObject({ wrapText: true });
  });

  it('colours a severity and a highlighted blank with their looks, keeping the column’s alignment', () => {
    const critical = sheet(ODD_SHEET_NAME).getCell('E4');
    expect(critical.fill).toMatchObject({ pattern: 'solid', fgColor: { argb: argb(SEVERITY_LOOKS.critical.fill) } });
    expect(critical.font).toMatchObject({ bold: true, color: { argb: argb(SEVERITY_LOOKS.critical.font) } });
    expect(critical.alignment).toMatchObject({ vertical: 'top' });
    expect(sheet(ODD_SHEET_NAME).getCell('B2').fill).toMatchObject({ fgColor: { argb: argb(SEVERITY_LOOKS.high.fill) } });
  });

  it('shows a title row large and bold, a heading row bold on light blue, and dates as dates', () => {
    const summary = sheet('Summary');
    expect(summary.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(summary.getCell('A3').font).toMatchObject({ bold: true });
    expect(summary.getCell('A3').fill).toMatchObject({ fgColor: { argb: 'FFD9E1F2' } });
    expect(summary.getCell('B2').numFmt).toBe('yyyy-mm-dd');
    expect(summary.getCell('B2').value).toEqual(new Date(Date.UTC(2026, 10, 22)));
  });

  it('lists only the looks in use, the date format once, in the same order every time', async () => {
    const styles = partText(parts, 'xl/styles.xml');
    expect(styles.match(/<numFmt /g)).toHaveLength(1);
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>');
    // Default, header, the two highlights, title, heading: no fill twice, none unused.
    const fills = [...styles.matchAll(/<fgColor rgb="FF([0-9A-F]{6})"\/>/g)].map((m) => m[1]);
    expect(new Set(fills).size).toBe(fills.length);
    expect(fills.sort()).toEqual(['1F4E78', SEVERITY_LOOKS.critical.fill, SEVERITY_LOOKS.high.fill, 'D9E1F2'].sort());
    expect(partText(await unzip(await writeXlsx(model)), 'xl/styles.xml')).toBe(styles);
  });
});
