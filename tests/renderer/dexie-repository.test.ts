import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { MapDatabase } from '../../renderer/persistence/database';
import { createDexieRepository } from '../../renderer/persistence/dexie-repository';
import { RecordIdConflictError } from '../../renderer/persistence/repository';
import {
  asAssessmentId, asFlowId, asRiskId, asSystemId, createFlow, createRisk, createTreatment, diffDocuments, findingIdOf, NO_CHANGE,
  type DocumentChange, type FlowRecord, type MapDocument,
} from '../../shared/model';
import { historyWrite } from '../support/history';
import { mapBuilder } from '../support/map-builder';

const LATER = '2026-03-01T12:00:00.000Z';
const openDatabases: MapDatabase[] = [];
let databaseCount = 0;

/** A repository on its own fresh database, plus a direct handle on the tables to check what was really written. */
function freshStore() {
  const databaseName = `integration-mapper-test-${++databaseCount}-${Date.now()}`;
  const repository = createDexieRepository({ databaseName, indexedDB, IDBKeyRange });
  const tables = new MapDatabase(databaseName, { indexedDB, IDBKeyRange });
  openDatabases.push(tables);
  return { repository, tables };
}

afterEach(() => {
  for (const db of openDatabases.splice(0)) db.close();
});

/** The standard three-system map, moved to another assessment id (record ids get a prefix so two maps can share a database). */
function mapFor(assessmentId: string, overrides: { name?: string; organisation?: string; updatedAt?: string } = {}): MapDocument {
  const doc = mapBuilder()
    .system('CRM', { id: asSystemId(`${assessmentId}-crm`), kind: 'crm' })
    .system('Xero', { id: asSystemId(`${assessmentId}-xero`), kind: 'finance' })
    .system('Mailchimp', { id: asSystemId(`${assessmentId}-mailchimp`) })
    .flow('CRM', 'Xero', { id: asFlowId(`${assessmentId}-gift-aid`), dataTypes: ['financial', 'donor-records'] })
    .flow('CRM', 'Mailchimp', { id: asFlowId(`${assessmentId}-newsletter`) })
    .build();
  return { ...doc, assessment: { ...doc.assessment, id: asAssessmentId(assessmentId), ...overrides } };
}

const noChange: DocumentChange = NO_CHANGE;

describe('the IndexedDB repository', () => {
  it('gives back exactly the document it stored', async () => {
    const { repository } = freshStore();
    const doc = mapFor('a1');
    await repository.createDocument(doc);
    expect(await repository.loadDocument(doc.assessment.id)).toEqual(doc);
  });

  it('answers undefined for an assessment it has never seen', async () => {
    const { repository } = freshStore();
    expect(await repository.loadDocument(asAssessmentId('nope'))).toBeUndefined();
  });

  it('lists each assessment with its organisation and counts, most recently changed first', async () => {
    const { repository } = freshStore();
    await repository.createDocument(mapFor('older', { name: 'Older review', organisation: 'Acme Trust', updatedAt: '2026-01-02T00:00:00.000Z' }));
    await repository.createDocument({ ...mapFor('newer', { name: 'Newer review', organisation: 'Beta Aid', updatedAt: '2026-02-02T00:00:00.000Z' }), flows: {} });
    await repository.createDocument(mapFor('middle', { name: 'Middle review', updatedAt: '2026-01-15T00:00:00.000Z' }));

    const list = await repository.listAssessments();
    expect(list.map((s) => s.name)).toEqual(['Newer review', 'Middle review', 'Older review']);
    expect(list[0]).toMatchObject({ id: 'newer', organisation: 'Beta Aid', systemCount: 3, flowCount: 0 });
    expect(list[2]).toMatchObject({ id: 'older', organisation: 'Acme Trust', systemCount: 3, flowCount: 2 });
  });

  it('saves added, changed and removed systems and flows, and marks the assessment as changed', async () => {
    const { repository } = freshStore();
    const before = mapFor('a1');
    await repository.createDocument(before);
    const crm = before.systems[asSystemId('a1-crm')]!;
    const newSystem = { ...crm, id: asSystemId('a1-website'), name: 'Website' };
    const newFlow = createFlow({ id: asFlowId('a1-forms'), sourceId: newSystem.id, targetId: crm.id, name: 'Web forms' });
    const { [asSystemId('a1-mailchimp')]: _removedSystem, ...keptSystems } = before.systems;
    const { [asFlowId('a1-newsletter')]: _removedFlow, ...keptFlows } = before.flows;
    const after: MapDocument = {
      ...before,
      systems: { ...keptSystems, [crm.id]: { ...crm, owner: 'Priya' }, [newSystem.id]: newSystem },
      flows: { ...keptFlows, [newFlow.id]: newFlow },
    };

    await repository.applyChange(before.assessment.id, diffDocuments(before, after), LATER, historyWrite());

    expect(await repository.loadDocument(before.assessment.id)).toEqual({ ...after, assessment: { ...before.assessment, updatedAt: LATER } });
    expect((await repository.listAssessments())[0]?.updatedAt).toBe(LATER);
  });

  it('saves a renamed assessment, stamped with the time of the change', async () => {
    const { repository } = freshStore();
    const before = mapFor('a1');
    await repository.createDocument(before);
    const renamed = { ...before.assessment, name: 'Renamed review' };

    await repository.applyChange(before.assessment.id, { ...noChange, assessment: renamed }, LATER, historyWrite());

    const loaded = await repository.loadDocument(before.assessment.id);
    expect(loaded?.assessment).toEqual({ ...renamed, updatedAt: LATER });
  });

  it('refuses a change for an assessment that no longer exists, and writes none of it', async () => {
    const { repository, tables } = freshStore();
    const stray = mapFor('gone');
    const change: DocumentChange = { ...noChange, putSystems: Object.values(stray.systems), putFlows: Object.values(stray.flows) };

    await expect(repository.applyChange(stray.assessment.id, change, LATER, historyWrite())).rejects.toThrow(/no longer exists/);

    expect(await tables.assessments.count()).toBe(0);
    expect(await tables.systems.count()).toBe(0);
    expect(await tables.flows.count()).toBe(0);
  });

  it('refuses to create an assessment whose id is taken, leaving the original untouched', async () => {
    const { repository, tables } = freshStore();
    const original = mapFor('a1');
    await repository.createDocument(original);
    const impostor = mapBuilder().system('Impostor').build();

    await expect(repository.createDocument({ ...impostor, assessment: { ...impostor.assessment, id: original.assessment.id, name: 'Impostor' } })).rejects.toThrow();

    expect(await repository.loadDocument(original.assessment.id)).toEqual(original);
    expect(await tables.systems.get(asSystemId('sys-1'))).toBeUndefined();
  });

  it('refuses to create a copy that reuses another map’s system ids, instead of taking them over', async () => {
    const { repository, tables } = freshStore();
    const original = mapFor('a1');
    await repository.createDocument(original);

    const copy = { ...original, assessment: { ...original.assessment, id: asAssessmentId('copy') }, flows: {} };
    await expect(repository.createDocument(copy)).rejects.toThrow();

    expect(await tables.assessments.get(asAssessmentId('copy'))).toBeUndefined();
    expect((await tables.systems.toArray()).every((row) => row.assessmentId === 'a1')).toBe(true);
  });

  it('deletes an assessment with every one of its systems and flows, and nothing of another', async () => {
    const { repository, tables } = freshStore();
    await repository.createDocument(mapFor('doomed'));
    const survivor = mapFor('survivor');
    await repository.createDocument(survivor);

    await repository.deleteAssessment(asAssessmentId('doomed'));

    expect(await tables.assessments.get(asAssessmentId('doomed'))).toBeUndefined();
    expect(await tables.systems.where('assessmentId').equals('doomed').count()).toBe(0);
    expect(await tables.flows.where('assessmentId').equals('doomed').count()).toBe(0);
    expect(await tables.systems.count()).toBe(3);
    expect(await tables.flows.count()).toBe(2);
    expect(await repository.loadDocument(survivor.assessment.id)).toEqual(survivor);
  });

  it('writes nothing of a change that fails part-way through', async () => {
    const { repository, tables } = freshStore();
    const before = mapFor('a1');
    await repository.createDocument(before);
    const crm = before.systems[asSystemId('a1-crm')]!;
    const goodFlow = createFlow({ id: asFlowId('a1-good'), sourceId: crm.id, targetId: asSystemId('a1-xero') });
    // IndexedDB cannot store a record without its key, so this put throws after the others ran.
    const keylessFlow = { ...goodFlow, id: undefined } as unknown as FlowRecord;
    const change: DocumentChange = {
      ...NO_CHANGE,
      assessment: { ...before.assessment, name: 'Half-saved' },
      putSystems: [{ ...crm, name: 'Renamed CRM' }],
      deleteSystemIds: [asSystemId('a1-mailchimp')],
      putFlows: [goodFlow, keylessFlow],
      deleteFlowIds: [asFlowId('a1-newsletter')],
    };

    await expect(repository.applyChange(before.assessment.id, change, LATER, historyWrite())).rejects.toThrow();

    expect(await tables.flows.get(asFlowId('a1-good'))).toBeUndefined();
    expect(await repository.loadDocument(before.assessment.id)).toEqual(before);
  });

  it('fills in the default for a field that rows saved by an older version lack', async () => {
    const { repository, tables } = freshStore();
    const doc = mapFor('a1');
    await repository.createDocument(doc);
    const { reviewedBy: _, ...olderRow } = (await tables.systems.get(asSystemId('a1-crm')))!;
    await tables.systems.put(olderRow as typeof olderRow & { reviewedBy: string });
    expect(await tables.systems.get(asSystemId('a1-crm'))).not.toHaveProperty('reviewedBy');

    const loaded = await repository.loadDocument(doc.assessment.id);

    expect(loaded?.systems[asSystemId('a1-crm')]?.reviewedBy).toBe('');
    expect(loaded).toEqual(doc);
  });

  it('refuses to open a damaged row, naming the field that is wrong', async () => {
    const { repository, tables } = freshStore();
    const doc = mapBuilder().system('CRM').build();
    await repository.createDocument(doc);
    const row = (await tables.systems.get(asSystemId('sys-1')))!;
    await tables.systems.put({ ...row, kind: 'spaceship' as never });

    await expect(repository.loadDocument(doc.assessment.id)).rejects.toThrow(/systems\[0\]\.kind: "spaceship" is not a system kind/);
  });
});

/** `mapFor(id)` with a treatment of its gift-aid flow and a custom risk about its CRM. */
function registerMapFor(assessmentId: string): MapDocument {
  const doc = mapFor(assessmentId);
  const treatment = createTreatment(findingIdOf('no-owner', asFlowId(`${assessmentId}-gift-aid`)), { status: 'accepted', justification: 'Finance owns it' });
  const risk = createRisk({ id: asRiskId(`${assessmentId}-risk`), title: 'One volunteer runs it', relatedIds: [asSystemId(`${assessmentId}-crm`)] });
  return { ...doc, treatments: { [treatment.findingId]: treatment }, risks: { [risk.id]: risk } };
}

/** How many rows each table holds for one assessment. */
async function rowCounts(tables: MapDatabase, assessmentId: string) {
  const count = (table: typeof tables.systems | typeof tables.flows | typeof tables.treatments | typeof tables.risks) =>
    table.where('assessmentId').equals(assessmentId).count();
  return {
    assessments: await tables.assessments.where('id').equals(assessmentId).count(),
    systems: await count(tables.systems), flows: await count(tables.flows), treatments: await count(tables.treatments), risks: await count(tables.risks),
  };
}

describe('replacing a stored assessment with another version of it (a map file)', () => {
  it('stores exactly the new version: records it lacks are removed, its new and changed records written', async () => {
    const { repository, tables } = freshStore();
    const stored = registerMapFor('a1');
    await repository.createDocument(stored);
    const crm = stored.systems[asSystemId('a1-crm')]!;
    const website = { ...crm, id: asSystemId('a1-website'), name: 'Website' };
    const fromFile: MapDocument = {
      assessment: { ...stored.assessment, name: 'Reviewed on the laptop', updatedAt: LATER },
      systems: { [crm.id]: { ...crm, owner: 'Priya' }, [asSystemId('a1-xero')]: stored.systems[asSystemId('a1-xero')]!, [website.id]: website },
      flows: { [asFlowId('a1-gift-aid')]: stored.flows[asFlowId('a1-gift-aid')]! },
      treatments: {},
      risks: {},
    };

    await repository.replaceDocument(fromFile);

    expect(await repository.loadDocument(asAssessmentId('a1'))).toEqual(fromFile);
    expect(await rowCounts(tables, 'a1')).toEqual({ assessments: 1, systems: 3, flows: 1, treatments: 0, risks: 0 });
    expect(await tables.systems.get(asSystemId('a1-mailchimp'))).toBeUndefined();
    expect(await tables.flows.get(asFlowId('a1-newsletter'))).toBeUndefined();
  });

  it('creates the assessment when it is no longer stored', async () => {
    const { repository } = freshStore();
    const doc = registerMapFor('a1');
    await repository.replaceDocument(doc);
    expect(await repository.loadDocument(doc.assessment.id)).toEqual(doc);
  });

  it('leaves every other assessment as it was', async () => {
    const { repository } = freshStore();
    const other = registerMapFor('other');
    await repository.createDocument(other);
    await repository.createDocument(registerMapFor('a1'));

    await repository.replaceDocument({ ...mapFor('a1'), systems: {}, flows: {} });

    expect(await repository.loadDocument(other.assessment.id)).toEqual(other);
    expect((await repository.listAssessments()).map((s) => [s.id, s.systemCount, s.flowCount])).toEqual(expect.arrayContaining([['other', 3, 2], ['a1', 0, 0]]));
  });

  it('writes nothing, and removes nothing, when it fails part-way through', async () => {
    const { repository, tables } = freshStore();
    const stored = registerMapFor('a1');
    await repository.createDocument(stored);
    // IndexedDB cannot store a record without its key: this add throws after the old rows were deleted.
    const keylessFlow = { ...stored.flows[asFlowId('a1-gift-aid')]!, id: undefined } as unknown as FlowRecord;
    const broken: MapDocument = { ...mapFor('a1', { name: 'Half-replaced' }), flows: { [asFlowId('a1-broken')]: keylessFlow } };

    await expect(repository.replaceDocument(broken)).rejects.toThrow();

    expect(await repository.loadDocument(asAssessmentId('a1'))).toEqual(stored);
    expect(await rowCounts(tables, 'a1')).toEqual({ assessments: 1, systems: 3, flows: 2, treatments: 1, risks: 1 });
  });

  it('refuses, writing nothing, a version whose record ids another assessment uses', async () => {
    const { repository, tables } = freshStore();
    const owner = mapFor('owner');
    await repository.createDocument(owner);
    const stored = registerMapFor('a1');
    await repository.createDocument(stored);
    // A file whose systems carry the ids of another assessment's systems.
    const clashing: MapDocument = { ...owner, assessment: stored.assessment, treatments: {}, risks: {} };

    const attempt = repository.replaceDocument(clashing);
    await expect(attempt).rejects.toBeInstanceOf(RecordIdConflictError);
    await expect(attempt).rejects.toThrow(/Another assessment on this computer already uses the ids "owner-crm", "owner-mailchimp", "owner-xero" and others for its records\./);

    expect(await repository.loadDocument(asAssessmentId('a1'))).toEqual(stored);
    expect(await repository.loadDocument(asAssessmentId('owner'))).toEqual(owner);
    expect(await rowCounts(tables, 'owner')).toEqual({ assessments: 1, systems: 3, flows: 2, treatments: 0, risks: 0 });
  });

  it('refuses to create a new assessment whose record ids another uses, saying so', async () => {
    const { repository, tables } = freshStore();
    const owner = mapFor('owner');
    await repository.createDocument(owner);

    const newcomer = { ...owner, assessment: { ...owner.assessment, id: asAssessmentId('newcomer') } };
    await expect(repository.createDocument(newcomer)).rejects.toBeInstanceOf(RecordIdConflictError);

    expect(await tables.assessments.get(asAssessmentId('newcomer'))).toBeUndefined();
  });
});
