import { describe, expect, it } from 'vitest';
import { findingsOf, goodMap, onlyFinding } from './fixtures';

describe('incomplete record', () => {
  it('raises one finding per flow listing everything it does not yet say', () => {
    const doc = goodMap({ dataTypes: [], direction: 'unknown', frequency: '', authentication: 'unknown', credentialLocation: '' }).build();
    const finding = onlyFinding(doc, 'incomplete-record');
    expect(finding).toMatchObject({ id: 'incomplete-record:flow-1', severity: 'low', raisedBecause: [] });
    expect(finding.detail).toBe('The record of the flow "Gift Aid to Xero" does not yet say what data it carries, which way data moves, how often it runs, how it signs in and where its credential is kept.');
  });

  it('treats a data type of "unknown" as missing data', () => {
    expect(onlyFinding(goodMap({ dataTypes: ['personal', 'unknown'] }).build(), 'incomplete-record').detail)
      .toBe('The record of the flow "Gift Aid to Xero" does not yet say everything it carries.');
  });

  it('does not ask where the credential is kept when the flow has no authentication', () => {
    const doc = goodMap({ authentication: 'none', credentialLocation: '', dataTypes: ['public'] }).build();
    expect(findingsOf(doc, 'incomplete-record')).toEqual([]);
  });

  it('flags a system whose boundary is not recorded, since the other checks depend on it', () => {
    const finding = onlyFinding(goodMap({}, { target: { boundary: '' } }).build(), 'incomplete-record');
    expect(finding).toMatchObject({ id: 'incomplete-record:sys-2', elementKind: 'system', severity: 'low' });
    expect(finding.detail).toBe('The record of the system "Xero" does not yet say whose side of the organisation\'s boundary it sits on.');
  });

  it('stays low for a flow to a vendor carrying personal data', () => {
    const doc = goodMap({ direction: '', dataTypes: ['personal'] }, { target: { boundary: 'vendor' } }).build();
    expect(onlyFinding(doc, 'incomplete-record').severity).toBe('low');
  });

  it('does not fire for a complete record', () => {
    expect(findingsOf(goodMap().build(), 'incomplete-record')).toEqual([]);
  });
});
