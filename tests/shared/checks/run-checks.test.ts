import { describe, expect, it } from 'vitest';
import { createCheckRunner, registerEntries, runChecks, type Check, type Finding } from '../../../shared/checks';
import type { AssessmentSettings, FlowId, FlowRecord, MapDocument, SystemId, SystemRecord } from '../../../shared/model';
import { withReplaced } from '../../../shared/model';
import { GOOD_FLOW, GOOD_SYSTEM, goodMap, TODAY } from './fixtures';

/** Three systems, two flows, several findings each: enough for the runner to remember things. */
const messyMap = (): MapDocument => goodMap({ owner: '', credentialLocation: 'config-file', lastReviewed: '2025-01-01' })
  .system('Mailchimp', { ...GOOD_SYSTEM, kind: 'email-collaboration', boundary: 'vendor', owner: 'IT team' })
  .flow("Raiser's Edge", 'Mailchimp', { ...GOOD_FLOW, name: 'Supporters to Mailchimp', dataTypes: ['personal'], authentication: 'shared-login', mfa: 'unknown' })
  .treatment('no-owner:flow-1', { status: 'accepted', justification: 'The finance manager owns it by role' })
  .build();

const withFlow = (doc: MapDocument, id: string, changes: Partial<FlowRecord>): MapDocument =>
  ({ ...doc, flows: { ...doc.flows, [id]: { ...doc.flows[id as FlowId]!, ...changes } } });
const withSystem = (doc: MapDocument, id: string, changes: Partial<SystemRecord>): MapDocument =>
  ({ ...doc, systems: { ...doc.systems, [id]: { ...doc.systems[id as SystemId]!, ...changes } } });
/** Findings as plain data: two runs agree when every field a user could read agrees. */
const plain = (findings: readonly Finding[]) => findings.map((f) => ({
  id: f.id, checkId: f.checkId, elementKind: f.elementKind, elementId: f.elementId, detail: f.detail,
  likelihood: f.likelihood, impact: f.impact, severity: f.severity, raisedBecause: f.raisedBecause,
}));
/** A check that never fires and tells `inspected` the id of every element it is asked about. */
const spyCheck = (inspected: (id: string) => void): Check => ({
  id: 'spy', title: 'Spy', condition: 'Never.', likelihood: 'unlikely', impact: 'minor', raisedByExposure: false,
  why: 'Counts inspections.', whatToDo: 'Nothing.', reference: 'This test',
  inspectFlow: (view) => { inspected(view.flow.id); return null; },
  describeFlow: () => 'Never fires.',
  inspectSystem: (system) => { inspected(system.id); return null; },
  describeSystem: () => 'Never fires.',
});
const withSettings = (doc: MapDocument, changes: Partial<AssessmentSettings>): MapDocument =>
  ({ ...doc, assessment: { ...doc.assessment, settings: { ...doc.assessment.settings, ...changes } } });

describe('running the checks', () => {
  it('gives the same findings for the same map and day', () => {
    const findings = runChecks(messyMap(), TODAY);
    expect(findings.length).toBeGreaterThan(5);
    expect(plain(runChecks(messyMap(), TODAY))).toEqual(plain(findings));
  });

  it("keeps a finding's id, and so its treatment, when an unrelated part of the map changes", () => {
    const before = messyMap();
    const after = withSystem(withFlow(before, 'flow-2', { name: 'Newsletter sign-ups' }), 'sys-3', { vendor: 'Intuit' });
    const entry = (doc: MapDocument) => registerEntries(doc, runChecks(doc, TODAY)).find((e) => e.id === 'no-owner:flow-1');
    expect(entry(before)?.treatment.status).toBe('accepted');
    expect(entry(after)?.treatment.status).toBe('accepted');
  });

  it('lists flows first, then systems, then what compares elements with each other', () => {
    const doc = withFlow(messyMap(), 'flow-2', { account: 'svc-giftaid', authentication: 'api-key' });
    const kinds = runChecks(doc, TODAY).map((f) => (f.checkId === 'shared-credential' ? 'map' : f.elementKind));
    expect(kinds.indexOf('system')).toBeGreaterThan(kinds.lastIndexOf('flow'));
    expect(kinds.indexOf('map')).toBeGreaterThan(kinds.lastIndexOf('system'));
  });

  it('skips decommissioned flows and systems', () => {
    const doc = withSystem(withFlow(messyMap(), 'flow-2', { status: 'decommissioned' }), 'sys-3', { status: 'decommissioned' });
    const ids = runChecks(doc, TODAY).map((f) => f.elementId);
    expect(ids).not.toContain('flow-2');
    expect(ids).not.toContain('sys-3');
    expect(ids).toContain('flow-1');
  });

  it('refuses a day that is not a date, rather than judging against nonsense', () => {
    expect(() => runChecks(messyMap(), '22/11/2026' as never)).toThrow(/YYYY-MM-DD/);
  });
});

describe('the remembering runner', () => {
  it('gives what a fresh run gives after edits, a settings change, a new day and a changed end system', () => {
    const runner = createCheckRunner();
    const same = (doc: MapDocument, today = TODAY) => {
      const remembered = runner.run(doc, today);
      expect(plain(remembered)).toEqual(plain(runChecks(doc, today)));
      return remembered;
    };
    let doc = messyMap();
    same(doc);
    doc = withFlow(doc, 'flow-2', { owner: '', encryptedInTransit: 'no' });
    same(doc);
    doc = withSettings(doc, { leavers: ['Priya Shah'], reviewIntervalMonths: 6 });
    expect(same(doc).map((f) => f.id)).toContain('orphaned:flow-2');
    expect(same(doc, '2027-06-01').filter((f) => f.checkId === 'review-overdue').length)
      .toBeGreaterThan(same(doc).filter((f) => f.checkId === 'review-overdue').length);
    doc = withSystem(doc, 'sys-2', { boundary: 'former-partner' });
    expect(same(doc).find((f) => f.id === 'orphaned:flow-1')?.detail).toContain('"Xero" belongs to a former partner');
    doc = { ...doc, flows: { 'flow-1': doc.flows['flow-1' as FlowId]! } as MapDocument['flows'] };
    expect(same(doc).some((f) => f.elementId === 'flow-2')).toBe(false);
  });

  it('gives the very same findings, checking nothing again, after a change that no check reads, such as a new treatment', () => {
    const runner = createCheckRunner();
    const doc = messyMap();
    const before = runner.run(doc, TODAY);
    const treated: MapDocument = { ...doc, treatments: {}, assessment: { ...doc.assessment, name: 'Renamed' } };
    expect(runner.run(treated, TODAY)).toBe(before);
    expect(plain(before)).toEqual(plain(runChecks(treated, TODAY)));
  });

  it('keeps last run\'s list as it was when the next run patches in an edit', () => {
    const runner = createCheckRunner();
    const doc = messyMap();
    const before = runner.run(doc, TODAY);
    const copy = [...before];
    const after = runner.run(withFlow(doc, 'flow-1', { owner: 'Priya Shah', purpose: 'Gift Aid claims' }), TODAY);
    expect(after.length).toBeLessThan(before.length);
    expect(before).toEqual(copy);
  });

  it('gives what a fresh run gives after flows are added, deleted from the middle and moved between systems', () => {
    const runner = createCheckRunner();
    let doc = messyMap();
    runner.run(doc, TODAY);
    const flowTwo = doc.flows['flow-2' as FlowId]!;
    doc = { ...doc, flows: { ...doc.flows, 'flow-3': { ...flowTwo, id: 'flow-3' as FlowId, owner: '' }, 'flow-4': { ...flowTwo, id: 'flow-4' as FlowId } } as MapDocument['flows'] };
    expect(plain(runner.run(doc, TODAY))).toEqual(plain(runChecks(doc, TODAY)));
    const { ['flow-3' as FlowId]: _deleted, ...rest } = doc.flows;
    doc = { ...doc, flows: rest };
    expect(plain(runner.run(doc, TODAY))).toEqual(plain(runChecks(doc, TODAY)));
    doc = withFlow(doc, 'flow-4', { targetId: 'sys-3' as SystemId, sourceId: 'sys-2' as SystemId });
    expect(plain(runner.run(doc, TODAY))).toEqual(plain(runChecks(doc, TODAY)));
    doc = withFlow(doc, 'flow-4', { targetId: 'sys-gone' as SystemId });
    expect(plain(runner.run(doc, TODAY)).some((f) => f.elementId === 'flow-4')).toBe(false);
    expect(plain(runner.run(doc, TODAY))).toEqual(plain(runChecks(doc, TODAY)));
  });

  it('keeps findings that compare elements up to date when one of those elements is renamed', () => {
    const runner = createCheckRunner();
    let doc = withSystem(withSystem(messyMap(), 'sys-1', { authoritativeFor: 'donor records' }), 'sys-3', { authoritativeFor: 'Donor records' });
    runner.run(doc, TODAY);
    doc = withSystem(withFlow(doc, 'flow-2', { name: 'Newsletter sign-ups' }), 'sys-3', { name: 'Mailchimp EU' });
    const details = runner.run(doc, TODAY).filter((f) => f.elementId === 'flow-1' || f.elementId === 'sys-1').map((f) => f.detail);
    expect(details).toEqual(expect.arrayContaining([
      expect.stringContaining('which "Newsletter sign-ups" also uses'),
      expect.stringContaining('(as is "Mailchimp EU")'),
    ]));
    expect(plain(runner.run(doc, TODAY))).toEqual(plain(runChecks(doc, TODAY)));
  });

  it('re-inspects only what changed', () => {
    let inspected: string[] = [];
    const runner = createCheckRunner([spyCheck((id) => inspected.push(id))]);
    let doc = messyMap();
    runner.run(doc, TODAY);
    expect(inspected).toHaveLength(5);

    inspected = [];
    runner.run(doc, TODAY);
    expect(inspected).toEqual([]);

    doc = withFlow(doc, 'flow-2', { purpose: 'Newsletter' });
    inspected = [];
    runner.run(doc, TODAY);
    expect(inspected).toEqual(['flow-2']);

    doc = withSystem(doc, 'sys-2', { name: 'Xero (finance)' });
    inspected = [];
    runner.run(doc, TODAY);
    expect(inspected).toEqual(['flow-1', 'sys-2']);

    inspected = [];
    runner.run(withSettings(doc, { rotationIntervalDays: 90 }), TODAY);
    expect(inspected).toHaveLength(5);
  });
});

describe('the remembering runner, after edits that replace records in place (as the app\'s commands make them)', () => {
  const replaceFlow = (doc: MapDocument, id: string, changes: Partial<FlowRecord>): MapDocument =>
    ({ ...doc, flows: withReplaced(doc.flows, { [id]: { ...doc.flows[id as FlowId]!, ...changes } }) });
  const replaceSystem = (doc: MapDocument, id: string, changes: Partial<SystemRecord>): MapDocument =>
    ({ ...doc, systems: withReplaced(doc.systems, { [id]: { ...doc.systems[id as SystemId]!, ...changes } }) });

  it('gives what a fresh run gives after flow edits, system edits, a reversed flow, a flow losing its system and undoing them all', () => {
    const runner = createCheckRunner();
    const same = (doc: MapDocument) => expect(plain(runner.run(doc, TODAY))).toEqual(plain(runChecks(doc, TODAY)));
    const versions: MapDocument[] = [messyMap()];
    const edits: Array<(doc: MapDocument) => MapDocument> = [
      (doc) => replaceFlow(doc, 'flow-2', { owner: '', encryptedInTransit: 'no' }),
      (doc) => replaceFlow(doc, 'flow-1', { owner: 'Priya Shah', credentialLocation: 'secrets-vault' }),
      (doc) => replaceSystem(doc, 'sys-3', { boundary: 'former-partner', name: 'Mailchimp EU' }),
      (doc) => replaceFlow(doc, 'flow-2', { account: 'svc-giftaid', authentication: 'api-key' }),
      (doc) => replaceFlow(doc, 'flow-2', { sourceId: 'sys-3' as SystemId, targetId: 'sys-1' as SystemId }),
      (doc) => replaceSystem(doc, 'sys-1', { status: 'decommissioned' }),
      (doc) => replaceFlow(doc, 'flow-1', { status: 'decommissioned' }),
      (doc) => replaceFlow(doc, 'flow-2', { targetId: 'sys-gone' as SystemId }),
      (doc) => replaceFlow(doc, 'flow-1', { status: 'active', owner: '' }),
    ];
    same(versions[0]!);
    for (const edit of edits) {
      versions.push(edit(versions[versions.length - 1]!));
      same(versions[versions.length - 1]!);
    }
    // Undo, one step at a time, then redo everything at once.
    for (let i = versions.length - 2; i >= 0; i -= 1) same(versions[i]!);
    same(versions[versions.length - 1]!);
  });

  it('re-inspects only the flow edited, and for a system edited, that system and the flows touching it', () => {
    let inspected: string[] = [];
    const runner = createCheckRunner([spyCheck((id) => inspected.push(id))]);
    let doc = messyMap();
    runner.run(doc, TODAY);
    doc = replaceFlow(doc, 'flow-1', { purpose: 'Gift Aid' });
    inspected = [];
    runner.run(doc, TODAY);
    expect(inspected).toEqual(['flow-1']);
    doc = replaceSystem(doc, 'sys-3', { name: 'Mailchimp EU' });
    inspected = [];
    runner.run(doc, TODAY);
    expect(inspected).toEqual(['flow-2', 'sys-3']);
  });

  it('re-checks an edited flow without reading any other flow from the map', () => {
    const runner = createCheckRunner();
    const before = messyMap();
    runner.run(before, TODAY);
    const after = replaceFlow(before, 'flow-1', { owner: '' });
    const expected = plain(runChecks(after, TODAY));
    // Listing the map, as a runner that compared every flow would, now throws.
    Object.defineProperty(after.flows, 'flow-2', { enumerable: true, get: () => { throw new Error('read flow-2 from the map'); } });
    expect(plain(runner.run(after, TODAY))).toEqual(expected);
  });
});
