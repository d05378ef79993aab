import ExcelJS from 'exceljs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeXlsx } from '../../io/xlsx/write-workbook';
import { listRange, SEVERITY_LOOKS, buildRegisterWorkbook, type WorkbookModel } from '../../shared/workbook';
import { TREATMENT_STATUSES } from '../../shared/vocabulary';
import { escaped, HARMLESS_NAME, HOSTILE_TEXTS, registerMapWithFindings, TODAY } from '../shared/workbook/register-map';

const { doc, findings } = registerMapWithFindings();
const model: WorkbookModel = buildRegisterWorkbook(doc, findings, { today: TODAY });

let bytes: Uint8Array;
let workbook: ExcelJS.Workbook;
beforeAll(async () => {
  bytes = await writeXlsx(model);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
});
afterEach(() => vi.useRealTimers());

function sheet(name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`No sheet "${name}"`);
  return found;
}

/** The cell in the row whose ID is `id`, under the header `header`. */
function cellFor(sheetName: string, id: string, header: string): ExcelJS.Cell {
  const worksheet = sheet(sheetName);
  const headers = (worksheet.getRow(1).values as unknown[]).slice(1);
  const column = headers.indexOf(header) + 1;
  if (column === 0) throw new Error(`No column "${header}" on ${sheetName}`);
  for (let row = 2; row <= worksheet.rowCount; row++) {
    if (worksheet.getRow(row).getCell(1).value === id) return worksheet.getRow(row).getCell(column);
  }
  throw new Error(`No row "${id}" on ${sheetName}`);
}

describe('the written .xlsx file', () => {
  it('holds the sheets in order, each table headed by its columns', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(model.sheets.map((s) => s.name));
    const headers = (sheet('Risk register').getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(model.sheets.find((s) => s.name === 'Risk register')!.columns.map((c) => c.header));
    expect(headers.slice(0, 3)).toEqual(['ID', 'Check', 'Title']);
  });

  it('has a row per register entry, each with its id', () => {
    const register = sheet('Risk register');
    const ids = register.getColumn(1).values.slice(2);
    expect(ids).toEqual(model.sheets.find((s) => s.name === 'Risk register')!.rows.map((row) => row[0]));
  });

  it('keeps the header row in view and puts filters over every table', () => {
    for (const name of ['Integrations', 'Systems', 'Risk register', 'Checks', 'Legend']) {
      expect(sheet(name).views[0], name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet(name).autoFilter, name).toBeTruthy();
    }
    expect(sheet('Risk register').autoFilter).toBe(`A1:U${findings.length + Object.keys(doc.risks).length + 1}`);
  });

  it('styles the header: bold on a dark fill', () => {
    const header = sheet('Integrations').getRow(1).getCell(1);
    expect(header.font).toMatchObject({ bold: true });
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } });
  });

  it('writes recorded dates as real dates with a date format, and unknown ones as the word', () => {
    const rotated = cellFor('Integrations', 'flow-1', 'Credential last rotated');
    expect(rotated.value).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(rotated.type).toBe(ExcelJS.ValueType.Date);
    expect(rotated.numFmt).toBe('yyyy-mm-dd');
    expect(cellFor('Integrations', 'flow-1', 'Last reviewed').value).toBe('Unknown');
    expect(cellFor('Integrations', 'flow-2', 'Last reviewed').value).toBeNull();
  });

  it('offers the treatment statuses as a dropdown listed on the Lists sheet', () => {
    const treatment = cellFor('Risk register', 'no-owner:flow-1', 'Treatment');
    expect(treatment.value).toBe('Accepted');
    expect(treatment.dataValidation).toMatchObject({ type: 'list', formulae: [listRange(TREATMENT_STATUSES)] });
    expect(listRange(TREATMENT_STATUSES)).toMatch(/^Lists!\$[A-Z]+\$2:\$[A-Z]+\$7$/);
  });

  it('offers the flow and system statuses as dropdowns too', () => {
    expect(cellFor('Integrations', 'flow-1', 'Status').dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringMatching(/^Lists!/)] });
    expect(cellFor('Systems', 'sys-1', 'Status').dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringMatching(/^Lists!/)] });
  });

  it('colours a severity cell with its severity’s fill', () => {
    const severity = cellFor('Risk register', 'plaintext-credentials:flow-1', 'Severity');
    expect(severity.value).toBe('Critical');
    expect(severity.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${SEVERITY_LOOKS.critical.fill}` } });
    expect(severity.font).toMatchObject({ bold: true, color: { argb: `FF${SEVERITY_LOOKS.critical.font}` } });
  });

  it('sets column widths from the model and wraps long text', () => {
    const register = sheet('Risk register');
    const columns = model.sheets.find((s) => s.name === 'Risk register')!.columns;
    columns.forEach((column, i) => expect(register.getColumn(i + 1).width, column.header).toBe(column.width));
    expect(cellFor('Risk register', 'plaintext-credentials:flow-1', 'Why it matters').alignment).toMatchObject({ wrapText: true });
  });

  it('stores hostile names as escaped text, never as formulas', () => {
    const systems = sheet('Systems');
    HOSTILE_TEXTS.forEach((text, i) => {
      const name = cellFor('Systems', `sys-${i + 4}`, 'Name');
      expect(name.type, JSON.stringify(text)).toBe(ExcelJS.ValueType.String);
      expect(name.value).toBe(escaped(text));
    });
    expect(cellFor('Systems', 'sys-3', 'Name').value).toBe(HARMLESS_NAME);
    expect(cellFor('Integrations', 'flow-2', 'Account / credential')).toMatchObject({ type: ExcelJS.ValueType.String, value: '0042' });
    for (const worksheet of workbook.worksheets) {
      worksheet.eachRow((row) => row.eachCell((cell) => expect(cell.type, `${worksheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula)));
    }
    expect(systems.rowCount).toBe(Object.keys(doc.systems).length + 1);
  });

  it('dates the file itself on the register’s day', () => {
    expect(workbook.created).toEqual(new Date(Date.UTC(2026, 10, 22)));
    expect(workbook.modified).toEqual(new Date(Date.UTC(2026, 10, 22)));
    expect(workbook.creator).toBe('Sam Assessor');
  });

  it('is byte for byte the same when written again at another time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-17T13:45:12Z'));
    const later = await writeXlsx(model);
    vi.setSystemTime(new Date('2029-01-02T03:04:05Z'));
    const again = await writeXlsx(model);
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(true);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});
