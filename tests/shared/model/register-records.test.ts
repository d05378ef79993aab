import { describe, expect, it } from 'vitest';
import {
  asRiskId, createRisk, createTreatment, findingIdOf, parseMap, restoreRisk, restoreTreatment, serializeMap,
  splitFindingId, validateRisk, validateTreatment, type FindingId, type MapDocument,
} from '../../../shared/model';
import { mapBuilder } from '../../support/map-builder';

const withRegister = (): MapDocument => mapBuilder()
  .system('CRM', { kind: 'crm' })
  .system('Mailchimp', { boundary: 'vendor' })
  .flow('CRM', 'Mailchimp', { dataTypes: ['personal'] })
  .treatment('no-owner:flow-1', { status: 'accepted', justification: 'Owner named in the contract', checkedBy: 'Sam', checkedOn: '2026-11-01' })
  .risk({ title: 'Only one volunteer understands the Zapier flows', relatedIds: ['sys-1', 'flow-1'] as never, likelihood: 'likely', impact: 'major' })
  .build();

const throughJson = (doc: MapDocument) => JSON.parse(JSON.stringify(serializeMap(doc))) as Record<string, unknown>;

describe('finding ids', () => {
  it('are the check id and the element id, and split back even when the element id has a colon', () => {
    const id = findingIdOf('plaintext-credentials', 'flow:42');
    expect(id).toBe('plaintext-credentials:flow:42');
    expect(splitFindingId(id)).toEqual({ checkId: 'plaintext-credentials', elementId: 'flow:42' });
  });
});

describe('treatments', () => {
  it('start unchecked with nothing else filled in', () => {
    expect(createTreatment('no-owner:flow-1' as FindingId)).toEqual({
      findingId: 'no-owner:flow-1', status: 'unchecked', justification: '', checkedBy: '', checkedOn: '', nextReview: '',
    });
  });

  it('name the field that is wrong', () => {
    const bad = { ...createTreatment('no-owner:flow-1' as FindingId), status: 'ignored', checkedOn: '31/02/2026' };
    expect(validateTreatment(bad).map((p) => p.path)).toEqual(['status', 'checkedOn']);
  });

  it('are repaired from older data: a missing status becomes unchecked', () => {
    expect(restoreTreatment({ findingId: 'no-owner:flow-1' })).toMatchObject({ status: 'unchecked', justification: '' });
  });
});

describe('custom risks', () => {
  it('default to possible × moderate and unchecked', () => {
    expect(createRisk({ id: asRiskId('r1') })).toMatchObject({ likelihood: 'possible', impact: 'moderate', status: 'unchecked', relatedIds: [] });
  });

  it('reject an unknown likelihood and related ids that are not ids', () => {
    const bad = { ...createRisk({ id: asRiskId('r1') }), likelihood: 'sometimes', relatedIds: ['ok', 'not ok'] };
    expect(validateRisk(bad).map((p) => p.path)).toEqual(['likelihood', 'relatedIds']);
  });

  it('are repaired from older data with the defaults', () => {
    expect(restoreRisk({ id: 'r1', title: 'x' })).toMatchObject({ likelihood: 'possible', impact: 'moderate', status: 'unchecked', relatedIds: [] });
  });
});

describe('a map file with a risk register', () => {
  it('opens as exactly the map that was saved, treatments and custom risks included', () => {
    const doc = withRegister();
    expect(parseMap(throughJson(doc))).toEqual({ ok: true, document: doc, history: [], migrationsApplied: [] });
  });

  it('keeps a treatment whose element has gone: it is the history of what was decided', () => {
    const doc = withRegister();
    const json = throughJson({ ...doc, treatments: { ...doc.treatments, ['no-owner:sys-99' as FindingId]: createTreatment('no-owner:sys-99' as FindingId, { status: 'mitigated' }) } });
    const result = parseMap(json);
    expect(result.ok && Object.keys(result.document.treatments)).toEqual(['no-owner:flow-1', 'no-owner:sys-99']);
  });

  it('reports a custom risk that refers to an element missing from the map', () => {
    const json = throughJson(withRegister());
    (json.risks as Array<{ relatedIds: string[] }>)[0]!.relatedIds = ['sys-1', 'sys-404'];
    expect(parseMap(json)).toEqual({ ok: false, problems: [{ path: 'risks[0].relatedIds[1]', message: expect.stringContaining('not in the map') }] });
  });

  it('reports the same finding treated twice', () => {
    const json = throughJson(withRegister());
    json.treatments = [...(json.treatments as unknown[]), ...(json.treatments as unknown[])];
    const result = parseMap(json);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['treatments[1].id']);
  });

  it('opens a version 1 file, from before the register existed, with an empty register', () => {
    const { treatments: _t, risks: _r, history: _h, ...v1 } = throughJson(mapBuilder().system('CRM').build());
    const result = parseMap({ ...v1, schemaVersion: 1 });
    expect(result.ok && { treatments: result.document.treatments, risks: result.document.risks, applied: result.migrationsApplied })
      .toEqual({ treatments: {}, risks: {}, applied: [expect.stringContaining('risk register'), expect.stringContaining('change history')] });
  });
});
