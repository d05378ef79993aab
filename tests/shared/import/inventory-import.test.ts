import { describe, expect, it } from 'vitest';
import { FLOW_FIELDS, flowList, MAX_TEXT_LENGTH, parseMap, serializeMap, systemList, type FlowRecord, type MapDocument } from '../../../shared/model';
import { proposeMapping } from '../../../shared/import/headers';
import { importInventory } from '../../../shared/import/inventory-import';
import { buildRegisterWorkbook, INTEGRATIONS_SHEET } from '../../../shared/workbook';
import { mapBuilder } from '../../support/map-builder';
import { importOptions, importRows, sheetOf, tableOfSheet, TODAY } from './sheet-fixtures';

const HEADER = ['Source', 'Destination', 'Name', 'Auth', 'Owner'];
const flows = (doc: MapDocument) => flowList(doc);
const systemNames = (doc: MapDocument) => systemList(doc).map((s) => s.name);
const nameOf = (doc: MapDocument, id: string) => doc.systems[id as keyof MapDocument['systems']]!.name;

describe('building a map from an inventory', () => {
  it('makes a flow per row and a system per distinct name, laid out later', () => {
    const result = importRows([HEADER, ['CRM', 'Xero', 'Gift Aid', 'API key', 'Priya'], ['Website', 'CRM', 'Donations', 'Webhook secret', 'Sam']]);
    expect(result).toMatchObject({ rowsRead: 2, rowsImported: 2, rowsSkipped: 0, issues: [] });
    expect(systemNames(result.document)).toEqual(['CRM', 'Xero', 'Website']);
    expect(systemList(result.document).every((s) => s.position.x === 0 && s.position.y === 0 && s.kind === '' && s.boundary === '')).toBe(true);
    const [giftAid] = flows(result.document);
    expect(giftAid).toMatchObject({ name: 'Gift Aid', authentication: 'api-key', owner: 'Priya', status: 'active' });
    expect([nameOf(result.document, giftAid!.sourceId), nameOf(result.document, giftAid!.targetId)]).toEqual(['CRM', 'Xero']);
  });

  it('treats names differing only in case and spacing as one system, spelt as first seen', () => {
    const result = importRows([HEADER, ['Xero', 'CRM'], [' xero ', 'crm'], ['XERO', 'Power  Automate'], ['power automate', 'CRM']]);
    expect(systemNames(result.document)).toEqual(['Xero', 'CRM', 'Power  Automate']);
    expect(new Set(flows(result.document).map((f) => f.sourceId)).size).toBe(2);
  });

  it('skips a row without a source or destination with an error on that cell, and makes no system for it', () => {
    const result = importRows([HEADER, ['CRM', 'Xero'], ['', 'Mailchimp'], ['Website', null]]);
    expect(result).toMatchObject({ rowsRead: 3, rowsImported: 1, rowsSkipped: 2 });
    expect(result.issues).toEqual([
      { row: 3, column: 'A', header: 'Source', cell: 'A3', severity: 'error', message: 'This row has no source system, so it was not imported.' },
      { row: 4, column: 'B', header: 'Destination', cell: 'B4', severity: 'error', message: 'This row has no destination system, so it was not imported.' },
    ]);
    expect(systemNames(result.document)).toEqual(['CRM', 'Xero']);
  });

  it('skips a row whose source and destination are the same system', () => {
    const result = importRows([HEADER, ['CRM', ' crm ']]);
    expect(result.rowsImported).toBe(0);
    expect(result.issues).toEqual([expect.objectContaining({ cell: 'B2', severity: 'error', message: expect.stringContaining('the same system') })]);
  });

  it('passes over empty rows silently', () => {
    const result = importRows([HEADER, [null, '  '], ['CRM', 'Xero'], []]);
    expect(result).toMatchObject({ rowsRead: 1, rowsImported: 1, rowsSkipped: 0, issues: [] });
  });

  it('names the cell of every problem as the spreadsheet shows it', () => {
    const result = importRows([HEADER, ['CRM', 'Xero'], ['CRM', 'Xero', 'Sync', 'Carrier pigeon']]);
    expect(result.issues).toEqual([expect.objectContaining({ row: 3, column: 'D', header: 'Auth', cell: 'D3', severity: 'warning' })]);
  });

  it('does not report warnings about a row it did not import', () => {
    const result = importRows([HEADER, ['', 'Xero', '', 'Carrier pigeon']]);
    expect(result.issues.map((i) => i.cell)).toEqual(['A2']);
  });
});

describe('keeping what the user wrote', () => {
  it('keeps wording that matched nothing in the notes, leaves the field blank and warns', () => {
    const [flow] = flows(importRows([[...HEADER, 'Status'], ['CRM', 'Xero', '', 'Carrier pigeon', '', 'Mostly']]).document);
    expect(flow).toMatchObject({ authentication: '', status: '' });
    expect(flow!.notes).toBe('Authentication (as written): "Carrier pigeon"\nStatus (as written): "Mostly"');
  });

  it('keeps wording that says more than the label beside the value', () => {
    const [flow] = flows(importRows([['From', 'To', 'Auth method', 'How'], ['CRM', 'Xero', 'OAuth2 via Azure app', 'Zapier']]).document);
    expect(flow).toMatchObject({ authentication: 'oauth-client-credentials', mechanism: 'ipaas-flow' });
    expect(flow!.notes).toBe('Authentication (as written): "OAuth2 via Azure app"\nMechanism (as written): "Zapier"');
  });

  it('puts the wording of where a credential is kept in the detail field', () => {
    const [flow] = flows(importRows([['Source', 'Destination', 'Where is the key'], ['CRM', 'Xero', 'Shared spreadsheet on SharePoint']]).document);
    expect(flow).toMatchObject({ credentialLocation: 'spreadsheet-document', credentialLocationDetail: 'Shared spreadsheet on SharePoint', notes: '' });
  });

  it('puts it in the notes instead when the row fills the detail in itself', () => {
    const [flow] = flows(importRows([['Source', 'Destination', 'Credentials stored', 'Credential location detail'], ['CRM', 'Xero', 'Azure Key Vault', 'kv-finance / xero-secret']]).document);
    expect(flow).toMatchObject({ credentialLocation: 'secrets-vault', credentialLocationDetail: 'kv-finance / xero-secret', notes: 'Credential stored in (as written): "Azure Key Vault"' });
  });

  it('keeps columns that match no field in the notes as "Header: value", after the Notes column itself', () => {
    const result = importRows([['Source owner', 'Source', 'Destination', 'Notes', 'Cost centre'], ['Priya', 'CRM', 'Xero', 'Runs nightly', '4410']]);
    expect(flows(result.document)[0]!.notes).toBe('Runs nightly\nSource owner: Priya\nCost centre: 4410');
    expect(result.issues).toEqual([]);
  });

  it('leaves out a column the user chose not to import', () => {
    const result = importRows([['Source', 'Destination', 'Secret'], ['CRM', 'Xero', 'hunter2']], (mapping) => mapping.map((m) => (m.header === 'Secret' ? { ...m, target: 'ignore' } : m)));
    expect(flows(result.document)[0]!.notes).toBe('');
  });

  it('keeps data in a column with no header, naming it by its letter', () => {
    const [flow] = flows(importRows([['Source', 'Destination'], ['CRM', 'Xero', 'stray note']]).document);
    expect(flow!.notes).toBe('Column C: stray note');
  });

  it('keeps the full text of a too-long purpose in the notes', () => {
    const purpose = 'p'.repeat(2100);
    const result = importRows([['Source', 'Destination', 'Purpose'], ['CRM', 'Xero', purpose]]);
    const [flow] = flows(result.document);
    expect(flow!.purpose).toHaveLength(2000);
    expect(flow!.notes).toBe(`Purpose (as written): "${purpose}"`);
    expect(result.issues).toEqual([expect.objectContaining({ cell: 'C2', severity: 'warning' })]);
  });

  it('cuts notes at the most a record holds, warning on the cell that was cut', () => {
    const result = importRows([['Source', 'Destination', 'Notes', 'Extra'], ['CRM', 'Xero', 'n'.repeat(MAX_TEXT_LENGTH - 10), 'e'.repeat(100)]]);
    const [flow] = flows(result.document);
    expect(flow!.notes).toHaveLength(MAX_TEXT_LENGTH);
    expect(result.issues).toEqual([expect.objectContaining({ cell: 'D2', severity: 'warning', message: expect.stringContaining('cut short') })]);
  });

  it('uses a formula cell\'s last value and warns naming the cell', () => {
    const result = importRows([['Source', 'Destination', 'Owner'], ['CRM', { value: 'Xero', formula: 'Systems!B4' }, { value: 'Priya', formula: '=Staff!A2' }]]);
    expect(flows(result.document)[0]!.owner).toBe('Priya');
    expect(systemNames(result.document)).toEqual(['CRM', 'Xero']);
    expect(result.issues.map((i) => [i.cell, i.severity, i.message.slice(0, 29)])).toEqual([
      ['B2', 'warning', 'B2 holds a formula (=Systems!'],
      ['C2', 'warning', 'C2 holds a formula (=Staff!A2'],
    ]);
  });

  it('keeps the text of an error cell in the notes and warns', () => {
    const result = importRows([['Source', 'Destination', 'How often', 'Ref'], ['CRM', 'Xero', { value: '#REF!', error: true }, { value: '#N/A', error: true }]]);
    expect(flows(result.document)[0]).toMatchObject({ frequency: '', notes: 'Frequency (as written): "#REF!"\nRef: #N/A' });
    expect(result.issues.map((i) => i.cell)).toEqual(['C2', 'D2']);
  });

  it('reads dates and flags an ambiguous one', () => {
    const result = importRows([['Source', 'Destination', 'Review date', 'Key last changed'], ['CRM', 'Xero', '04/03/2025', 'never'], ['Xero', 'CRM', '31/02/2025', 'unknown']]);
    const [first, second] = flows(result.document);
    expect(first).toMatchObject({ lastReviewed: '2025-03-04', credentialLastRotated: '' });
    expect(first!.notes).toBe('Last reviewed (as written): "04/03/2025"\nCredential last rotated (as written): "never"');
    expect(second).toMatchObject({ lastReviewed: '', credentialLastRotated: 'unknown', notes: 'Last reviewed (as written): "31/02/2025"' });
    expect(result.issues.map((i) => [i.cell, i.severity])).toEqual([['C2', 'warning'], ['C3', 'error']]);
  });
});

describe('flow ids from an ID column', () => {
  it('keeps valid ids and makes new ones for blank cells', () => {
    const result = importRows([['ID', 'Source', 'Destination'], ['flow-a', 'CRM', 'Xero'], ['', 'Xero', 'CRM']]);
    expect(flows(result.document).map((f) => f.id)).toEqual(['flow-a', 'new-3']);
  });

  it('refuses a duplicate id on the later row, naming the row that has it', () => {
    const result = importRows([['ID', 'Source', 'Destination'], ['flow-a', 'CRM', 'Xero'], ['flow-b', 'CRM', 'Bank'], ['flow-a', 'Xero', 'CRM']]);
    expect(result).toMatchObject({ rowsImported: 2, rowsSkipped: 1 });
    expect(result.issues).toEqual([{ row: 4, column: 'A', header: 'ID', cell: 'A4', severity: 'error', message: expect.stringContaining('ID "flow-a" is already used on row 2') }]);
  });

  it('gives a flow with an invalid id a new one, with a warning', () => {
    const result = importRows([['ID', 'Source', 'Destination'], ['flow one', 'CRM', 'Xero']]);
    expect(flows(result.document).map((f) => f.id)).toEqual(['new-1']);
    expect(result.issues).toEqual([expect.objectContaining({ cell: 'A2', severity: 'warning', message: expect.stringContaining('"flow one" cannot be used as an ID') })]);
  });

  it('never gives an earlier row a new id that a later row wrote', () => {
    const result = importRows([['ID', 'Source', 'Destination'], ['', 'CRM', 'Xero'], ['new-1', 'Xero', 'CRM']]);
    expect(flows(result.document).map((f) => f.id)).toEqual(['new-2', 'new-1']);
    expect(result.issues).toEqual([]);
  });
});

describe('a sheet it cannot read', () => {
  it('says which headers it found when no column is the source or destination, without throwing', () => {
    const result = importRows([['System', 'Connects to', 'Notes'], ['CRM', 'Xero', '']]);
    // The row was read and left out: the preview says "1 row read", not that the sheet is empty.
    expect(result).toMatchObject({ rowsRead: 1, rowsImported: 0, rowsSkipped: 1 });
    expect(flows(result.document)).toEqual([]);
    expect(result.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^No column was recognised as the source system.*Headers found: "System", "Connects to", "Notes"/),
      expect.stringMatching(/^No column was recognised as the destination system/),
    ]);
    expect(result.issues.every((i) => i.severity === 'error' && i.row === 1 && i.cell === '')).toBe(true);
  });

  it('says so when the sheet is empty', () => {
    const result = importInventory(sheetOf([]), [], importOptions());
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('empty') })]);
  });
});

describe('the imported map', () => {
  const messy = () => importRows([
    ['ID', 'From system', 'Target', 'Integration', 'What data', 'How often', 'Auth method', 'Where is the key', 'Rotated', 'MFA', 'Encryption', 'Owner', 'Review date', 'Status', 'Source of info', 'Source owner'],
    ['f-1', 'CRM', 'Xero', 'Gift Aid', 'Donations, bank details', 'monthly', 'OAuth2', 'Azure Key Vault', { value: 45000, date: true }, 'Y', 'HTTPS', 'Priya', '04/03/2025', 'Live', 'Interview', 'Sam'],
    ['bad id', 'Website', 'crm', 'Forms', 'names; widgets', 'every week', 'API Key', 'Post-it', 'never', 'n/a', '?', '', 'Mar 2025', 'Mostly', 'Firewall logs / docs', ''],
    ['f-1', 'Xero', 'Bank', 'Duplicate'],
    ['f-3', 'Mailchimp', '', 'Half a row'],
  ]);

  it('opens as a valid map file, exactly as built', () => {
    const { document } = messy();
    const reopened = parseMap(JSON.parse(JSON.stringify(serializeMap(document))));
    expect(reopened).toEqual({ ok: true, document, history: [], migrationsApplied: [] });
  });

  it('holds what the rows said', () => {
    const result = messy();
    expect(result).toMatchObject({ rowsRead: 4, rowsImported: 2, rowsSkipped: 2 });
    const [giftAid, forms] = flows(result.document);
    expect(giftAid).toMatchObject({
      id: 'f-1', name: 'Gift Aid', dataTypes: ['financial', 'donor-records'], frequency: 'monthly', authentication: 'oauth-delegated',
      credentialLocation: 'secrets-vault', credentialLocationDetail: 'Azure Key Vault', credentialLastRotated: '2023-03-15', mfa: 'yes',
      encryptedInTransit: 'yes', owner: 'Priya', lastReviewed: '2025-03-04', status: 'active', discoveredVia: ['interview'],
    });
    expect(forms).toMatchObject({ dataTypes: ['personal'], frequency: 'weekly', credentialLocation: 'written-down', mfa: 'not-applicable', encryptedInTransit: 'unknown', lastReviewed: '2025-03-01', status: '', discoveredVia: ['firewall-proxy-logs', 'documentation'] });
    expect(nameOf(result.document, forms!.targetId)).toBe('CRM');
  });
});

describe("re-importing the app's own workbook", () => {
  it('gives back every flow as it was exported', () => {
    const doc = mapBuilder()
      .system('CRM').system('Xero').system('Website')
      .flow('CRM', 'Xero', { purpose: 'Gift Aid', dataTypes: ['financial', 'donor-records'], authentication: 'oauth-client-credentials', credentialLocation: 'spreadsheet-document', credentialLocationDetail: 'Finance share', lastReviewed: 'unknown', credentialLastRotated: '2025-01-31', discoveredVia: ['interview', 'documentation'], notes: '=SUM(A1)' })
      .flow('Website', 'CRM', { mechanism: 'webhook', mfa: 'not-applicable', status: 'paused', owner: 'Sam' })
      .build();
    const sheet = buildRegisterWorkbook(doc, [], { today: TODAY }).sheets.find((s) => s.name === INTEGRATIONS_SHEET)!;
    const table = tableOfSheet(sheet);
    const result = importInventory(table, proposeMapping(table.rows[0]!), importOptions());
    expect(result.issues).toEqual([]);
    const comparable = (d: MapDocument) => flowList(d).map((flow): Partial<FlowRecord> & { ends: string[] } => ({
      ...Object.fromEntries(FLOW_FIELDS.map((f) => [f.key, (flow as unknown as Record<string, unknown>)[f.key]])),
      id: flow.id, ends: [nameOf(d, flow.sourceId), nameOf(d, flow.targetId)],
    })).sort((a, b) => (a.id! < b.id! ? -1 : 1));
    expect(comparable(result.document)).toEqual(comparable(doc));
  });
});

describe('a large inventory', () => {
  it('imports 100,000 rows without falling over', () => {
    const rows = [['Source', 'Destination', 'Auth', 'Review date', 'Notes']];
    for (let i = 0; i < 100_000; i++) rows.push([`System ${i % 500}`, `System ${(i % 500) + 1}`, i % 2 ? 'API key' : 'OAuth2', `0${(i % 9) + 1}/03/2025`, `row ${i}`]);
    const result = importRows(rows);
    expect(result.rowsImported).toBe(100_000);
    expect(systemList(result.document)).toHaveLength(501);
  }, 30_000);
});
