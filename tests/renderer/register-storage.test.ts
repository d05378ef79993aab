import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDexieRepository } from '../../renderer/persistence/dexie-repository';
import {
  asAssessmentId, createTreatment, diffDocuments, type FindingId, type MapDocument,
} from '../../shared/model';
import { historyWrite } from '../support/history';
import { freshDatabases } from '../support/fake-database';
import { mapBuilder } from '../support/map-builder';

const LATER = '2026-11-22T10:00:00.000Z';
const freshDatabase = freshDatabases('register-storage');

const withRegister = (assessmentId = 'a1'): MapDocument => {
  const doc = mapBuilder()
    .system('CRM')
    .system('Xero')
    .flow('CRM', 'Xero', { credentialLocation: 'spreadsheet-document' })
    .treatment('plaintext-credentials:flow-1', { status: 'in-progress', justification: 'Moving it to the vault', checkedBy: 'Sam' })
    .risk({ title: 'One volunteer runs everything', relatedIds: ['sys-1'] as never })
    .build();
  return { ...doc, assessment: { ...doc.assessment, id: asAssessmentId(assessmentId) } };
};

describe('storing the risk register', () => {
  it('gives back treatments and custom risks exactly as stored', async () => {
    const { repository } = freshDatabase();
    const doc = withRegister();
    await repository.createDocument(doc);
    expect(await repository.loadDocument(doc.assessment.id)).toEqual(doc);
  });

  it('saves a changed treatment and a deleted risk in the same write as the rest of the change', async () => {
    const { repository } = freshDatabase();
    const before = withRegister();
    await repository.createDocument(before);
    const id = 'plaintext-credentials:flow-1' as FindingId;
    const after: MapDocument = {
      ...before,
      treatments: { ...before.treatments, [id]: { ...before.treatments[id]!, status: 'mitigated' } },
      risks: {},
    };

    await repository.applyChange(before.assessment.id, diffDocuments(before, after), LATER, historyWrite());

    const loaded = await repository.loadDocument(before.assessment.id);
    expect(loaded?.treatments[id]?.status).toBe('mitigated');
    expect(loaded?.risks).toEqual({});
  });

  it('keeps two assessments\' treatments of the same finding id apart', async () => {
    const { repository } = freshDatabase();
    const first = withRegister('a1');
    // Element ids are unique across maps, but a treatment outlives its element and a copied or
    // imported map may carry the same finding id: storage must not let one overwrite the other.
    const second = mapBuilder().treatment('plaintext-credentials:flow-1', { status: 'false-positive' }).build();
    await repository.createDocument(first);
    await repository.createDocument({ ...second, assessment: { ...second.assessment, id: asAssessmentId('a2') }, risks: {} });

    const id = 'plaintext-credentials:flow-1' as FindingId;
    expect((await repository.loadDocument(asAssessmentId('a1')))?.treatments[id]?.status).toBe('in-progress');
    expect((await repository.loadDocument(asAssessmentId('a2')))?.treatments[id]?.status).toBe('false-positive');
  });

  it('deletes an assessment\'s treatments and risks with it', async () => {
    const { repository, tables } = freshDatabase();
    const doc = withRegister();
    await repository.createDocument(doc);
    await repository.deleteAssessment(doc.assessment.id);
    expect(await tables.treatments.count()).toBe(0);
    expect(await tables.risks.count()).toBe(0);
  });

  it('writes nothing of a change whose treatment cannot be stored', async () => {
    const { repository } = freshDatabase();
    const before = withRegister();
    await repository.createDocument(before);
    const good = createTreatment('no-owner:flow-1' as FindingId, { status: 'accepted' });
    const keyless = { ...good, findingId: undefined } as never;
    const renamed = { ...before.assessment, name: 'Half-saved' };

    await expect(repository.applyChange(before.assessment.id, {
      ...diffDocuments(before, before), assessment: renamed, putTreatments: [good, keyless],
    }, LATER, historyWrite())).rejects.toThrow();

    const loaded = await repository.loadDocument(before.assessment.id);
    expect(loaded?.assessment.name).toBe(before.assessment.name);
    expect(loaded?.treatments['no-owner:flow-1' as FindingId]).toBeUndefined();
  });

  it('opens maps saved by the first version of the app, before the register existed', async () => {
    const databaseName = `register-upgrade-${Date.now()}`;
    // The database exactly as version 1 of the app created it.
    const v1 = new Dexie(databaseName, { indexedDB, IDBKeyRange });
    v1.version(1).stores({ assessments: 'id, updatedAt', systems: 'id, assessmentId', flows: 'id, assessmentId' });
    const doc = mapBuilder().system('CRM').system('Xero').flow('CRM', 'Xero').build();
    const { leavers: _leavers, ...v1Settings } = doc.assessment.settings;
    await v1.table('assessments').add({ ...doc.assessment, settings: v1Settings });
    await v1.table('systems').bulkAdd(Object.values(doc.systems).map((s) => ({ ...s, assessmentId: doc.assessment.id })));
    await v1.table('flows').bulkAdd(Object.values(doc.flows).map((f) => ({ ...f, assessmentId: doc.assessment.id })));
    v1.close();

    const repository = createDexieRepository({ databaseName, indexedDB, IDBKeyRange });
    expect(await repository.loadDocument(doc.assessment.id)).toEqual(doc);
  });
});
