import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { registerEntries, runChecks } from '../../shared/checks';
import { mapFileText } from '../../shared/model';
import { changeRecord, fieldChange } from '../support/history';
import { mapBuilder } from '../support/map-builder';
import { FAKE_TODAY, mapFile, runCli } from './fake-io';

const doc = mapBuilder()
  .system('CRM', { kind: 'crm', owner: 'Priya Shah' })
  .system('Xero', { kind: 'finance', boundary: 'vendor' })
  .flow('CRM', 'Xero', { dataTypes: ['financial'], account: 'svc-sync' })
  .flow('Xero', 'CRM', { account: 'svc-sync' })
  .treatment('no-owner:sys-2', { status: 'accepted', justification: 'Xero is run by the finance volunteer' })
  .risk({ title: 'Only Priya understands the sync', likelihood: 'likely', impact: 'major' })
  .build();
const files = { 'map.json': mapFile(doc) };

/** Every cell's text on the sheet, row by row, as a person reading it in Excel would see it. */
async function sheetRows(bytes: Uint8Array, sheetName: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.getWorksheet(sheetName);
  expect(sheet, `a sheet named "${sheetName}"`).toBeDefined();
  const rows: string[][] = [];
  sheet!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value)))));
  return rows;
}

describe('integration-mapper register', () => {
  it('writes the risk register workbook with a row for every finding and risk, and says where and how many', async () => {
    const result = await runCli(['register', 'map.json', '-o', 'out/register.xlsx'], files);
    const entries = registerEntries(doc, runChecks(doc, FAKE_TODAY));
    const open = entries.filter((entry) => entry.open).length;
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`Wrote the risk register to "out/register.xlsx": ${entries.length} rows, ${open} open (as of ${FAKE_TODAY}).\n`);

    const rows = await sheetRows(result.files.get('out/register.xlsx') as Uint8Array, 'Risk register');
    const [, ...body] = rows;
    expect(body).toHaveLength(entries.length);
    const text = rows.flat().join('\n');
    for (const entry of entries) expect(text).toContain(entry.title);
    expect(text).toContain('Xero is run by the finance volunteer');
  });

  it('lists the change history the map file holds on the Change log sheet, newest first', async () => {
    const history = [
      changeRecord({ at: '2026-02-01T09:00:00.000Z', by: 'Priya Shah', changes: [fieldChange({ name: 'CRM to Xero', after: 'Priya Shah' })] }),
      changeRecord({ at: '2026-02-02T09:30:00.000Z', by: 'Sam', action: 'undo', changes: [fieldChange({ name: 'CRM to Xero', before: 'Priya Shah', after: '' })] }),
    ];
    const result = await runCli(['register', 'map.intmap', '-o', 'register.xlsx'], { 'map.intmap': mapFileText(doc, history) });
    expect(result.code).toBe(0);
    const [header, ...rows] = await sheetRows(result.files.get('register.xlsx') as Uint8Array, 'Change log');
    expect(header).toEqual(['Date (UTC)', 'Time (UTC)', 'Who', 'Action', 'Element', 'Field', 'Old value', 'New value']);
    // A blank last cell is no cell at all in the file: pad each row to the header's width.
    expect(rows.map((row) => Array.from(header!, (_, i) => row[i] ?? '').slice(1))).toEqual([
      ['09:30:00', 'Sam', 'Undo Edit data flow', 'Integration: CRM to Xero', 'Owner', 'Priya Shah', ''],
      ['09:00:00', 'Priya Shah', 'Edit data flow', 'Integration: CRM to Xero', 'Owner', '', 'Priya Shah'],
    ]);
  });

  it('refuses to write the register over the map, however the path is spelt', async () => {
    // A map given a .xlsx name by mistake: writing the register there would destroy it.
    for (const [input, output] of [['map.xlsx', 'map.xlsx'], ['./map.xlsx', 'map.xlsx'], ['map.xlsx', 'old/../map.xlsx']] as const) {
      const result = await runCli(['register', input, '-o', output], { 'map.xlsx': mapFile(doc) });
      expect(result.code, `${input} -o ${output}`).toBe(2);
      expect(result.stderr).toBe(`integration-mapper: "${output}" is the map itself: choose another file for -o, so the map is not overwritten.\n`);
      expect(result.files.get('map.xlsx')).toBe(mapFile(doc));
    }
  });

  it('asks for an .xlsx file name, so the workbook opens in Excel', async () => {
    const result = await runCli(['register', 'map.json', '-o', 'register.csv'], files);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('give -o a file name ending in .xlsx (got "register.csv")');
    expect(result.files.has('register.csv')).toBe(false);
  });

  it('writes nothing when the map cannot be read', async () => {
    const result = await runCli(['register', 'map.json', '-o', 'register.xlsx'], { 'map.json': '{"format": "integration-mapper/map", "schemaVersion": 2' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('it is not valid JSON');
    expect(result.files.has('register.xlsx')).toBe(false);
  });

  it('says why when the workbook cannot be written', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const result = await runCli(['register', 'map.json', '-o', 'register.xlsx'], files, { writeError: denied });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('integration-mapper: Cannot write "register.xlsx": permission denied.\n');
  });
});
