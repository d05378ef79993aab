import { describe, expect, it } from 'vitest';
import {
  asAssessmentId, asFlowId, asSystemId, createAssessment, createFlow, createSystem, documentFrom, flowList,
  systemList, validateAssessment, validateFlow, validateSystem, type MapDocument,
} from '../../../shared/model';
import { duplicateDocument } from '../../../shared/model/duplicate';
import { mapBuilder } from '../../support/map-builder';

const CREATED = '2026-01-05T09:00:00.000Z';
const NOW = '2026-03-01T12:30:00.000Z';

function sampleDocument(): MapDocument {
  const crm = createSystem({ id: asSystemId('crm'), position: { x: 10, y: 20 }, name: 'CRM', owner: 'Ana' });
  const finance = createSystem({ id: asSystemId('finance'), position: { x: 300, y: 20 }, name: 'Xero' });
  const web = createSystem({ id: asSystemId('web'), position: { x: 10, y: 200 }, name: 'Website' });
  return documentFrom(
    createAssessment({ id: asAssessmentId('a1'), now: CREATED, name: 'Acme review', organisation: 'Acme', assessor: 'Sam' }),
    [crm, finance, web],
    [
      createFlow({ id: asFlowId('f1'), sourceId: crm.id, targetId: finance.id, name: 'Donations to Xero', dataTypes: ['financial'] }),
      createFlow({ id: asFlowId('f2'), sourceId: web.id, targetId: crm.id, name: 'Sign-ups' }),
    ],
  );
}

function counter(): () => string {
  let next = 0;
  return () => `new-${++next}`;
}

describe('duplicateDocument', () => {
  it('gives the assessment, every system and every flow a new id', () => {
    const original = sampleDocument();
    const copy = duplicateDocument(original, counter(), NOW);

    const originalIds = new Set([original.assessment.id, ...Object.keys(original.systems), ...Object.keys(original.flows)]);
    const copyIds = [copy.assessment.id, ...Object.keys(copy.systems), ...Object.keys(copy.flows)];
    expect(copyIds).toHaveLength(originalIds.size);
    expect(new Set(copyIds).size).toBe(copyIds.length);
    for (const id of copyIds) expect(originalIds.has(id)).toBe(false);
  });

  it('re-points each flow at the copies of its systems', () => {
    const copy = duplicateDocument(sampleDocument(), counter(), NOW);
    const byName = (name: string) => systemList(copy).find((s) => s.name === name)!;
    const donations = flowList(copy).find((f) => f.name === 'Donations to Xero')!;
    const signUps = flowList(copy).find((f) => f.name === 'Sign-ups')!;

    expect(donations.sourceId).toBe(byName('CRM').id);
    expect(donations.targetId).toBe(byName('Xero').id);
    expect(signUps.sourceId).toBe(byName('Website').id);
    expect(signUps.targetId).toBe(byName('CRM').id);
  });

  it('keeps everything the assessor recorded', () => {
    const original = sampleDocument();
    const copy = duplicateDocument(original, counter(), NOW);
    const crmCopy = systemList(copy).find((s) => s.name === 'CRM')!;
    const donationsCopy = flowList(copy).find((f) => f.name === 'Donations to Xero')!;

    expect({ ...crmCopy, id: 'crm' }).toEqual(original.systems[asSystemId('crm')]);
    expect({ ...donationsCopy, id: 'f1', sourceId: 'crm', targetId: 'finance' }).toEqual(original.flows[asFlowId('f1')]);
    expect(copy.assessment.organisation).toBe('Acme');
    expect(copy.assessment.assessor).toBe('Sam');
    expect(copy.assessment.settings).toEqual(original.assessment.settings);
  });

  it('names the copy "<name> (copy)" and dates it now', () => {
    const copy = duplicateDocument(sampleDocument(), counter(), NOW);
    expect(copy.assessment.name).toBe('Acme review (copy)');
    expect(copy.assessment.createdAt).toBe(NOW);
    expect(copy.assessment.updatedAt).toBe(NOW);
  });

  it('shortens a long name so the copy is still a valid assessment', () => {
    const original = sampleDocument();
    const longName = { ...original, assessment: { ...original.assessment, name: 'x'.repeat(200) } };
    const copy = duplicateDocument(longName, counter(), NOW);
    expect(copy.assessment.name.endsWith(' (copy)')).toBe(true);
    expect(validateAssessment(copy.assessment)).toEqual([]);
  });

  it('produces records that pass validation', () => {
    const copy = duplicateDocument(sampleDocument(), counter(), NOW);
    for (const system of systemList(copy)) expect(validateSystem(system)).toEqual([]);
    for (const flow of flowList(copy)) expect(validateFlow(flow)).toEqual([]);
  });

  it('leaves the original untouched', () => {
    const original = sampleDocument();
    const snapshot = structuredClone(original);
    duplicateDocument(original, counter(), NOW);
    expect(original).toEqual(snapshot);
  });

  it('leaves out a flow whose system is missing from the document', () => {
    const original = sampleDocument();
    const dangling = createFlow({ id: asFlowId('f3'), sourceId: asSystemId('crm'), targetId: asSystemId('gone') });
    const damaged = { ...original, flows: { ...original.flows, [dangling.id]: dangling } };
    const copy = duplicateDocument(damaged, counter(), NOW);
    expect(flowList(copy)).toHaveLength(2);
  });
});

describe('duplicating an assessment with a risk register', () => {
  const withRegister = () => mapBuilder()
    .system('CRM')
    .system('Xero')
    .flow('CRM', 'Xero')
    .treatment('no-owner:flow-1', { status: 'accepted', justification: 'Finance lead owns it' })
    .treatment('no-owner:sys-404', { status: 'mitigated' })
    .risk({ title: 'Single volunteer', relatedIds: ['sys-1', 'flow-1'] as never })
    .build();

  it('moves each treatment to the copy of its element, so the copy keeps what was decided', () => {
    const copy = duplicateDocument(withRegister(), counter(), NOW);
    const copiedFlowId = Object.keys(copy.flows)[0]!;
    expect(Object.values(copy.treatments)).toEqual([
      expect.objectContaining({ findingId: `no-owner:${copiedFlowId}`, status: 'accepted', justification: 'Finance lead owns it' }),
    ]);
  });

  it('copies custom risks with new ids, pointing at the copied elements', () => {
    const original = withRegister();
    const copy = duplicateDocument(original, counter(), NOW);
    const [risk] = Object.values(copy.risks);
    expect(risk!.id).not.toBe('risk-1');
    expect(risk!.relatedIds).toEqual([Object.keys(copy.systems)[0], Object.keys(copy.flows)[0]]);
    expect(Object.values(original.risks)[0]!.relatedIds).toEqual(['sys-1', 'flow-1']);
  });
});
