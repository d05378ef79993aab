import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks';
import { findingsOf, goodMap, onlyFinding, TODAY } from './fixtures';

describe('no owner', () => {
  it('flags a flow with no owner recorded', () => {
    const finding = onlyFinding(goodMap({ owner: '' }).build(), 'no-owner');
    expect(finding).toMatchObject({ id: 'no-owner:flow-1', elementKind: 'flow', severity: 'medium', raisedBecause: [] });
    expect(finding.detail).toBe('The flow "Gift Aid to Xero" has no owner recorded.');
  });

  it.each(['IT team', 'info@charity.org', 'unknown', 'Finance Department'])('flags a system owned by "%s", which is not a named person', (owner) => {
    const finding = onlyFinding(goodMap({}, { target: { owner } }).build(), 'no-owner');
    expect(finding).toMatchObject({ id: 'no-owner:sys-2', elementKind: 'system', severity: 'medium' });
    expect(finding.detail).toContain(`The system "Xero" has "${owner}" as its owner`);
  });

  it('accepts a named person as owner', () => {
    expect(findingsOf(goodMap({ owner: 'Jo Bloggs' }).build(), 'no-owner')).toEqual([]);
  });

  it('is raised a step when the flow crosses the boundary, and says why', () => {
    const finding = onlyFinding(goodMap({ owner: '' }, { target: { boundary: 'vendor' } }).build(), 'no-owner');
    expect(finding.severity).toBe('elevated');
    expect(finding.raisedBecause).toEqual([`it crosses the organisation's boundary to "Xero" (run by a vendor)`]);
  });

  it('is raised a step when the flow carries personal data, and names the data', () => {
    const finding = onlyFinding(goodMap({ owner: '', dataTypes: ['personal', 'employee-hr'] }).build(), 'no-owner');
    expect(finding.severity).toBe('elevated');
    expect(finding.raisedBecause).toEqual(['it carries personal data and employee / HR data']);
  });
});

describe('no justification', () => {
  it('flags a flow with no purpose', () => {
    const finding = onlyFinding(goodMap({ purpose: '  ' }).build(), 'no-justification');
    expect(finding).toMatchObject({ id: 'no-justification:flow-1', severity: 'medium' });
    expect(finding.detail).toBe('The flow "Gift Aid to Xero" has no purpose recorded.');
  });

  it('flags a placeholder such as "TBC" and quotes it', () => {
    expect(onlyFinding(goodMap({ purpose: 'TBC' }).build(), 'no-justification').detail)
      .toBe('The flow "Gift Aid to Xero" gives "TBC" as its purpose, which is no business reason.');
  });

  it('accepts a real business reason', () => {
    expect(findingsOf(goodMap({ purpose: 'Monthly Gift Aid claim' }).build(), 'no-justification')).toEqual([]);
  });
});

describe('orphaned', () => {
  it('flags a running flow whose owner has left, whatever the case and spacing of the name', () => {
    const doc = goodMap({ owner: 'Alex Morgan' }).settings({ leavers: ['alex   MORGAN'] }).build();
    const finding = onlyFinding(doc, 'orphaned');
    expect(finding).toMatchObject({ id: 'orphaned:flow-1', severity: 'high' });
    expect(finding.detail).toBe('The flow "Gift Aid to Xero" is still running, yet its owner Alex Morgan has left.');
  });

  it('flags a flow that signs in as the account of someone who has left', () => {
    const doc = goodMap({ account: 'jo.bloggs@charity.org' }).settings({ leavers: ['Jo Bloggs'] }).build();
    expect(onlyFinding(doc, 'orphaned').detail).toContain('its account "jo.bloggs@charity.org" belongs to someone who has left');
  });

  it("flags a flow whose end system's owner has left, and the system itself", () => {
    const doc = goodMap({}, { target: { owner: 'Sam Lee' } }).settings({ leavers: ['Sam Lee'] }).build();
    const found = findingsOf(doc, 'orphaned');
    expect(found.map((f) => f.id)).toEqual(['orphaned:flow-1', 'orphaned:sys-2']);
    expect(found[0]!.detail).toContain('the owner of "Xero" (Sam Lee) has left');
    expect(found[1]!.detail).toBe('The system "Xero" is still in use, yet its owner Sam Lee has left.');
  });

  it('flags a flow to a former partner, made critical because it leaves the organisation', () => {
    const finding = onlyFinding(goodMap({}, { target: { boundary: 'former-partner' } }).build(), 'orphaned');
    expect(finding.detail).toContain('"Xero" belongs to a former partner');
    expect(finding.severity).toBe('critical');
    expect(finding.raisedBecause[0]).toContain('run by a former partner');
  });

  it('flags a flow marked suspected orphaned', () => {
    expect(onlyFinding(goodMap({ status: 'suspected-orphaned' }).build(), 'orphaned').detail)
      .toBe('The flow "Gift Aid to Xero" is still running, yet it is marked as suspected orphaned.');
  });

  it('leaves a paused flow alone even when its owner has left', () => {
    const doc = goodMap({ status: 'paused' }).settings({ leavers: ['Alex Morgan'] }).build();
    expect(findingsOf(doc, 'orphaned')).toEqual([]);
  });

  it('does not fire when nobody involved is on the leavers list', () => {
    const doc = goodMap().settings({ leavers: ['Someone Else'] }).build();
    expect(findingsOf(doc, 'orphaned')).toEqual([]);
  });
});

describe('decommissioned end', () => {
  it.each([
    ['unused', '"Xero" is unused'],
    ['being-decommissioned', '"Xero" is being decommissioned'],
    ['decommissioned', '"Xero" is decommissioned'],
  ] as const)('flags a running flow into a system that is %s', (status, words) => {
    const finding = onlyFinding(goodMap({}, { target: { status } }).build(), 'decommissioned-end');
    expect(finding).toMatchObject({ id: 'decommissioned-end:flow-1', severity: 'high' });
    expect(finding.detail).toBe(`The flow "Gift Aid to Xero" is still running, but ${words}.`);
  });

  it('leaves a paused flow to an unused system alone', () => {
    expect(findingsOf(goodMap({ status: 'paused' }, { target: { status: 'unused' } }).build(), 'decommissioned-end')).toEqual([]);
  });

  it('does not fire between two systems in use', () => {
    expect(findingsOf(goodMap().build(), 'decommissioned-end')).toEqual([]);
  });
});

describe('the well-kept map these tests start from', () => {
  it('has no findings at all, so each test sees only the change it makes', () => {
    expect(runChecks(goodMap().build(), TODAY)).toEqual([]);
  });
});
