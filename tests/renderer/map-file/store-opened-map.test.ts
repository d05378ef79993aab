import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { AppServices } from '../../../renderer/app/services';
import { createDexieRepository } from '../../../renderer/persistence/dexie-repository';
import { findStoredVersion, storeOpenedMap } from '../../../renderer/map-file/store-opened-map';
import { asAssessmentId, NO_CHANGE, flowList, systemList, treatmentList, type AssessmentId, type MapDocument } from '../../../shared/model';
import { changeRecord, fieldChange } from '../../support/history';
import { mapBuilder } from '../../support/map-builder';

let databases = 0;

/** The app's services a map file is stored with, on a fresh database; ids count up from `id-1`. */
function services(): Pick<AppServices, 'repository' | 'newId'> {
  let next = 0;
  return {
    repository: createDexieRepository({ databaseName: `store-opened-map-${++databases}`, indexedDB, IDBKeyRange }),
    newId: () => `id-${++next}`,
  };
}

const fromFile: MapDocument = mapBuilder()
  .system('CRM', { kind: 'crm' })
  .system('Xero', { kind: 'finance' })
  .flow('CRM', 'Xero', { name: 'Gift Aid', owner: 'Priya' })
  .treatment('no-owner:sys-2', { status: 'accepted', justification: 'Finance owns it' })
  .risk({ title: 'One volunteer runs it' })
  .build();

/** What the file's history says: Priya set the flow's owner, and accepted a finding about Xero. */
const fileHistory = [
  changeRecord({ at: '2026-02-01T09:00:00.000Z', changes: [fieldChange({ id: 'flow-1', name: 'Gift Aid', after: 'Priya' })] }),
  changeRecord({
    at: '2026-02-02T09:00:00.000Z', command: 'treatFinding', label: 'Edit treatment',
    changes: [fieldChange({ kind: 'treatment', id: 'no-owner:sys-2', name: 'No named owner: Xero', field: 'status', label: 'Treatment', before: 'Unchecked', after: 'Accepted' })],
  }),
];
const opened = { document: fromFile, history: fileHistory };

/** The stored history of an assessment, oldest first, as a file would hold it. */
async function storedHistory(app: ReturnType<typeof services>, id: AssessmentId) {
  const { records } = await app.repository.loadHistory(id);
  return records.map(({ key: _, ...record }) => record).reverse();
}

describe('storing a map read from a file', () => {
  it('stores a map this computer has not seen as it is, and finds it stored afterwards', async () => {
    const app = services();
    expect(await findStoredVersion(app, fromFile)).toBeUndefined();

    const id = await storeOpenedMap(app, opened, 'new');

    expect(id).toBe(fromFile.assessment.id);
    expect(await app.repository.loadDocument(id)).toEqual(fromFile);
    expect(await findStoredVersion(app, fromFile)).toMatchObject({ id, name: 'Test assessment', systemCount: 2, flowCount: 1 });
    expect(await storedHistory(app, id)).toEqual(fileHistory);
  });

  it('replaces the stored version when asked to, dropping what the file does not have', async () => {
    const app = services();
    const stored = mapBuilder().system('CRM').system('Xero').system('Old spreadsheet').flow('CRM', 'Xero').build();
    await app.repository.createDocument(stored);

    await app.repository.applyChange(stored.assessment.id, NO_CHANGE, '2026-02-03T09:00:00.000Z', { record: changeRecord({ label: 'Made on this computer' }) });

    await storeOpenedMap(app, opened, 'replace');

    expect(await app.repository.loadDocument(fromFile.assessment.id)).toEqual(fromFile);
    expect(await app.repository.listAssessments()).toHaveLength(1);
    expect(await storedHistory(app, fromFile.assessment.id)).toEqual(fileHistory);
  });

  it('keeps both when asked to: the file under new ids and "(from file)", the stored version untouched', async () => {
    const app = services();
    await app.repository.createDocument(fromFile);

    const id = await storeOpenedMap(app, opened, 'keep-both');

    expect(id).not.toBe(fromFile.assessment.id);
    expect(await app.repository.loadDocument(fromFile.assessment.id)).toEqual(fromFile);
    const copy = (await app.repository.loadDocument(id))!;
    expect(copy.assessment.name).toBe('Test assessment (from file)');
    expect(systemList(copy).map((s) => s.name)).toEqual(['CRM', 'Xero']);
    expect(flowList(copy)[0]).toMatchObject({ name: 'Gift Aid', owner: 'Priya' });
    expect(treatmentList(copy)[0]).toMatchObject({ status: 'accepted', justification: 'Finance owns it' });
    expect((await app.repository.listAssessments()).map((s) => s.name).sort()).toEqual(['Test assessment', 'Test assessment (from file)']);
    // The copy's history follows its records to their new ids, so the copied flow's history is its own.
    const history = await storedHistory(app, id);
    expect(history.map((r) => r.changes[0]!.id)).toEqual([flowList(copy)[0]!.id, `no-owner:${systemList(copy)[1]!.id}`]);
    expect(await storedHistory(app, fromFile.assessment.id)).toEqual([]);
  });

  it('stores a new map under new record ids when another assessment already uses its record ids', async () => {
    const app = services();
    // Another map whose systems and flow happen to have the same ids (sys-1, sys-2, flow-1), as maps written by scripts do.
    const other = mapBuilder().system('Website').system('Mailchimp').flow('Website', 'Mailchimp').build();
    await app.repository.createDocument({ ...other, assessment: { ...other.assessment, id: asAssessmentId('other') } });

    const id = await storeOpenedMap(app, opened, 'new');

    expect(id).toBe(fromFile.assessment.id);
    const stored = (await app.repository.loadDocument(id))!;
    expect(systemList(stored).map((s) => s.name)).toEqual(['CRM', 'Xero']);
    expect(systemList(stored).map((s) => s.id)).not.toContain('sys-1');
    expect(treatmentList(stored)[0]!.findingId).toBe(`no-owner:${systemList(stored)[1]!.id}`);
    expect((await storedHistory(app, id))[0]!.changes[0]!.id).toBe(flowList(stored)[0]!.id);
    expect(systemList((await app.repository.loadDocument(asAssessmentId('other')))!).map((s) => s.name)).toEqual(['Website', 'Mailchimp']);
  });
});
