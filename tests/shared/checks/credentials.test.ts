import { describe, expect, it } from 'vitest';
import { findingsOf, GOOD_FLOW, GOOD_SYSTEM, goodMap, onlyFinding } from './fixtures';

describe('plaintext credentials', () => {
  it('flags a credential kept in a spreadsheet, quoting exactly where', () => {
    const doc = goodMap({ credentialLocation: 'spreadsheet-document', credentialLocationDetail: 'Shared spreadsheet on SharePoint' }).build();
    const finding = onlyFinding(doc, 'plaintext-credentials');
    expect(finding).toMatchObject({ id: 'plaintext-credentials:flow-1', severity: 'high' });
    expect(finding.detail).toBe('The flow "Gift Aid to Xero" keeps its credential in a spreadsheet or document ("Shared spreadsheet on SharePoint").');
  });

  it.each([
    ['email-chat', 'in an email or chat message'],
    ['in-code', 'written into code or a script'],
    ['config-file', 'in a config file'],
    ['written-down', 'written down on paper'],
  ] as const)('flags a credential kept %s', (credentialLocation, words) => {
    expect(onlyFinding(goodMap({ credentialLocation }).build(), 'plaintext-credentials').detail)
      .toBe(`The flow "Gift Aid to Xero" keeps its credential ${words}.`);
  });

  it.each(['secrets-vault', 'password-manager', 'integration-platform', 'environment-variable'] as const)('accepts a credential kept in %s', (credentialLocation) => {
    expect(findingsOf(goodMap({ credentialLocation }).build(), 'plaintext-credentials')).toEqual([]);
  });

  it('is critical when the flow also carries personal data out to a vendor', () => {
    const doc = goodMap({ credentialLocation: 'written-down', dataTypes: ['personal'] }, { target: { boundary: 'vendor' } }).build();
    expect(onlyFinding(doc, 'plaintext-credentials').severity).toBe('critical');
  });

  it('skips a flow with no authentication: there is no credential to keep', () => {
    expect(findingsOf(goodMap({ credentialLocation: 'config-file', authentication: 'none' }).build(), 'plaintext-credentials')).toEqual([]);
  });
});

describe('credential location unknown', () => {
  it('flags a flow whose credential nobody can find, naming the kind of secret', () => {
    const finding = onlyFinding(goodMap({ credentialLocation: 'unknown' }).build(), 'credential-location-unknown');
    expect(finding).toMatchObject({ id: 'credential-location-unknown:flow-1', severity: 'medium' });
    expect(finding.detail).toBe('The flow "Gift Aid to Xero" signs in with an API key, but nobody knows where it is kept.');
  });

  it('skips a flow with no authentication', () => {
    expect(findingsOf(goodMap({ credentialLocation: 'unknown', authentication: 'none' }).build(), 'credential-location-unknown')).toEqual([]);
  });

  it('does not fire when the location is known', () => {
    expect(findingsOf(goodMap({ credentialLocation: 'password-manager' }).build(), 'credential-location-unknown')).toEqual([]);
  });
});

// Today is 2026-11-22: with the default 365-day interval a change before 2025-11-22 is stale.
describe('stale credential', () => {
  it('flags an API key not changed within the rotation interval, saying when it was', () => {
    const finding = onlyFinding(goodMap({ credentialLastRotated: '2025-03-01' }).build(), 'stale-credential');
    expect(finding).toMatchObject({ id: 'stale-credential:flow-1', severity: 'medium' });
    expect(finding.detail).toBe('The flow "Gift Aid to Xero" signs in with an API key last changed on 2025-03-01, 20 months ago; the rotation interval is 365 days.');
  });

  it('does not fire on a change exactly one interval ago, and fires the day before', () => {
    expect(findingsOf(goodMap({ credentialLastRotated: '2025-11-22' }).build(), 'stale-credential')).toEqual([]);
    expect(findingsOf(goodMap({ credentialLastRotated: '2025-11-21' }).build(), 'stale-credential')).toHaveLength(1);
  });

  it('flags a rotation date nobody knows, and one never recorded', () => {
    expect(onlyFinding(goodMap({ credentialLastRotated: 'unknown' }).build(), 'stale-credential').detail)
      .toBe('The flow "Gift Aid to Xero" signs in with an API key, and nobody knows when it was last changed.');
    expect(onlyFinding(goodMap({ credentialLastRotated: '', authentication: 'service-account-password' }).build(), 'stale-credential').detail)
      .toBe('The flow "Gift Aid to Xero" signs in with a service account\'s password, and no date is recorded for when it was last changed.');
  });

  it('follows the rotation interval in the settings, e.g. 90 days for API keys', () => {
    const doc = goodMap({ credentialLastRotated: '2026-07-01' }).settings({ rotationIntervalDays: 90 }).build();
    expect(onlyFinding(doc, 'stale-credential').detail).toContain('the rotation interval is 90 days');
  });

  it.each(['none', 'oauth-delegated', 'unknown'] as const)('skips a flow signing in with %s, which has no secret of its own to change', (authentication) => {
    expect(findingsOf(goodMap({ authentication, credentialLastRotated: '' }).build(), 'stale-credential')).toEqual([]);
  });

  it('does not fire for a recently changed key', () => {
    expect(findingsOf(goodMap({ credentialLastRotated: '2026-10-01' }).build(), 'stale-credential')).toEqual([]);
  });
});

describe('shared credential', () => {
  const twoFlows = (second: { account: string; status?: 'active' | 'paused' }) => goodMap({ account: 'SVC-Sync' })
    .system('Mailchimp', { ...GOOD_SYSTEM, kind: 'email-collaboration' })
    .flow("Raiser's Edge", 'Mailchimp', { ...GOOD_FLOW, name: 'Supporters to Mailchimp', ...second })
    .build();

  it('flags every running flow that signs in with the same account, naming the other', () => {
    const found = findingsOf(twoFlows({ account: 'svc_sync' }), 'shared-credential');
    expect(found.map((f) => [f.id, f.severity])).toEqual([['shared-credential:flow-1', 'elevated'], ['shared-credential:flow-2', 'elevated']]);
    expect(found[0]!.detail).toBe('The flow "Gift Aid to Xero" signs in as "SVC-Sync", which "Supporters to Mailchimp" also uses.');
  });

  it('does not count a paused flow', () => {
    expect(findingsOf(twoFlows({ account: 'svc-sync', status: 'paused' }), 'shared-credential')).toEqual([]);
  });

  it('does not fire for different accounts', () => {
    expect(findingsOf(twoFlows({ account: 'svc-mailchimp' }), 'shared-credential')).toEqual([]);
  });
});

describe('personal account', () => {
  it("flags a flow that runs as a named person's account", () => {
    const finding = onlyFinding(goodMap({ authentication: 'personal-account', account: 'jo.bloggs@charity.org', mfa: 'yes' }).build(), 'personal-account');
    expect(finding).toMatchObject({ id: 'personal-account:flow-1', severity: 'elevated' });
    expect(finding.detail).toBe('The flow "Gift Aid to Xero" runs as a named person\'s account ("jo.bloggs@charity.org").');
  });

  it('does not fire for a service account', () => {
    expect(findingsOf(goodMap({ authentication: 'service-account-password', mfa: 'yes' }).build(), 'personal-account')).toEqual([]);
  });
});
