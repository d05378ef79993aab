import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDexieRepository } from '../../renderer/persistence/dexie-repository';
import {
  asAssessmentId, asSystemId, diffDocuments, NO_CHANGE, type ChangeRecord, type MapDocument,
} from '../../shared/model';
import { changeRecord, fieldChange } from '../support/history';
import { freshDatabases } from '../support/fake-database';
import { mapBuilder } from '../support/map-builder';

const LATER = '2026-03-01T12:00:00.000Z';
const freshDatabase = freshDatabases('history-storage');

const mapFor = (assessmentId: string): MapDocument => {
  const doc = mapBuilder().system('CRM', { id: asSystemId(`${assessmentId}-crm`) }).build();
  return { ...doc, assessment: { ...doc.assessment, id: asAssessmentId(assessmentId) } };
};

/** A record made at minute `minute` past ten, for telling records apart by time. */
const at = (minute: number, overrides: Partial<ChangeRecord> = {}) =>
  changeRecord({ at: `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`, label: `Change ${minute}`, ...overrides });

const labels = (records: readonly ChangeRecord[]) => records.map((r) => r.label);

describe('storing the change history', () => {
  it('appends each change’s record in the change’s own write, and lists them newest first', async () => {
    const { repository } = freshDatabase();
    const doc = mapFor('a1');
    await repository.createDocument(doc);
    for (const minute of [1, 2, 3]) await repository.applyChange(doc.assessment.id, NO_CHANGE, LATER, { record: at(minute) });

    const page = await repository.loadHistory(doc.assessment.id);
    expect(labels(page.records)).toEqual(['Change 3', 'Change 2', 'Change 1']);
    expect(page.more).toBe(false);
    expect(new Set(page.records.map((r) => r.key)).size).toBe(3);
  });

  it('lists a page at a time, saying whether there are more', async () => {
    const { repository } = freshDatabase();
    const doc = mapFor('a1');
    await repository.createDocument(doc, Array.from({ length: 5 }, (_, i) => at(i)));
    const page = await repository.loadHistory(doc.assessment.id, { limit: 2 });
    expect(labels(page.records)).toEqual(['Change 4', 'Change 3']);
    expect(page.more).toBe(true);
    expect((await repository.loadHistory(doc.assessment.id, { limit: 5 })).more).toBe(false);
  });

  it('filters by element, person and time, and pages through what matches', async () => {
    const { repository } = freshDatabase();
    const doc = mapFor('a1');
    await repository.createDocument(doc, [
      at(1, { by: 'Priya', changes: [fieldChange({ id: 'flow-1', name: 'Gift Aid' })] }),
      at(2, { by: 'Sam', changes: [fieldChange({ id: 'flow-2', name: 'Newsletter' })] }),
      at(3, { by: 'Priya', changes: [fieldChange({ id: 'flow-2', name: 'Newsletter' })] }),
      at(4, { by: 'Priya', changes: [fieldChange({ id: 'flow-1', name: 'Gift Aid' })] }),
    ]);
    const id = doc.assessment.id;
    expect(labels((await repository.loadHistory(id, { filter: { elementIds: ['flow-1'] } })).records)).toEqual(['Change 4', 'Change 1']);
    expect(labels((await repository.loadHistory(id, { filter: { elementText: 'news', by: 'priya' } })).records)).toEqual(['Change 3']);
    expect(labels((await repository.loadHistory(id, { filter: { since: '2026-03-01T10:02:00.000Z', until: '2026-03-01T10:04:00.000Z' } })).records)).toEqual(['Change 3', 'Change 2']);
    const page = await repository.loadHistory(id, { filter: { by: 'Priya' }, limit: 2 });
    expect([labels(page.records), page.more]).toEqual([['Change 4', 'Change 3'], true]);
  });

  it('keeps each assessment’s history apart', async () => {
    const { repository } = freshDatabase();
    await repository.createDocument(mapFor('a1'), [at(1)]);
    await repository.createDocument(mapFor('a2'), [at(2)]);
    expect(labels((await repository.loadHistory(asAssessmentId('a1'))).records)).toEqual(['Change 1']);
    expect(labels((await repository.loadHistory(asAssessmentId('a2'))).records)).toEqual(['Change 2']);
  });

  it('keeps a step being typed as one record, replaced as it grows and appended when another step begins', async () => {
    const { repository, tables } = freshDatabase();
    const doc = mapFor('a1');
    const id = doc.assessment.id;
    await repository.createDocument(doc);
    const typed = (after: string) => at(1, { changes: [fieldChange({ after })] });
    await repository.applyChange(id, NO_CHANGE, LATER, { record: typed('P'), step: 'step-1' });
    await repository.applyChange(id, NO_CHANGE, LATER, { record: typed('Priya'), step: 'step-1' });
    expect((await repository.loadHistory(id)).records.map((r) => r.changes[0]!.after)).toEqual(['Priya']);
    expect(await tables.history.count()).toBe(0);

    await repository.applyChange(id, NO_CHANGE, LATER, { record: at(2) });
    expect(labels((await repository.loadHistory(id)).records)).toEqual(['Change 2', 'Change 1']);
    expect(await tables.history.count()).toBe(2);
    expect(await tables.openSteps.count()).toBe(0);
  });

  it('appends nothing for a step that ended where it began', async () => {
    const { repository } = freshDatabase();
    const doc = mapFor('a1');
    await repository.createDocument(doc);
    await repository.applyChange(doc.assessment.id, NO_CHANGE, LATER, { record: at(1, { changes: [] }), step: 'step-1' });
    expect((await repository.loadHistory(doc.assessment.id)).records).toEqual([]);
    await repository.applyChange(doc.assessment.id, NO_CHANGE, LATER, { record: at(2) });
    expect(labels((await repository.loadHistory(doc.assessment.id)).records)).toEqual(['Change 2']);
  });

  it('stores neither the change nor its record when the record cannot be written', async () => {
    const { repository, tables } = freshDatabase();
    const before = mapFor('a1');
    await repository.createDocument(before);
    const after = { ...before, systems: { [asSystemId('a1-crm')]: { ...before.systems[asSystemId('a1-crm')]!, owner: 'Priya' } } };
    // IndexedDB cannot store a function, so adding this record fails after the change was written.
    const unstorable = { ...at(1), by: (() => 'Priya') as unknown as string };

    await expect(repository.applyChange(before.assessment.id, diffDocuments(before, after), LATER, { record: unstorable })).rejects.toThrow();

    expect(await repository.loadDocument(before.assessment.id)).toEqual(before);
    expect(await tables.history.count()).toBe(0);
  });

  it('stores no record when the change cannot be written, and keeps the step being typed as it was', async () => {
    const { repository, tables } = freshDatabase();
    const doc = mapFor('a1');
    await repository.createDocument(doc);
    await repository.applyChange(doc.assessment.id, NO_CHANGE, LATER, { record: at(1), step: 'step-1' });
    const keyless = { ...doc.systems[asSystemId('a1-crm')]!, id: undefined } as never;

    await expect(repository.applyChange(doc.assessment.id, { ...NO_CHANGE, putSystems: [keyless] }, LATER, { record: at(2) })).rejects.toThrow();

    expect(await tables.history.count()).toBe(0);
    expect(labels((await repository.loadHistory(doc.assessment.id)).records)).toEqual(['Change 1']);
  });

  it('deletes an assessment’s history with it, and no other’s', async () => {
    const { repository, tables } = freshDatabase();
    await repository.createDocument(mapFor('doomed'), [at(1), at(2)]);
    await repository.applyChange(asAssessmentId('doomed'), NO_CHANGE, LATER, { record: at(3), step: 'step-1' });
    await repository.createDocument(mapFor('survivor'), [at(4)]);

    await repository.deleteAssessment(asAssessmentId('doomed'));

    expect((await repository.loadHistory(asAssessmentId('doomed'))).records).toEqual([]);
    expect(await tables.openSteps.count()).toBe(0);
    expect(labels((await repository.loadHistory(asAssessmentId('survivor'))).records)).toEqual(['Change 4']);
  });

  it('takes an opened file’s history in place of the stored one when the file replaces the assessment', async () => {
    const { repository } = freshDatabase();
    const doc = mapFor('a1');
    await repository.createDocument(doc, [at(1), at(2)]);
    await repository.applyChange(doc.assessment.id, NO_CHANGE, LATER, { record: at(3), step: 'step-1' });

    await repository.replaceDocument(doc, [at(7), at(8)]);

    expect(labels((await repository.loadHistory(doc.assessment.id)).records)).toEqual(['Change 8', 'Change 7']);
  });
});

describe('the database upgrade that adds the history', () => {
  it('keeps every assessment stored by the version before, with an empty history', async () => {
    const databaseName = `history-upgrade-${Date.now()}`;
    // The schema as version 2 of the app shipped it.
    const older = new Dexie(databaseName, { indexedDB, IDBKeyRange });
    older.version(1).stores({ assessments: 'id, updatedAt', systems: 'id, assessmentId', flows: 'id, assessmentId' });
    older.version(2).stores({ treatments: '[assessmentId+findingId], assessmentId', risks: 'id, assessmentId' });
    const doc = mapFor('a1');
    await older.table('assessments').put(doc.assessment);
    await older.table('systems').bulkPut(Object.values(doc.systems).map((s) => ({ ...s, assessmentId: doc.assessment.id })));
    older.close();

    const repository = createDexieRepository({ databaseName, indexedDB, IDBKeyRange });
    expect(await repository.loadDocument(doc.assessment.id)).toEqual(doc);
    expect((await repository.loadHistory(doc.assessment.id)).records).toEqual([]);
    await repository.applyChange(doc.assessment.id, NO_CHANGE, LATER, { record: at(1) });
    expect(labels((await repository.loadHistory(doc.assessment.id)).records)).toEqual(['Change 1']);
  });
});

describe('the app’s settings', () => {
  it('has no assessor’s name until one is saved, and keeps it for the next time the app opens', async () => {
    const { databaseName, repository } = freshDatabase();
    expect(await repository.loadSettings()).toEqual({ assessorName: '' });
    await repository.saveSettings({ assessorName: 'Priya Shah' });
    const reopened = createDexieRepository({ databaseName, indexedDB, IDBKeyRange });
    expect(await reopened.loadSettings()).toEqual({ assessorName: 'Priya Shah' });
  });
});
