import { describe, expect, it } from 'vitest';
import { FLOW_FIELDS } from '../../../shared/model';
import { IMPORT_TARGETS, labelOfTarget, proposeMapping, type ImportTarget } from '../../../shared/import/headers';
import { buildRegisterWorkbook, INTEGRATIONS_SHEET } from '../../../shared/workbook';
import { mapBuilder } from '../../support/map-builder';
import { TODAY } from './sheet-fixtures';

/** Where a lone header's column would go. */
const targetOf = (header: string | number) => proposeMapping([{ value: header }])[0]!.target;

describe('recognising the headers people write', () => {
  it.each<[string, ImportTarget]>([
    ['Source', 'source'], ['From system', 'source'], ['Destination', 'destination'], ['Target', 'destination'],
    ['Data', 'dataTypes'], ['What data', 'dataTypes'], ['How often', 'frequency'], ['Auth', 'authentication'],
    ['Auth method', 'authentication'], ['Credentials stored', 'credentialLocation'], ['Where is the key', 'credentialLocation'],
    ['Owner', 'owner'], ['Named owner', 'owner'], ['Last reviewed', 'lastReviewed'], ['Review date', 'lastReviewed'],
  ])('reads "%s" as %s', (header, target) => {
    expect(targetOf(header)).toBe(target);
  });

  it('ignores case, punctuation and spacing', () => {
    for (const header of ['AUTH METHOD', 'auth-method', 'Auth_Method', '  Auth   method?  ', 'auth.method:']) expect(targetOf(header)).toBe('authentication');
    expect(targetOf('Where is the key?')).toBe('credentialLocation');
    expect(targetOf('FROM-SYSTEM')).toBe('source');
  });

  it('knows a synonym for every flow field', () => {
    const synonyms: Record<string, string> = {
      name: 'Flow name', purpose: 'What for', dataTypes: 'Data types', direction: 'Sync direction', frequency: 'Schedule',
      mechanism: 'How', authentication: 'Authentication method', account: 'Service account', credentialLocation: 'Credential storage',
      credentialLocationDetail: 'Where exactly', credentialLastRotated: 'Key last changed', permissions: 'Scopes', mfa: '2FA',
      encryptedInTransit: 'TLS', owner: 'Business owner', lastReviewed: 'Date reviewed', reviewedBy: 'Reviewer', status: 'State',
      discoveredVia: 'Source of info', notes: 'Comments',
    };
    expect(Object.keys(synonyms).sort()).toEqual(FLOW_FIELDS.map((f) => f.key).sort());
    for (const [key, header] of Object.entries(synonyms)) expect(targetOf(header), header).toBe(key);
  });

  it('reads more of the words the issue lists for each field', () => {
    expect(['Description', 'Purpose', 'what for?'].map(targetOf)).toEqual(['purpose', 'purpose', 'purpose']);
    expect(['Frequency', 'Schedule'].map(targetOf)).toEqual(['frequency', 'frequency']);
    expect(['Mechanism', 'Method', 'How'].map(targetOf)).toEqual(['mechanism', 'mechanism', 'mechanism']);
    expect(['Account', 'User', 'Credential', 'Service account'].map(targetOf)).toEqual(['account', 'account', 'account', 'account']);
    expect(['Rotated', 'Key last changed'].map(targetOf)).toEqual(['credentialLastRotated', 'credentialLastRotated']);
    expect(['Permissions', 'Scopes', 'Access'].map(targetOf)).toEqual(['permissions', 'permissions', 'permissions']);
    expect(['MFA', '2FA'].map(targetOf)).toEqual(['mfa', 'mfa']);
    expect(['Encryption', 'TLS', 'HTTPS'].map(targetOf)).toEqual(['encryptedInTransit', 'encryptedInTransit', 'encryptedInTransit']);
    expect(['Status', 'State'].map(targetOf)).toEqual(['status', 'status']);
    expect(['Discovered via', 'Source of info'].map(targetOf)).toEqual(['discoveredVia', 'discoveredVia']);
    expect(['Notes', 'Comments'].map(targetOf)).toEqual(['notes', 'notes']);
    expect(['Name', 'Integration', 'Flow name'].map(targetOf)).toEqual(['name', 'name', 'name']);
  });

  it('sees past hints about how to fill a column in', () => {
    expect(targetOf('MFA (Y/N)')).toBe('mfa');
    expect(targetOf('Last reviewed (dd/mm/yyyy)')).toBe('lastReviewed');
    expect(targetOf('Owner name')).toBe('owner');
    expect(targetOf('Owners')).toBe('owner');
  });

  it("reads our own workbook's Integrations headers as the fields they were written from", () => {
    const workbook = buildRegisterWorkbook(mapBuilder().system('CRM').system('Xero').flow('CRM', 'Xero').build(), [], { today: TODAY });
    const integrations = workbook.sheets.find((s) => s.name === INTEGRATIONS_SHEET)!;
    const mapping = proposeMapping(integrations.columns.map((c) => ({ value: c.header })));
    expect(mapping.map((m) => m.target)).toEqual(['id', 'source', 'destination', ...FLOW_FIELDS.map((f) => f.key), 'ignore']);
  });

  it('keeps a column it does not recognise in the notes, whole headers only', () => {
    expect(targetOf('Source owner')).toBe('keep-in-notes');
    expect(targetOf('Destination vendor')).toBe('keep-in-notes');
    expect(targetOf('Cost centre')).toBe('keep-in-notes');
    expect(targetOf('')).toBe('keep-in-notes');
  });

  it('gives each field to one column only: a second column for it keeps its values in the notes', () => {
    const mapping = proposeMapping(['Owner', 'Source', 'Named owner', 'Destination'].map((value) => ({ value })));
    expect(mapping.map((m) => m.target)).toEqual(['owner', 'source', 'keep-in-notes', 'destination']);
  });

  it('keeps each column\'s index and header as written', () => {
    expect(proposeMapping([{ value: ' Auth ' }, null, { value: 42 }])).toEqual([
      { column: 0, header: 'Auth', target: 'authentication' },
      { column: 1, header: '', target: 'keep-in-notes' },
      { column: 2, header: '42', target: 'keep-in-notes' },
    ]);
  });
});

describe('the choices a column can be given', () => {
  it('offers the id, both ends, every flow field, notes and leaving the column out, each with its label', () => {
    expect(IMPORT_TARGETS.map((c) => c.target)).toEqual(['id', 'source', 'destination', ...FLOW_FIELDS.map((f) => f.key), 'keep-in-notes', 'ignore']);
    expect(IMPORT_TARGETS.every((c) => c.label !== '' && c.help !== '')).toBe(true);
  });

  it('labels a field target as the inspector labels the field', () => {
    expect(labelOfTarget('credentialLocation')).toBe('Credential stored in');
    expect(labelOfTarget('source')).toBe('Source');
    expect(labelOfTarget('ignore')).toBe('Do not import');
  });
});
