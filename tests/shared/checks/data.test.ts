import { describe, expect, it } from 'vitest';
import { findingsOf, goodMap, onlyFinding } from './fixtures';

const toVendor = { target: { boundary: 'vendor' } } as const;

describe('sensitive data leaves', () => {
  it('flags personal data sent to a vendor, without raising it again for the exposure it rates', () => {
    const finding = onlyFinding(goodMap({ dataTypes: ['personal', 'donor-records'] }, toVendor).build(), 'sensitive-data-leaves');
    expect(finding).toMatchObject({ id: 'sensitive-data-leaves:flow-1', severity: 'elevated', raisedBecause: [] });
    expect(finding.detail).toBe('The flow "Gift Aid to Xero" sends personal data and donor records to "Xero" (run by a vendor).');
  });

  it.each(['special-category', 'payment-card'] as const)('is high for %s data', (type) => {
    expect(onlyFinding(goodMap({ dataTypes: ['personal', type] }, toVendor).build(), 'sensitive-data-leaves').severity).toBe('high');
  });

  it('flags a two-way flow with a partner at its source: data goes back out', () => {
    const doc = goodMap({ dataTypes: ['financial'], direction: 'two-way' }, { source: { boundary: 'partner' } }).build();
    expect(onlyFinding(doc, 'sensitive-data-leaves').detail).toContain('to "Raiser\'s Edge" (run by a partner organisation)');
  });

  it('leaves alone a one-way flow that brings data in from a vendor', () => {
    expect(findingsOf(goodMap({ dataTypes: ['personal'] }, { source: { boundary: 'vendor' } }).build(), 'sensitive-data-leaves')).toEqual([]);
  });

  it('leaves alone personal data that stays inside the organisation, and public data sent out', () => {
    expect(findingsOf(goodMap({ dataTypes: ['personal'] }).build(), 'sensitive-data-leaves')).toEqual([]);
    expect(findingsOf(goodMap({ dataTypes: ['public'] }, toVendor).build(), 'sensitive-data-leaves')).toEqual([]);
  });
});

describe('two-way across the boundary', () => {
  it('flags a two-way sync with a partner system', () => {
    const finding = onlyFinding(goodMap({ direction: 'two-way' }, { target: { boundary: 'partner' } }).build(), 'two-way-across-boundary');
    expect(finding).toMatchObject({ id: 'two-way-across-boundary:flow-1', severity: 'elevated', raisedBecause: [] });
    expect(finding.detail).toBe('The flow "Gift Aid to Xero" syncs both ways between "Raiser\'s Edge" and "Xero" (run by a partner organisation).');
  });

  it('leaves alone a one-way flow to a partner and a two-way flow inside', () => {
    expect(findingsOf(goodMap({}, { target: { boundary: 'partner' } }).build(), 'two-way-across-boundary')).toEqual([]);
    expect(findingsOf(goodMap({ direction: 'two-way' }).build(), 'two-way-across-boundary')).toEqual([]);
  });
});

describe('unencrypted sensitive data', () => {
  it('flags personal data sent unencrypted inside the organisation as elevated', () => {
    const finding = onlyFinding(goodMap({ encryptedInTransit: 'no', dataTypes: ['personal'] }).build(), 'unencrypted-sensitive');
    expect(finding).toMatchObject({ id: 'unencrypted-sensitive:flow-1', severity: 'elevated', raisedBecause: [] });
    expect(finding.detail).toBe('The flow "Gift Aid to Xero" carries personal data without encryption in transit.');
  });

  it('is high across the boundary, and says where to', () => {
    const finding = onlyFinding(goodMap({ encryptedInTransit: 'no', dataTypes: ['personal'] }, toVendor).build(), 'unencrypted-sensitive');
    expect(finding.severity).toBe('high');
    expect(finding.detail).toContain('across the organisation\'s boundary to "Xero" (run by a vendor)');
  });

  it('flags credentials sent unencrypted', () => {
    expect(onlyFinding(goodMap({ encryptedInTransit: 'no', dataTypes: ['credentials'] }).build(), 'unencrypted-sensitive').detail)
      .toContain('carries credentials without encryption');
  });

  it('leaves alone unencrypted public data, and encrypted personal data', () => {
    expect(findingsOf(goodMap({ encryptedInTransit: 'no', dataTypes: ['public'] }).build(), 'unencrypted-sensitive')).toEqual([]);
    expect(findingsOf(goodMap({ encryptedInTransit: 'yes', dataTypes: ['personal'] }, toVendor).build(), 'unencrypted-sensitive')).toEqual([]);
  });
});
