import { describe, expect, it } from 'vitest';
import {
  asFlowId, asRiskId, asSystemId, createTreatment, type FindingId, type MapDocument,
} from '../../../shared/model';
import { describeDocumentChanges } from '../../../shared/model';
import { mapBuilder } from '../../support/map-builder';

const before = mapBuilder()
  .system('Salesforce', { kind: 'crm', owner: 'Priya' })
  .system('Xero', { kind: 'finance' })
  .system('Mailchimp')
  .flow('Salesforce', 'Xero', { name: 'Gift Aid', dataTypes: ['financial'], lastReviewed: '2026-01-10' })
  .flow('Salesforce', 'Mailchimp', { name: '' })
  .risk({ title: 'Only Priya knows', relatedIds: [asSystemId('sys-1')] })
  .build();

const sys = (id: string) => asSystemId(id);
const flow = (id: string) => asFlowId(id);

function edit(change: (doc: MapDocument) => Partial<MapDocument>): MapDocument {
  return { ...before, ...change(before) };
}

describe('describing what changed between two versions of an assessment', () => {
  it('finds nothing between a document and itself, or a copy of it', () => {
    expect(describeDocumentChanges(before, before).empty).toBe(true);
    expect(describeDocumentChanges(before, structuredClone(before) as MapDocument).empty).toBe(true);
  });

  it('does not count moving a system on the canvas as a change', () => {
    const moved = edit((d) => ({ systems: { ...d.systems, [sys('sys-1')]: { ...d.systems[sys('sys-1')]!, position: { x: 999, y: 5 } } } }));
    expect(describeDocumentChanges(before, moved).empty).toBe(true);
  });

  it('shows changed fields by their labels, with choices, several choices and dates as a person reads them', () => {
    const after = edit((d) => ({
      systems: { ...d.systems, [sys('sys-2')]: { ...d.systems[sys('sys-2')]!, kind: 'payments', owner: 'Jo' } },
      flows: { ...d.flows, [flow('flow-1')]: { ...d.flows[flow('flow-1')]!, dataTypes: ['financial', 'donor-records'], lastReviewed: 'unknown' } },
    }));
    expect(describeDocumentChanges(before, after).changed).toEqual([
      {
        kind: 'system', id: 'sys-2', name: 'Xero', fields: [
          { key: 'kind', label: 'Kind', before: 'Finance', after: 'Payments' },
          { key: 'owner', label: 'Owner', before: '', after: 'Jo' },
        ],
      },
      {
        kind: 'flow', id: 'flow-1', name: 'Gift Aid', fields: [
          { key: 'dataTypes', label: 'Data transferred', before: 'Financial / bank details', after: 'Financial / bank details; Donor records' },
          { key: 'lastReviewed', label: 'Last reviewed', before: '2026-01-10', after: 'Unknown' },
        ],
      },
    ]);
  });

  it('shows a flow moved to another system by the systems’ names, and renaming a system moves no flow', () => {
    const after = edit((d) => ({
      systems: { ...d.systems, [sys('sys-2')]: { ...d.systems[sys('sys-2')]!, name: 'Xero (finance)' } },
      flows: { ...d.flows, [flow('flow-2')]: { ...d.flows[flow('flow-2')]!, targetId: sys('sys-2') } },
    }));
    const { changed } = describeDocumentChanges(before, after);
    expect(changed.map((c) => [c.name, c.fields.map((f) => `${f.label}: ${f.before} → ${f.after}`)])).toEqual([
      ['Xero (finance)', ['Name: Xero → Xero (finance)']],
      ['Salesforce → Xero (finance)', ['Destination: Mailchimp → Xero (finance)']],
    ]);
  });

  it('lists added and removed records by kind, then name, with what they hold', () => {
    const after = mapBuilder()
      .system('Salesforce', { kind: 'crm', owner: 'Priya' })
      .system('Xero', { kind: 'finance' })
      .system('Mailchimp')
      .system('Zapier', { kind: 'automation-platform' })
      .system('Access database')
      .flow('Salesforce', 'Xero', { name: 'Gift Aid', dataTypes: ['financial'], lastReviewed: '2026-01-10' })
      .risk({ title: 'Only Priya knows', relatedIds: [asSystemId('sys-1')] })
      .build();
    const changes = describeDocumentChanges(before, after);
    expect(changes.added.map((c) => `${c.kind} ${c.name}`)).toEqual(['system Access database', 'system Zapier']);
    expect(changes.added[1]!.fields).toEqual([
      { key: 'name', label: 'Name', before: '', after: 'Zapier' },
      { key: 'kind', label: 'Kind', before: '', after: 'Automation platform' },
      { key: 'status', label: 'Status', before: '', after: 'Active' },
    ]);
    expect(changes.removed.map((c) => `${c.kind} ${c.name}`)).toEqual(['flow Salesforce → Mailchimp']);
    expect(changes.counts.system).toEqual({ added: 2, removed: 0, changed: 0 });
    expect(changes.counts.flow).toEqual({ added: 0, removed: 1, changed: 0 });
  });

  it('shows a finding’s new treatment as a change from Unchecked, named by its check and element', () => {
    const findingId = 'no-owner:flow-1' as FindingId;
    const after = edit(() => ({ treatments: { [findingId]: createTreatment(findingId, { status: 'accepted', justification: 'Signed off' }) } }));
    const titled = describeDocumentChanges(before, after, { checkTitle: (id) => (id === 'no-owner' ? 'No named owner' : undefined) });
    expect(titled.changed).toEqual([{
      kind: 'treatment', id: findingId, name: 'No named owner: Gift Aid', fields: [
        { key: 'status', label: 'Treatment', before: 'Unchecked', after: 'Accepted' },
        { key: 'justification', label: 'Justification', before: '', after: 'Signed off' },
      ],
    }]);
    expect(describeDocumentChanges(before, after).changed[0]!.name).toBe('no-owner: Gift Aid');
    expect(describeDocumentChanges(after, before).changed[0]!.fields[0]).toMatchObject({ before: 'Accepted', after: 'Unchecked' });
  });

  it('does not count a treatment record that says nothing yet', () => {
    const findingId = 'no-owner:flow-1' as FindingId;
    expect(describeDocumentChanges(before, edit(() => ({ treatments: { [findingId]: createTreatment(findingId) } }))).empty).toBe(true);
  });

  it('shows the systems and flows a risk concerns by name, and its likelihood by its label', () => {
    const id = asRiskId('risk-1');
    const after = edit((d) => ({ risks: { [id]: { ...d.risks[id]!, likelihood: 'very-likely', relatedIds: [sys('sys-1'), flow('flow-1')] } } }));
    expect(describeDocumentChanges(before, after).changed).toEqual([{
      kind: 'risk', id: 'risk-1', name: 'Only Priya knows', fields: [
        { key: 'likelihood', label: 'Likelihood', before: '2 Possible', after: '4 Very likely' },
        { key: 'relatedIds', label: 'Concerns', before: 'Salesforce', after: 'Salesforce; Gift Aid' },
      ],
    }]);
  });

  it('shows the assessment’s names and check settings, first of all', () => {
    const after = edit((d) => ({
      assessment: { ...d.assessment, organisation: 'Test charity (North)', settings: { ...d.assessment.settings, leavers: ['Alex'] } },
      systems: { ...d.systems, [sys('sys-3')]: { ...d.systems[sys('sys-3')]!, owner: 'Jo' } },
    }));
    expect(describeDocumentChanges(before, after).changed.map((c) => [c.kind, c.fields.map((f) => f.label)])).toEqual([
      ['assessment', ['Organisation', 'People who have left']],
      ['system', ['Owner']],
    ]);
  });

  it('ignores when the assessment was last changed', () => {
    const after = edit((d) => ({ assessment: { ...d.assessment, updatedAt: '2027-01-01T00:00:00.000Z' } }));
    expect(describeDocumentChanges(before, after).empty).toBe(true);
  });
});
