import { describe, expect, it } from 'vitest';
import { asRiskId, createRisk, diffDocuments, type FindingId, type MapDocument } from '../../../shared/model';
import { deleteElements } from '../../../renderer/commands/map-commands';
import { addRisk, deleteRisk, treatFinding, updateRisk } from '../../../renderer/commands/register-commands';
import { mapBuilder } from '../../support/map-builder';

const noOwnerOnFlow = 'no-owner:flow-1' as FindingId;

const sampleMap = (): MapDocument => Object.freeze(mapBuilder()
  .system('CRM')
  .system('Xero')
  .system('Website')
  .flow('CRM', 'Xero')
  .flow('Website', 'CRM')
  .risk({ title: 'Single volunteer', relatedIds: ['sys-1', 'flow-2'] as never })
  .build());

describe('treating a finding', () => {
  it('creates the treatment on the first change and saves only that', () => {
    const before = sampleMap();
    const after = treatFinding.perform(before, { findingId: noOwnerOnFlow, changes: { status: 'accepted', justification: 'Named in the contract' } });
    expect(after.treatments[noOwnerOnFlow]).toEqual({
      findingId: noOwnerOnFlow, status: 'accepted', justification: 'Named in the contract', checkedBy: '', checkedOn: '', nextReview: '',
    });
    const change = diffDocuments(before, after);
    expect(change.putTreatments).toHaveLength(1);
    expect(change.putFlows).toEqual([]);
  });

  it('does nothing (no undo step, no write) when the change sets what is already there', () => {
    const before = sampleMap();
    expect(treatFinding.perform(before, { findingId: noOwnerOnFlow, changes: { status: 'unchecked' } })).toBe(before);
    const treated = treatFinding.perform(before, { findingId: noOwnerOnFlow, changes: { status: 'mitigated' } });
    expect(treatFinding.perform(treated, { findingId: noOwnerOnFlow, changes: { status: 'mitigated' } })).toBe(treated);
  });
});

describe('custom risks', () => {
  it('are added, edited and deleted', () => {
    const risk = createRisk({ id: asRiskId('risk-9'), title: 'Laptop with the only copy of the scripts' });
    const added = addRisk.perform(sampleMap(), { risk });
    expect(added.risks[risk.id]).toBe(risk);
    const edited = updateRisk.perform(added, { id: risk.id, changes: { impact: 'severe' } });
    expect(edited.risks[risk.id]?.impact).toBe('severe');
    const deleted = deleteRisk.perform(edited, { id: risk.id });
    expect(deleted.risks[risk.id]).toBeUndefined();
    expect(diffDocuments(edited, deleted).deleteRiskIds).toEqual([risk.id]);
  });

  it('stop mentioning a system or flow that is deleted, while the treatment of its findings is kept', () => {
    const treated = treatFinding.perform(sampleMap(), { findingId: 'no-owner:sys-1' as FindingId, changes: { status: 'accepted' } });
    const after = deleteElements.perform(treated, { systemIds: ['sys-1' as never], flowIds: [] });
    expect(after.risks[asRiskId('risk-1')]?.relatedIds).toEqual([]);
    expect(after.treatments['no-owner:sys-1' as FindingId]?.status).toBe('accepted');
  });

  it('are left untouched by deleting elements they do not mention', () => {
    const before = sampleMap();
    const after = deleteElements.perform(before, { systemIds: [], flowIds: ['flow-1' as never] });
    expect(after.risks).toBe(before.risks);
  });
});
