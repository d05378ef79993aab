import { describe, expect, it } from 'vitest';
import { FLOW_FIELDS, type FieldSpec } from '../../../shared/model';
import { ALL_VOCABULARIES } from '../../../shared/vocabulary';
import { readFieldCell } from '../../../shared/import/field-values';
import { CHOICES_SEPARATOR } from '../../../shared/workbook';

const field = (key: string): FieldSpec => FLOW_FIELDS.find((f) => f.key === key)!;
/** What one cell of `key`'s column gives the field. */
const read = (key: string, value: string | number | boolean) => readFieldCell(field(key), { value });
const valueOf = (key: string, value: string | number | boolean) => read(key, value).value;

describe('matching what people write to the choices', () => {
  it('reads OAuth written any way, choosing delegated for a bare "OAuth" and saying so', () => {
    for (const written of ['OAuth', 'OAuth2', 'oauth 2.0', 'OAUTH-2']) {
      const reading = read('authentication', written);
      expect(reading.value, written).toBe('oauth-delegated');
      expect(reading.problems).toEqual([{ severity: 'warning', message: expect.stringContaining('read as "OAuth (delegated user)"') }]);
      expect(reading.problems[0]!.message).toContain('OAuth app / client credentials');
    }
  });

  it('reads OAuth with an app registration as client credentials, without a warning', () => {
    expect(read('authentication', 'OAuth2 via Azure app')).toEqual({ value: 'oauth-client-credentials', wording: 'OAuth2 via Azure app', problems: [] });
    expect(valueOf('authentication', 'App registration with client secret')).toBe('oauth-client-credentials');
    expect(valueOf('authentication', 'OAuth, delegated')).toBe('oauth-delegated');
  });

  it('reads the other ways of signing in', () => {
    expect(read('authentication', 'API Key')).toEqual({ value: 'api-key', wording: '', problems: [] });
    expect(valueOf('authentication', 'api-key')).toBe('api-key');
    expect(valueOf('authentication', 'Basic auth')).toBe('service-account-password');
    expect(valueOf('authentication', "Priya's personal account")).toBe('personal-account');
    expect(valueOf('authentication', 'Shared login')).toBe('shared-login');
    expect(valueOf('authentication', 'Client certificate')).toBe('certificate');
    expect(valueOf('authentication', 'None')).toBe('none');
  });

  it('finds where a credential is kept inside a longer description, keeping the description', () => {
    expect(read('credentialLocation', 'Shared spreadsheet on SharePoint')).toEqual({ value: 'spreadsheet-document', wording: 'Shared spreadsheet on SharePoint', problems: [] });
    expect(read('credentialLocation', 'Azure Key Vault')).toEqual({ value: 'secrets-vault', wording: 'Azure Key Vault', problems: [] });
    expect(valueOf('credentialLocation', 'Bitwarden')).toBe('password-manager');
    expect(valueOf('credentialLocation', 'Hard-coded in the PowerShell script')).toBe('in-code');
    expect(valueOf('credentialLocation', 'Post-it on the monitor')).toBe('written-down');
  });

  it('reads yes and no however they are written', () => {
    for (const yes of ['yes', 'Y', 'true', 'TRUE', 'Yes.']) expect(valueOf('mfa', yes), yes).toBe('yes');
    expect(valueOf('mfa', true)).toBe('yes');
    expect(valueOf('mfa', false)).toBe('no');
    expect(valueOf('mfa', 'N')).toBe('no');
    expect(valueOf('mfa', 'n/a')).toBe('not-applicable');
    expect(valueOf('encryptedInTransit', 'HTTPS')).toBe('yes');
    expect(valueOf('encryptedInTransit', 'plain FTP')).toBe('no');
    expect(valueOf('encryptedInTransit', 'Not encrypted')).toBe('no');
  });

  it('reads how often, how and which way', () => {
    expect(read('frequency', 'weekly')).toEqual({ value: 'weekly', wording: '', problems: [] });
    expect(read('frequency', 'every week')).toEqual({ value: 'weekly', wording: '', problems: [] });
    expect(read('frequency', 'Every Monday morning')).toMatchObject({ value: 'weekly', wording: 'Every Monday morning' });
    expect(valueOf('frequency', 'Nightly')).toBe('daily');
    expect(valueOf('frequency', 'every 15 minutes')).toBe('hourly');
    expect(valueOf('frequency', 'Real time')).toBe('real-time');
    expect(valueOf('frequency', 'When needed')).toBe('ad-hoc');
    expect(read('mechanism', 'Zapier')).toEqual({ value: 'ipaas-flow', wording: 'Zapier', problems: [] });
    expect(valueOf('mechanism', 'Power Automate')).toBe('ipaas-flow');
    expect(valueOf('mechanism', 'SFTP upload')).toBe('file-transfer');
    expect(valueOf('direction', 'Bi-directional')).toBe('two-way');
    expect(valueOf('direction', 'One way')).toBe('one-way');
  });

  it('reads permissions and status', () => {
    for (const readOnly of ['Read only', 'read-only', 'READONLY', 'Read']) expect(valueOf('permissions', readOnly), readOnly).toBe('read-only');
    expect(valueOf('permissions', 'Global admin')).toBe('admin');
    expect(valueOf('permissions', 'Read/write')).toBe('read-write');
    expect(valueOf('status', 'Live')).toBe('active');
    expect(valueOf('status', 'Retired')).toBe('decommissioned');
    expect(valueOf('status', 'Not running')).toBe('paused');
  });

  it('reads the ways people say nobody knows as unknown', () => {
    for (const unknown of ['Unknown', 'not sure', "Don't know", '?', 'TBC']) expect(valueOf('authentication', unknown), unknown).toBe('unknown');
  });

  it('says which value it chose when the wording names two', () => {
    const reading = read('mechanism', 'Python script uploads a CSV');
    expect(reading.value).toBe('custom-script');
    expect(reading.problems[0]!.message).toContain('also mentions "File transfer"');
  });

  it('keeps wording that matches nothing, leaves the field blank and flags it', () => {
    const reading = read('mechanism', 'Carrier pigeon');
    expect(reading.value).toBe('');
    expect(reading.wording).toBe('Carrier pigeon');
    expect(reading.problems).toEqual([{ severity: 'warning', message: expect.stringContaining('"Carrier pigeon" matches none of the Mechanism choices') }]);
  });

  it('treats a cell of only dashes as blank, silently', () => {
    expect(read('mechanism', ' - ')).toEqual({ value: '', wording: '', problems: [] });
  });
});

describe('cells holding several choices', () => {
  it('splits on semicolons, commas, slashes, new lines and "and", matching each part', () => {
    expect(valueOf('dataTypes', 'Personal data; Payment card data')).toEqual(['personal', 'payment-card']);
    expect(valueOf('dataTypes', 'Names, emails and bank details')).toEqual(['personal', 'financial']);
    expect(valueOf('dataTypes', 'health / donations')).toEqual(['special-category', 'donor-records']);
    expect(valueOf('dataTypes', 'Personal\nHR')).toEqual(['personal', 'employee-hr']);
    expect(valueOf('discoveredVia', 'Entra app registrations, interview')).toEqual(['entra-app-registrations', 'interview']);
  });

  it('keeps a label with a slash in it whole', () => {
    expect(read('dataTypes', 'Financial / bank details')).toEqual({ value: ['financial'], wording: '', problems: [] });
  });

  it('reads the parts it can, and keeps and flags the ones it cannot', () => {
    const reading = read('dataTypes', 'Donations; widgets');
    expect(reading.value).toEqual(['donor-records']);
    expect(reading.wording).toBe('Donations; widgets');
    expect(reading.problems).toEqual([{ severity: 'warning', message: expect.stringContaining('"widgets" matches none of the Data transferred choices') }]);
  });
});

describe("reading back our own workbook's choice cells", () => {
  it('reads every label of every vocabulary as exactly its value, with nothing to keep or warn about', () => {
    for (const vocabulary of ALL_VOCABULARIES) {
      const choice: FieldSpec = { kind: 'choice', key: 'x', label: vocabulary.title, help: '', vocabulary };
      for (const term of vocabulary.terms) {
        expect(readFieldCell(choice, { value: term.label }), `${vocabulary.id}: ${term.label}`).toEqual({ value: term.value, wording: '', problems: [] });
      }
    }
  });

  it('reads every label list joined as the workbook joins it, in the vocabulary\'s order', () => {
    for (const vocabulary of ALL_VOCABULARIES) {
      const choices: FieldSpec = { kind: 'choices', key: 'x', label: vocabulary.title, help: '', vocabulary };
      const labels = vocabulary.terms.map((t) => t.label).join(CHOICES_SEPARATOR);
      expect(readFieldCell(choices, { value: labels }), vocabulary.id).toEqual({ value: vocabulary.terms.map((t) => t.value), wording: '', problems: [] });
    }
  });
});
