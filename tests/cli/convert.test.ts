import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { flowList, parseMap, systemList, type MapDocument } from '../../shared/model';
import { mapBuilder } from '../support/map-builder';
import { mapFile, runCli } from './fake-io';

const INVENTORY = [
  'Integration,From system,To system,Auth method,Named owner,Last reviewed',
  'Donations,Website,CRM,OAuth2,Priya Shah,04/03/2025',
  'Gift Aid,crm ,Finance,carrier pigeon,Sam Lee,2025-06-30',
  'Broken row,Website,,API key,,',
].join('\n');

function writtenMap(files: ReadonlyMap<string, unknown>, path: string): MapDocument {
  const bytes = files.get(path);
  if (!(bytes instanceof Uint8Array)) throw new Error(`${path} was not written`);
  const parsed = parseMap(JSON.parse(new TextDecoder().decode(bytes)));
  if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
  return parsed.document;
}

describe('integration-mapper convert', () => {
  it('makes a map file from a CSV inventory, reporting every problem by cell on stderr', async () => {
    const result = await runCli(['convert', 'inventory.csv', '-o', 'map.intmap'], { 'inventory.csv': INVENTORY });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('Wrote the map to "map.intmap": 3 systems, 2 flows. Open it in the app with Open map file.\n');
    expect(result.stderr).toContain('Read "inventory.csv" (sheet "inventory"): 3 rows, making 3 systems and 2 flows; 1 row left out');
    // Errors (rows left out) are listed before warnings.
    expect(result.stderr.indexOf('C4 (To system): error')).toBeGreaterThan(-1);
    expect(result.stderr.indexOf('C4 (To system): error')).toBeLessThan(result.stderr.indexOf('warning'));
    expect(result.stderr).toMatch(/F2 \(Last reviewed\): warning: .*4 March 2025.*3 April 2025/);
    expect(result.stderr).toMatch(/D3 \(Auth method\): warning: .*carrier pigeon/);

    const doc = writtenMap(result.files, 'map.intmap');
    expect(doc.assessment.name).toBe('inventory');
    expect(systemList(doc).map((s) => s.name).sort()).toEqual(['CRM', 'Finance', 'Website']);
    const donations = flowList(doc).find((f) => f.name === 'Donations')!;
    expect(donations).toMatchObject({ owner: 'Priya Shah', lastReviewed: '2025-03-04', authentication: 'oauth-delegated' });
    const giftAid = flowList(doc).find((f) => f.name === 'Gift Aid')!;
    expect(giftAid.authentication).toBe('');
    expect(giftAid.notes).toContain('carrier pigeon');
  });

  it('lists the first 20 problems and says how many more there are', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `Flow ${i},A${i},B${i},smoke signals`);
    const result = await runCli(['convert', 'inventory.csv', '-o', 'map.intmap'], { 'inventory.csv': ['Name,Source,Destination,Auth', ...rows].join('\n') });
    expect(result.code).toBe(0);
    expect(result.stderr.match(/: warning: /g)).toHaveLength(20);
    expect(result.stderr).toContain('  and 10 more\n');
  });

  it('reads a risk register the app exported back into the same assessment, ids included', async () => {
    const doc = mapBuilder().system('CRM').system('Xero', { boundary: 'vendor' }).flow('CRM', 'Xero', { owner: 'Priya Shah' }).build();
    const register = await runCli(['register', 'map.intmap', '-o', 'register.xlsx'], { 'map.intmap': mapFile(doc) });
    expect(register.code, register.stderr).toBe(0);
    const result = await runCli(['convert', 'register.xlsx', '-o', 'back.intmap'], { 'register.xlsx': register.files.get('register.xlsx') as Uint8Array });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`as the risk register exported from "${doc.assessment.name}"`);
    const back = writtenMap(result.files, 'back.intmap');
    expect(back.assessment.id).toBe(doc.assessment.id);
    expect(Object.keys(back.flows)).toEqual(Object.keys(doc.flows));
    expect(flowList(back)[0]!.owner).toBe('Priya Shah');
  });

  it('refuses an output that is not a map file, or that is the input itself, before reading anything', async () => {
    const wrong = await runCli(['convert', 'inventory.csv', '-o', 'map.xlsx'], { 'inventory.csv': INVENTORY });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('give -o a file name ending in .intmap');
    const same = await runCli(['convert', 'inventory.csv', '-o', './inventory.csv'], { 'inventory.csv': INVENTORY });
    expect(same.code).toBe(2);
    expect(same.files.get('inventory.csv')).toBe(INVENTORY);
  });

  it('writes nothing and exits 2 when no row can be imported', async () => {
    const result = await runCli(['convert', 'inventory.csv', '-o', 'map.intmap'], { 'inventory.csv': 'Name,Owner\nDonations,Priya\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No column was recognised as the source system');
    expect(result.files.has('map.intmap')).toBe(false);
  });
});

describe('register and check on a spreadsheet', () => {
  it('writes the risk register straight from an .xlsx inventory', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Integrations');
    sheet.addRow(['Source', 'Destination', 'Where is the key', 'Owner']);
    sheet.addRow(['CRM', 'Mailchimp', 'Shared spreadsheet on SharePoint', 'Priya Shah']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await runCli(['register', 'inventory.xlsx', '-o', 'register.xlsx'], { 'inventory.xlsx': bytes });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Read "inventory.xlsx" (sheet "Integrations"): 1 row, making 2 systems and 1 flow.');

    const written = await new ExcelJS.Workbook().xlsx.load(result.files.get('register.xlsx') as Uint8Array as unknown as ArrayBuffer);
    const register = written.getWorksheet('Risk register')!;
    const titles = register.getColumn(3).values.map(String);
    expect(titles).toContain('Credentials stored in plain text');
    const integrations = written.getWorksheet('Integrations')!;
    const header = (integrations.getRow(1).values as unknown[]).map(String);
    const detail = integrations.getRow(2).getCell(header.indexOf('Credential location detail')).value;
    expect(detail).toBe('Shared spreadsheet on SharePoint');
  });

  it('keeps check --json output clean: the import report goes to stderr', async () => {
    const result = await runCli(['check', 'inventory.csv', '--json'], { 'inventory.csv': INVENTORY });
    expect(result.code).toBe(0);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
    expect(result.stderr).toContain('Read "inventory.csv"');
  });
});
