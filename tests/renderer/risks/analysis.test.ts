import { describe, expect, it } from 'vitest';
import { asFlowId, asSystemId, type MapDocument } from '../../../shared/model';
import { createAnalyser } from '../../../renderer/risks/analysis';
import { mapBuilder } from '../../support/map-builder';

const TODAY = '2026-11-22';

/** Two flows sharing one account: each has "shared-credential" (elevated) and "no-owner" (medium). */
const doc = mapBuilder()
  .system('Donor CRM', { owner: 'Priya Shah' })
  .system('Xero', { owner: 'Sam Jones' })
  .system('Mailchimp', { owner: '' })
  .flow('Donor CRM', 'Xero', { account: 'svc-sync', owner: '' })
  .flow('Donor CRM', 'Mailchimp', { account: 'svc-sync', owner: '' })
  .build();

const flow1 = asFlowId('flow-1');
const mailchimp = asSystemId('sys-3');

function withTreatment(base: MapDocument, findingId: string, status: 'accepted' | 'in-progress'): MapDocument {
  const treatment = { findingId, status, justification: '', checkedBy: '', checkedOn: '', nextReview: '' } as const;
  return { ...base, treatments: { ...base.treatments, [findingId]: treatment } } as MapDocument;
}

describe('createAnalyser', () => {
  it("gives each element with open findings a badge of its worst severity and how many are open", () => {
    const analysis = createAnalyser()(doc, TODAY);
    const flowFindings = analysis.findingsOf(flow1);
    expect(flowFindings.map((f) => f.checkId)).toEqual(expect.arrayContaining(['shared-credential', 'no-owner']));
    expect(analysis.badges.get(flow1)).toEqual({ severity: flowFindings[0]!.severity, openCount: flowFindings.length });
    expect(analysis.badges.get(mailchimp)?.openCount).toBe(analysis.findingsOf(mailchimp).length);
  });

  it('lists an element\'s findings most severe first', () => {
    const ranks = createAnalyser()(doc, TODAY).findingsOf(flow1).map((f) => ['low', 'medium', 'elevated', 'high', 'critical'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('drops an accepted finding from the badge and the open count, and removes the badge when none is left open', () => {
    const analyse = createAnalyser();
    const before = analyse(doc, TODAY);
    const accepted = analyse(withTreatment(doc, 'shared-credential:flow-1', 'accepted'), TODAY);
    expect(accepted.openCount).toBe(before.openCount - 1);
    expect(accepted.badges.get(flow1)?.openCount).toBe(before.badges.get(flow1)!.openCount - 1);

    let all = doc;
    for (const finding of before.findingsOf(mailchimp)) all = withTreatment(all, finding.id, 'accepted');
    expect(analyse(all, TODAY).badges.has(mailchimp)).toBe(false);
  });

  it('counts a finding in progress as still open', () => {
    const analyse = createAnalyser();
    expect(analyse(withTreatment(doc, 'no-owner:flow-1', 'in-progress'), TODAY).openCount).toBe(analyse(doc, TODAY).openCount);
  });

  it('counts open custom risks in the open total but gives them no badge', () => {
    const withRisk = mapBuilder().system('CRM', { owner: 'Jo Bloggs' }).risk({ title: 'Backups never tested', relatedIds: [asSystemId('sys-1')] }).build();
    const analysis = createAnalyser()(withRisk, TODAY);
    expect(analysis.openCount).toBe(analysis.findings.length + 1);
    expect(analysis.rows.map((row) => row.id)).toContain('risk-1');
  });

  it('returns the same analysis for the same map and day, so nothing downstream re-renders', () => {
    const analyse = createAnalyser();
    const first = analyse(doc, TODAY);
    expect(analyse(doc, TODAY)).toBe(first);
    expect(analyse(doc, '2026-11-23')).not.toBe(first);
    // The map before the latest edit is still remembered (a deferred re-check asks for both).
    expect(analyse(doc, TODAY)).toBe(first);
  });

  it("keeps an unchanged finding's register entry when another element is edited", () => {
    const analyse = createAnalyser();
    const first = analyse(doc, TODAY);
    const ownerFinding = first.findingsOf(mailchimp).find((f) => f.checkId === 'no-owner')!;
    const entry = first.entryOf(ownerFinding);
    const renamed = { ...doc, flows: { ...doc.flows, [flow1]: { ...doc.flows[flow1]!, purpose: 'Gift Aid' } } };
    const second = analyse(renamed, TODAY);
    const same = second.findingsOf(mailchimp).find((f) => f.checkId === 'no-owner')!;
    expect(second.entryOf(same)).toBe(entry);
    expect(second.findingById(ownerFinding.id)).toBe(same);
  });

  it('gives a finding a new entry once its treatment changes', () => {
    const analyse = createAnalyser();
    const first = analyse(doc, TODAY);
    const finding = first.findingById('no-owner:sys-3')!;
    const treated = analyse(withTreatment(doc, 'no-owner:sys-3', 'accepted'), TODAY);
    expect(treated.entryOf(treated.findingById('no-owner:sys-3')!)).toMatchObject({ open: false, treatment: { status: 'accepted' } });
    expect(first.entryOf(finding).open).toBe(true);
  });
});
