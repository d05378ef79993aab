import { describe, expect, it } from 'vitest';
import { createSystem, asSystemId } from '../../../shared/model';
import { authoritativeClaims } from '../../../shared/checks/rules/system-of-record';
import { findingsOf, GOOD_SYSTEM, goodMap, onlyFinding } from './fixtures';

describe('two-way into a system of record', () => {
  it('flags a two-way sync writing into the finance system of record', () => {
    const doc = goodMap({ direction: 'two-way' }, { target: { authoritativeFor: 'Gift Aid claims' } }).build();
    const finding = onlyFinding(doc, 'two-way-into-system-of-record');
    expect(finding).toMatchObject({ id: 'two-way-into-system-of-record:flow-1', severity: 'elevated' });
    expect(finding.detail).toBe('The flow "Gift Aid to Xero" syncs both ways and writes into "Xero", the system of record for "Gift Aid claims".');
  });

  it('leaves alone a one-way flow out of it, and a system that is the source of nothing', () => {
    expect(findingsOf(goodMap({}, { target: { authoritativeFor: 'Gift Aid claims' } }).build(), 'two-way-into-system-of-record')).toEqual([]);
    expect(findingsOf(goodMap({ direction: 'two-way' }, { target: { authoritativeFor: ' ' } }).build(), 'two-way-into-system-of-record')).toEqual([]);
  });

  it('leaves alone a kind of system that is not a CRM, finance, HR or payments system', () => {
    const doc = goodMap({ direction: 'two-way' }, { target: { kind: 'file-storage', authoritativeFor: 'board papers' } }).build();
    expect(findingsOf(doc, 'two-way-into-system-of-record')).toEqual([]);
  });
});

describe('conflicting system of record', () => {
  const withBeacon = (authoritativeFor: string, status: 'active' | 'decommissioned' = 'active') => goodMap({}, { source: { authoritativeFor: 'Donor records; Gift Aid declarations' } })
    .system('Beacon', { ...GOOD_SYSTEM, authoritativeFor, status })
    .build();

  it('flags both systems that claim the same data, ignoring case, spacing and how the list is written', () => {
    const found = findingsOf(withBeacon('volunteers and donor  RECORDS'), 'conflicting-system-of-record');
    expect(found.map((f) => [f.id, f.severity])).toEqual([
      ['conflicting-system-of-record:sys-1', 'medium'],
      ['conflicting-system-of-record:sys-3', 'medium'],
    ]);
    expect(found[0]!.detail).toBe('The system "Raiser\'s Edge" is recorded as the authoritative source for "Donor records" (as is "Beacon").');
    expect(found[1]!.detail).toBe('The system "Beacon" is recorded as the authoritative source for "donor  RECORDS" (as is "Raiser\'s Edge").');
  });

  it('counts the others when more than two systems claim the same data', () => {
    const doc = goodMap({}, { source: { authoritativeFor: 'donor records' }, target: { authoritativeFor: 'Donor records' } })
      .system('Beacon', { ...GOOD_SYSTEM, authoritativeFor: 'donor records' })
      .build();
    expect(findingsOf(doc, 'conflicting-system-of-record')[0]!.detail).toContain('(as are "Xero" and 1 other system)');
  });

  it('leaves alone systems that are the source of different data, and a decommissioned one', () => {
    expect(findingsOf(withBeacon('volunteers'), 'conflicting-system-of-record')).toEqual([]);
    expect(findingsOf(withBeacon('donor records', 'decommissioned'), 'conflicting-system-of-record')).toEqual([]);
  });

  it('reads separate claims from commas, semicolons, "and" and "&", ignoring placeholders', () => {
    const system = createSystem({ id: asSystemId('s'), position: { x: 0, y: 0 }, authoritativeFor: 'The donor records, HR & payroll; unknown and Gift  Aid' });
    expect(authoritativeClaims(system).map((claim) => claim.key)).toEqual(['donor records', 'hr', 'payroll', 'gift aid']);
  });
});
