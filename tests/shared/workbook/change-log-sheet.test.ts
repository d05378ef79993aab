import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../io/xlsx/write-workbook';
import { buildRegisterWorkbook, CHANGE_LOG_SHEET, LEGEND_SHEET } from '../../../shared/workbook';
import { changeRecord, fieldChange } from '../../support/history';
import { registerMapWithFindings, sheetOf, TODAY } from './register-map';

const { doc, findings } = registerMapWithFindings();

/** Oldest first, as the history is kept: Priya set an owner, Sam undid it, then someone unnamed added a system. */
const history = [
  changeRecord({ at: '2026-02-01T09:00:05.000Z', by: 'Priya Shah', changes: [fieldChange({ name: 'Gift Aid', after: 'Priya Shah' })] }),
  changeRecord({ at: '2026-02-02T16:45:00.000Z', by: 'Sam', action: 'undo', changes: [fieldChange({ name: 'Gift Aid', before: 'Priya Shah', after: '' })] }),
  changeRecord({
    at: '2026-02-03T08:00:00.000Z', by: '', command: 'addSystem', label: 'Add system',
    changes: [
      fieldChange({ kind: 'system', id: 'sys-9', name: '=HYPERLINK("http://evil")', type: 'added', field: 'name', label: 'Name', before: '', after: '=HYPERLINK("http://evil")' }),
      fieldChange({ kind: 'system', id: 'sys-9', name: '=HYPERLINK("http://evil")', type: 'added', field: 'status', label: 'Status', before: '', after: 'Active' }),
    ],
  }),
];

const model = buildRegisterWorkbook(doc, findings, { today: TODAY, history });
const sheet = sheetOf(model, CHANGE_LOG_SHEET);

describe('the Change log sheet', () => {
  it('lists every field changed, newest first: when, who, what was done, to what, and the old and new values', () => {
    expect(sheet.columns.map((c) => c.header)).toEqual(['Date (UTC)', 'Time (UTC)', 'Who', 'Action', 'Element', 'Field', 'Old value', 'New value']);
    expect(sheet.rows).toEqual([
      [{ date: '2026-02-03' }, '08:00:00', 'Unknown', 'Add system', 'System: =HYPERLINK("http://evil")', 'Name', null, `'=HYPERLINK("http://evil")`],
      [{ date: '2026-02-03' }, '08:00:00', 'Unknown', 'Add system', 'System: =HYPERLINK("http://evil")', 'Status', null, 'Active'],
      [{ date: '2026-02-02' }, '16:45:00', 'Sam', 'Undo Edit data flow', 'Integration: Gift Aid', 'Owner', 'Priya Shah', null],
      [{ date: '2026-02-01' }, '09:00:05', 'Priya Shah', 'Edit data flow', 'Integration: Gift Aid', 'Owner', null, 'Priya Shah'],
    ]);
  });

  it('is a table a client can filter: header kept in view, filter buttons, and its columns explained on the Legend', () => {
    expect(sheet).toMatchObject({ header: true, freezeHeader: true, autoFilter: true });
    const legend = sheetOf(model, LEGEND_SHEET);
    expect(legend.rows.filter((row) => row[0] === CHANGE_LOG_SHEET).map((row) => row[1])).toEqual(sheet.columns.map((c) => c.header));
  });

  it('is there, with its header only, when nothing has been recorded', () => {
    const empty = sheetOf(buildRegisterWorkbook(doc, findings, { today: TODAY }), CHANGE_LOG_SHEET);
    expect(empty.rows).toEqual([]);
    expect(empty.columns).toHaveLength(8);
  });

  it('reads back in a spreadsheet with real dates, and text that can never run as a formula', async () => {
    const bytes = await writeXlsx(model);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const written = workbook.getWorksheet(CHANGE_LOG_SHEET)!;
    expect(written.getCell('A2').value).toEqual(new Date('2026-02-03T00:00:00.000Z'));
    expect(written.getCell('A2').numFmt).toMatch(/y/);
    expect(written.getCell('H2').value).toBe(`'=HYPERLINK("http://evil")`);
    expect(written.getCell('H2').formula).toBeUndefined();
    expect(written.getRow(5).values).toEqual([undefined, new Date('2026-02-01T00:00:00.000Z'), '09:00:05', 'Priya Shah', 'Edit data flow', 'Integration: Gift Aid', 'Owner', undefined, 'Priya Shah']);
    expect(written.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
