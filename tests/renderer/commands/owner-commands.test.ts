import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks';
import { asFlowId, asRiskId, asSystemId, diffDocuments, type MapDocument } from '../../../shared/model';
import { reassignOwner, type ReassignOwnerPayload } from '../../../renderer/commands/owner-commands';
import type { MapRepository } from '../../../renderer/persistence/repository';
import { createMapStore } from '../../../renderer/store/map-store';
import { mapBuilder } from '../../support/map-builder';
import { TODAY } from '../../shared/checks/fixtures';

/** Jo owns the CRM, two flows and a risk; Sam owns Xero and the third flow. */
const sampleMap = (): MapDocument => Object.freeze(mapBuilder()
  .system('Donor CRM', { owner: 'Jo Bloggs' })
  .system('Xero', { owner: 'Sam Lee' })
  .system('Mailchimp', { owner: 'Sam Lee' })
  .flow('Donor CRM', 'Xero', { owner: 'jo bloggs' })
  .flow('Donor CRM', 'Mailchimp', { owner: 'Jo Bloggs' })
  .flow('Xero', 'Mailchimp', { owner: 'Sam Lee' })
  .risk({ title: 'Only Jo understands the sync', owner: 'Jo Bloggs' })
  .build());

const everythingOfJo: ReassignOwnerPayload = {
  from: 'Jo Bloggs', to: 'Priya Shah', addToLeavers: true,
  systemIds: [asSystemId('sys-1')], flowIds: [asFlowId('flow-1'), asFlowId('flow-2')], riskIds: [asRiskId('risk-1')],
};

const owners = (doc: MapDocument) => ({
  systems: Object.values(doc.systems).map((s) => s.owner),
  flows: Object.values(doc.flows).map((f) => f.owner),
  risks: Object.values(doc.risks).map((r) => r.owner),
});

describe('reassigning what someone owns', () => {
  it('hands every chosen system, flow and risk to the new owner and lists the old one as having left', () => {
    const after = reassignOwner.perform(sampleMap(), everythingOfJo);
    expect(owners(after)).toEqual({
      systems: ['Priya Shah', 'Sam Lee', 'Sam Lee'],
      flows: ['Priya Shah', 'Priya Shah', 'Sam Lee'],
      risks: ['Priya Shah'],
    });
    expect(after.assessment.settings.leavers).toEqual(['Jo Bloggs']);
  });

  it('changes only what was chosen, and writes only that', () => {
    const before = sampleMap();
    const after = reassignOwner.perform(before, { ...everythingOfJo, systemIds: [], flowIds: [asFlowId('flow-2')], riskIds: [] });
    expect(owners(after).flows).toEqual(['jo bloggs', 'Priya Shah', 'Sam Lee']);
    expect(after.systems).toBe(before.systems);
    expect(after.risks).toBe(before.risks);
    const change = diffDocuments(before, after);
    expect(change.putFlows.map((f) => f.id)).toEqual(['flow-2']);
    expect(change.putSystems).toEqual([]);
  });

  it("leaves alone a chosen record that someone else owns by now", () => {
    const after = reassignOwner.perform(sampleMap(), { ...everythingOfJo, flowIds: [asFlowId('flow-1'), asFlowId('flow-3')] });
    expect(owners(after).flows).toEqual(['Priya Shah', 'Jo Bloggs', 'Sam Lee']);
  });

  it('adds the old owner to the people who have left once, and only when asked', () => {
    const listed = mapBuilder().system('CRM', { owner: 'Jo Bloggs' }).system('Xero', { owner: 'Jo Bloggs' })
      .settings({ leavers: ['Alex Gone', 'JO BLOGGS'] }).build();
    const again = reassignOwner.perform(listed, { ...everythingOfJo, systemIds: [asSystemId('sys-1')], flowIds: [], riskIds: [] });
    expect(again.assessment.settings.leavers).toEqual(['Alex Gone', 'JO BLOGGS']);
    expect(again.assessment).toBe(listed.assessment);

    const notAsked = reassignOwner.perform(sampleMap(), { ...everythingOfJo, addToLeavers: false });
    expect(notAsked.assessment.settings.leavers).toEqual([]);
  });

  it('does nothing when nothing is chosen, nothing chosen is theirs, or the new owner is no named person', () => {
    const before = sampleMap();
    expect(reassignOwner.perform(before, { ...everythingOfJo, systemIds: [], flowIds: [], riskIds: [] })).toBe(before);
    expect(reassignOwner.perform(before, { ...everythingOfJo, systemIds: [asSystemId('sys-2')], flowIds: [], riskIds: [] })).toBe(before);
    expect(reassignOwner.perform(before, { ...everythingOfJo, to: 'IT team' })).toBe(before);
    expect(reassignOwner.perform(before, { ...everythingOfJo, to: '  ' })).toBe(before);
    expect(reassignOwner.perform(before, { ...everythingOfJo, to: 'JO BLOGGS' })).toBe(before);
  });

  it('tidies the new name as an owner field keeps it', () => {
    const after = reassignOwner.perform(sampleMap(), { ...everythingOfJo, to: '  Priya   Shah ' });
    expect(after.systems[asSystemId('sys-1')]!.owner).toBe('Priya Shah');
  });

  it('clears the orphaned findings of someone who has left once everything of theirs is handed over', () => {
    const left = reassignOwner.perform(sampleMap(), { ...everythingOfJo, systemIds: [], flowIds: [], to: 'Priya Shah' });
    const orphaned = (doc: MapDocument) => runChecks(doc, TODAY).filter((f) => f.checkId === 'orphaned').map((f) => f.elementId);
    const handedOver = reassignOwner.perform(sampleMap(), everythingOfJo);
    expect(orphaned(handedOver)).toEqual([]);
    // Only the risk moved, yet Jo is listed: the ones left behind are flagged.
    expect(left.assessment.settings.leavers).toEqual(['Jo Bloggs']);
    expect(orphaned(left)).toEqual(expect.arrayContaining(['sys-1', 'flow-1', 'flow-2']));
  });

  it('is one step in the store: one undo restores every record and the leavers list, one write each way', async () => {
    const writes: unknown[] = [];
    const repository = { applyChange: async (_id: string, change: unknown) => { writes.push(change); } } as unknown as MapRepository;
    const before = sampleMap();
    const store = createMapStore({ repository, doc: before });
    expect(store.getState().run('reassignOwner', everythingOfJo)).toBe(true);
    expect(store.getState().past.map((entry) => entry.label)).toEqual(['Reassign owner']);
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
    expect(owners(store.getState().doc).flows).toEqual(['jo bloggs', 'Jo Bloggs', 'Sam Lee']);
    expect(store.getState().doc.assessment.settings.leavers).toEqual([]);
    await store.getState().whenSaved();
    expect(writes).toHaveLength(2);
    expect(store.getState().run('reassignOwner', { ...everythingOfJo, systemIds: [], flowIds: [], riskIds: [] })).toBe(false);
  });
});
