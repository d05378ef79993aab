import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { MapDatabase } from '../../renderer/persistence/database';
import { createDexieRepository } from '../../renderer/persistence/dexie-repository';
import {
  asAssessmentId, asFlowId, asSystemId, createFlow, diffDocuments, NO_CHANGE,
  type DocumentChange, type FlowRecord, type MapDocument,
} from '../../shared/model';
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

    await repository.applyChange(before.assessment.id, diffDocuments(before, after), LATER);

    expect(await repository.loadDocument(before.assessment.id)).toEqual({ ...after, assessment: { ...before.assessment, updatedAt: LATER } });
    expect((await repository.listAssessments())[0]?.updatedAt).toBe(LATER);
  });

  it('saves a renamed assessment, stamped with the time of the change', async () => {
    const { repository } = freshStore();
    const before = mapFor('a1');
    await repository.createDocument(before);
    const renamed = { ...before.assessment, name: 'Renamed review' };

    await repository.applyChange(before.assessment.id, { ...noChange, assessment: renamed }, LATER);

    const loaded = await repository.loadDocument(before.assessment.id);
    expect(loaded?.assessment).toEqual({ ...renamed, updatedAt: LATER });
  });

  it('refuses a change for an assessment that no longer exists, and writes none of it', async () => {
    const { repository, tables } = freshStore();
    const stray = mapFor('gone');
    const change: DocumentChange = { ...noChange, putSystems: Object.values(stray.systems), putFlows: Object.values(stray.flows) };

    await expect(repository.applyChange(stray.assessment.id, change, LATER)).rejects.toThrow(/no longer exists/);

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

    await expect(repository.applyChange(before.assessment.id, change, LATER)).rejects.toThrow();

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
