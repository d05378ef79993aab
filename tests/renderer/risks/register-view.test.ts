import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../../shared/model';
import { createAnalyser } from '../../../renderer/risks/analysis';
import { DEFAULT_QUERY, queryRegister, type RegisterQuery, type RegisterRow } from '../../../renderer/risks/register-view';
import { mapBuilder } from '../../support/map-builder';

const TODAY = '2026-11-22';

// Each test names the findings it expects by check and element; other checks may fire on these
// maps too (the catalogue grows), so tests look only at the rows they are about.

/** Two flows sharing one account, none with an owner: "no-owner" and "shared-credential" fire. */
const base = mapBuilder()
  .system('Donor CRM', { owner: 'Priya Shah' })
  .system('Xero', { owner: 'Sam Jones' })
  .system('Mailchimp', { owner: 'Ali Khan' })
  .flow('Donor CRM', 'Xero', { account: 'svc-sync', owner: '' })
  .flow('Donor CRM', 'Mailchimp', { account: 'svc-sync', owner: '' });

function listed(doc: MapDocument, query: Partial<RegisterQuery> = {}): RegisterRow[] {
  const analysis = createAnalyser()(doc, TODAY);
  return queryRegister(analysis.rows, analysis.history, { ...DEFAULT_QUERY, ...query });
}

const ids = (rows: readonly RegisterRow[]) => rows.map((row) => row.id);

describe('queryRegister', () => {
  it('lists every open finding and custom risk, most severe first', () => {
    const rows = listed(base.risk({ title: 'Only one volunteer understands Zapier', likelihood: 'very-likely', impact: 'severe' }).build());
    expect(ids(rows)).toEqual(expect.arrayContaining(['no-owner:flow-1', 'no-owner:flow-2', 'shared-credential:flow-1', 'risk-1']));
    expect(rows[0]).toMatchObject({ id: 'risk-1', severity: 'critical', elementName: 'Whole organisation' });
    const ranks = rows.map((row) => ['low', 'medium', 'elevated', 'high', 'critical'].indexOf(row.severity!));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('filters by severity', () => {
    const all = listed(base.build());
    const elevated = listed(base.build(), { severity: 'elevated' });
    expect(elevated.length).toBeGreaterThan(0);
    expect(elevated.every((row) => row.severity === 'elevated')).toBe(true);
    expect(elevated.length).toBeLessThan(all.length);
  });

  it('filters by check, and "custom" lists only the assessor\'s own risks', () => {
    const doc = base.risk({ title: 'Backups never tested' }).build();
    expect(ids(listed(doc, { checkId: 'shared-credential' })).sort()).toEqual(['shared-credential:flow-1', 'shared-credential:flow-2']);
    expect(ids(listed(doc, { checkId: 'custom' }))).toEqual(['risk-1']);
  });

  it('hides an accepted finding from the open list but shows it under "All" and under "Accepted"', () => {
    const doc = base.treatment('shared-credential:flow-1', { status: 'accepted', justification: 'Replaced next month' }).build();
    expect(ids(listed(doc))).not.toContain('shared-credential:flow-1');
    expect(ids(listed(doc, { status: 'all' }))).toContain('shared-credential:flow-1');
    expect(ids(listed(doc, { status: 'accepted' }))).toEqual(['shared-credential:flow-1']);
    expect(ids(listed(doc, { status: 'in-progress' }))).toEqual([]);
  });

  it('keeps a finding in progress on the open list', () => {
    const doc = base.treatment('no-owner:flow-1', { status: 'in-progress' }).build();
    expect(listed(doc).find((row) => row.id === 'no-owner:flow-1')).toMatchObject({ status: 'in-progress', open: true });
  });

  it('lists decisions about findings that no longer fire under "No longer applies", naming a deleted element', () => {
    const doc = base
      .treatment('no-owner:flow-1', { status: 'accepted', justification: 'Owner being recruited' })
      .treatment('shared-credential:flow-9', { status: 'mitigated', justification: 'Own key now' })
      .build();
    const fixed = { ...doc, flows: { ...doc.flows, 'flow-1': { ...doc.flows['flow-1' as never]!, owner: 'Priya Shah' } } } as MapDocument;
    const history = listed(fixed, { status: 'no-longer-applies' });
    expect(history).toEqual([
      expect.objectContaining({ id: 'shared-credential:flow-9', title: 'Credential shared between integrations', elementName: '(deleted)', applies: false, severity: null }),
      expect.objectContaining({ id: 'no-owner:flow-1', title: 'No named owner', elementName: 'Donor CRM to Xero', status: 'accepted', elementId: 'flow-1' }),
    ].sort((a, b) => (a.title < b.title ? -1 : 1)));
    expect(ids(listed(fixed, { status: 'all' }))).not.toContain('no-owner:flow-1');
  });

  it('leaves out a treatment that never recorded a decision', () => {
    const doc = base.treatment('no-owner:sys-9', { status: 'unchecked' }).build();
    expect(listed(doc, { status: 'no-longer-applies' })).toEqual([]);
  });

  it('sorts by element name, keeping the most severe first within one element', () => {
    const doc = mapBuilder()
      .system('zeta', { owner: '' }).system('Alpha', { owner: '' }).system('beta', { owner: 'IT team' })
      .flow('zeta', 'Alpha', { account: 'svc', owner: 'Jo Bloggs', name: 'Mango sync' })
      .flow('Alpha', 'beta', { account: 'svc', owner: 'Jo Bloggs', name: 'apple export' })
      .build();
    const rows = listed(doc, { sort: 'element', checkId: 'all' });
    const names = rows.map((row) => row.elementName);
    expect([...new Set(names)]).toEqual(['Alpha', 'apple export', 'beta', 'Mango sync', 'zeta']);
    const alpha = rows.filter((row) => row.elementName === 'Alpha').map((row) => ['low', 'medium', 'elevated', 'high', 'critical'].indexOf(row.severity!));
    expect(alpha).toEqual([...alpha].sort((a, b) => b - a));
  });

  it('sorts by check title', () => {
    const rows = listed(base.build(), { sort: 'check' });
    const titles = rows.map((row) => row.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  });

  it('names a flow without a name by its two ends', () => {
    const doc = mapBuilder().system('CRM').system('Xero').flow('CRM', 'Xero', { name: '', owner: '' }).build();
    expect(listed(doc).find((row) => row.id === 'no-owner:flow-1')?.elementName).toBe('CRM → Xero');
  });
});
