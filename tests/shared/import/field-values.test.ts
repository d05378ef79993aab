import { describe, expect, it } from 'vitest';
import { FLOW_FIELDS, flowList, MAX_TEXT_LENGTH, SYSTEM_FIELDS, systemList, type FieldSpec } from '../../../shared/model';
import { readFieldCell } from '../../../shared/import/field-values';
import { buildRegisterWorkbook, INTEGRATIONS_SHEET, SYSTEMS_SHEET } from '../../../shared/workbook';
import { mapBuilder } from '../../support/map-builder';
import { readBack, TODAY } from './sheet-fixtures';

const field = (key: string): FieldSpec => FLOW_FIELDS.find((f) => f.key === key)!;

/** A map using every kind of field, with text that needs the workbook's formula guard. */
const richMap = () => mapBuilder()
  .system('CRM', { kind: 'crm', hosting: 'saas', boundary: 'vendor', status: 'being-decommissioned', lastReviewed: '2025-11-30', notes: '=not a formula' })
  .system('Xero', { kind: 'finance', lastReviewed: 'unknown', authoritativeFor: '+ financial records' })
  .flow('CRM', 'Xero', {
    purpose: 'Gift Aid claims to finance', dataTypes: ['financial', 'donor-records'], direction: 'one-way', frequency: 'monthly',
    mechanism: 'native-connector', authentication: 'oauth-client-credentials', account: '@svc-xero', credentialLocation: 'spreadsheet-document',
    credentialLocationDetail: 'Finance share', credentialLastRotated: '2024-02-29', permissions: 'read-write', mfa: 'not-applicable',
    encryptedInTransit: 'yes', owner: 'Priya', lastReviewed: 'unknown', reviewedBy: 'Sam', status: 'suspected-orphaned',
    discoveredVia: ['interview', 'documentation'], notes: '-1 known issue\nSecond line',
  })
  .flow('Xero', 'CRM', { dataTypes: ['unknown'], authentication: 'oauth-delegated', credentialLastRotated: '1900-01-01' })
  .build();

describe("reading back the app's own workbook", () => {
  const doc = richMap();
  const workbook = buildRegisterWorkbook(doc, [], { today: TODAY });

  it('reads every flow field of every Integrations row as exactly the value exported, with nothing to warn about', () => {
    const sheet = workbook.sheets.find((s) => s.name === INTEGRATIONS_SHEET)!;
    for (const row of sheet.rows) {
      const flow = doc.flows[row[0] as keyof typeof doc.flows]!;
      for (const spec of FLOW_FIELDS) {
        const column = sheet.columns.findIndex((c) => c.header === spec.label);
        const reading = readFieldCell(spec, readBack(row[column]!));
        expect(reading, `${flow.id} ${spec.key}`).toEqual({ value: (flow as unknown as Record<string, unknown>)[spec.key], wording: '', problems: [] });
      }
    }
    expect(flowList(doc)).toHaveLength(2);
  });

  it('reads every system field of every Systems row as exactly the value exported', () => {
    const sheet = workbook.sheets.find((s) => s.name === SYSTEMS_SHEET)!;
    for (const row of sheet.rows) {
      const system = systemList(doc).find((s) => s.id === row[0])!;
      for (const spec of SYSTEM_FIELDS) {
        const column = sheet.columns.findIndex((c) => c.header === spec.label);
        const reading = readFieldCell(spec, readBack(row[column]!));
        expect(reading.value, `${system.id} ${spec.key}`).toEqual((system as unknown as Record<string, unknown>)[spec.key]);
        expect(reading.problems).toEqual([]);
      }
    }
  });
});

describe('cells that need care', () => {
  it('uses the value a formula last showed, and warns naming the cell and the formula', () => {
    const reading = readFieldCell(field('owner'), { value: 'Priya', formula: 'VLOOKUP(A2,Staff!A:B,2)' }, { cellName: 'D7' });
    expect(reading.value).toBe('Priya');
    expect(reading.problems).toEqual([{ severity: 'warning', message: expect.stringMatching(/^D7 holds a formula \(=VLOOKUP\(A2,Staff!A:B,2\)\).*"Priya"/) }]);
  });

  it('reads nothing from an error cell, keeps its text and warns', () => {
    const reading = readFieldCell(field('mechanism'), { value: '#REF!', error: true }, { cellName: 'F9' });
    expect(reading).toEqual({ value: '', wording: '#REF!', problems: [{ severity: 'warning', message: expect.stringContaining('F9 shows the spreadsheet error #REF!') }] });
  });

  it('keeps the start of text too long for its field and the full text as wording, with a warning', () => {
    const long = 'x'.repeat(2500);
    const reading = readFieldCell(field('purpose'), { value: long });
    expect(reading.value).toHaveLength(2000);
    expect((reading.value as string).endsWith('…')).toBe(true);
    expect(reading.wording).toBe(long);
    expect(reading.problems).toEqual([{ severity: 'warning', message: expect.stringContaining('full text went to the notes') }]);
  });

  it('cuts notes longer than any field holds, with a warning, since they have nowhere else to go', () => {
    const reading = readFieldCell(field('notes'), { value: 'y'.repeat(MAX_TEXT_LENGTH + 10) });
    expect(reading.value).toHaveLength(MAX_TEXT_LENGTH);
    expect(reading.wording).toBe('');
    expect(reading.problems[0]!.message).toContain('cut short');
  });

  it('reads a number or a yes/no in a text column as the digits or TRUE/FALSE shown', () => {
    expect(readFieldCell(field('account'), { value: 12345 }).value).toBe('12345');
    expect(readFieldCell(field('account'), { value: true }).value).toBe('TRUE');
  });

  it('tidies text: trims it and writes line breaks as LF', () => {
    expect(readFieldCell(field('notes'), { value: '  one\r\ntwo  ' }).value).toBe('one\ntwo');
  });

  it('reads an empty cell as the blank value of its field', () => {
    expect(readFieldCell(field('dataTypes'), null)).toEqual({ value: [], wording: '', problems: [] });
    expect(readFieldCell(field('owner'), { value: '   ' })).toEqual({ value: '', wording: '', problems: [] });
  });
});
