import { describe, expect, it } from 'vitest';
import { findingsOf, goodMap, onlyFinding } from './fixtures';

describe('no authentication', () => {
  it('flags a flow with no authentication that carries data that is not public', () => {
    const finding = onlyFinding(goodMap({ authentication: 'none' }).build(), 'no-authentication');
    expect(finding).toMatchObject({ id: 'no-authentication:flow-1', severity: 'high' });
    expect(finding.detail).toBe('The flow "Gift Aid to Xero" has no authentication, although it carries internal confidential information.');
  });

  it('flags one that can change data or syncs both ways, even with public data only', () => {
    const doc = goodMap({ authentication: 'none', dataTypes: ['public'], permissions: 'read-write', direction: 'two-way' }).build();
    expect(onlyFinding(doc, 'no-authentication').detail).toBe('The flow "Gift Aid to Xero" has no authentication, although it can change data and it syncs both ways.');
  });

  it('flags one whose data nobody knows', () => {
    expect(onlyFinding(goodMap({ authentication: 'none', dataTypes: ['unknown'] }).build(), 'no-authentication').detail)
      .toContain('nobody knows what data it carries');
  });

  it('leaves a one-way, read-only flow of public data alone', () => {
    expect(findingsOf(goodMap({ authentication: 'none', dataTypes: ['public'] }).build(), 'no-authentication')).toEqual([]);
  });

  it('does not fire when the flow signs in', () => {
    expect(findingsOf(goodMap({ authentication: 'api-key' }).build(), 'no-authentication')).toEqual([]);
  });
});

describe('weak authentication', () => {
  it('flags a shared login', () => {
    const finding = onlyFinding(goodMap({ authentication: 'shared-login', account: 'office@charity', mfa: 'yes' }).build(), 'weak-authentication');
    expect(finding).toMatchObject({ id: 'weak-authentication:flow-1', severity: 'elevated' });
    expect(finding.detail).toBe('The flow "Gift Aid to Xero" signs in with a shared login ("office@charity").');
  });

  it('does not fire for an account of its own', () => {
    expect(findingsOf(goodMap({ authentication: 'service-account-password', mfa: 'yes' }).build(), 'weak-authentication')).toEqual([]);
  });
});

describe('over-privileged', () => {
  it('flags admin or tenant-wide access', () => {
    const finding = onlyFinding(goodMap({ permissions: 'admin' }).build(), 'over-privileged');
    expect(finding).toMatchObject({ id: 'over-privileged:flow-1', severity: 'elevated', impact: 'major' });
    expect(finding.detail).toBe('The flow "Gift Aid to Xero" has admin or tenant-wide access to "Xero".');
  });

  it('gently questions read-write access on a one-way flow', () => {
    const finding = onlyFinding(goodMap({ permissions: 'read-write' }).build(), 'over-privileged');
    expect(finding).toMatchObject({ severity: 'elevated', impact: 'moderate' });
    expect(finding.detail).toContain('only moves data one way, from "Raiser\'s Edge" to "Xero"');
    expect(finding.detail).toContain('usually needs only to read one side and write the other');
  });

  it('accepts read-write access on a two-way flow, and read-only access', () => {
    expect(findingsOf(goodMap({ permissions: 'read-write', direction: 'two-way' }).build(), 'over-privileged')).toEqual([]);
    expect(findingsOf(goodMap({ permissions: 'read-only' }).build(), 'over-privileged')).toEqual([]);
  });
});

describe('no MFA on a privileged account', () => {
  const privileged = { authentication: 'service-account-password', permissions: 'read-write', direction: 'two-way' } as const;

  it('flags an account that can change data and has no MFA', () => {
    const finding = onlyFinding(goodMap({ ...privileged, mfa: 'no' }).build(), 'no-mfa-privileged');
    expect(finding).toMatchObject({ id: 'no-mfa-privileged:flow-1', severity: 'high' });
    expect(finding.detail).toBe('The flow "Gift Aid to Xero" can change data in "Xero" through an account without multi-factor authentication.');
  });

  it('flags an unknown MFA state as less likely, so one step lower', () => {
    const finding = onlyFinding(goodMap({ ...privileged, mfa: 'unknown' }).build(), 'no-mfa-privileged');
    expect(finding).toMatchObject({ likelihood: 'possible', severity: 'elevated' });
    expect(finding.detail).toContain('nobody knows whether multi-factor authentication protects its account');
  });

  it('names admin access as such', () => {
    expect(onlyFinding(goodMap({ ...privileged, permissions: 'admin', mfa: 'no' }).build(), 'no-mfa-privileged').detail)
      .toContain('has admin access through an account without multi-factor authentication');
  });

  it('skips MFA marked not applicable, and ways of signing in that have no account', () => {
    expect(findingsOf(goodMap({ ...privileged, mfa: 'not-applicable' }).build(), 'no-mfa-privileged')).toEqual([]);
    expect(findingsOf(goodMap({ ...privileged, authentication: 'api-key', mfa: 'no' }).build(), 'no-mfa-privileged')).toEqual([]);
  });

  it('skips a read-only account and one with MFA on', () => {
    expect(findingsOf(goodMap({ ...privileged, permissions: 'read-only', mfa: 'no' }).build(), 'no-mfa-privileged')).toEqual([]);
    expect(findingsOf(goodMap({ ...privileged, mfa: 'yes' }).build(), 'no-mfa-privileged')).toEqual([]);
  });
});
