import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { AppServices } from '../../../renderer/app/services';
import { createDexieRepository } from '../../../renderer/persistence/dexie-repository';
import { findStoredVersion, storeOpenedMap } from '../../../renderer/map-file/store-opened-map';
import { asAssessmentId, flowList, systemList, treatmentList, type MapDocument } from '../../../shared/model';
import type { Platform } from '../../../shared/platform';
import { mapBuilder } from '../../support/map-builder';

let databases = 0;

/** The app's services on a fresh database; ids count up from `id-1`. */
function services(): AppServices {
  let next = 0;
  return {
    platform: {} as Platform,
    repository: createDexieRepository({ databaseName: `store-opened-map-${++databases}`, indexedDB, IDBKeyRange }),
    newId: () => `id-${++next}`,
    now: () => new Date('2026-03-01T12:00:00.000Z'),
  };
}

const fromFile: MapDocument = mapBuilder()
  .system('CRM', { kind: 'crm' })
  .system('Xero', { kind: 'finance' })
  .flow('CRM', 'Xero', { name: 'Gift Aid', owner: 'Priya' })
  .treatment('no-owner:sys-2', { status: 'accepted', justification: 'Finance owns it' })
  .risk({ title: 'One volunteer runs it' })
  .build();

describe('storing a map read from a file', () => {
  it('stores a map this computer has not seen as it is, and finds it stored afterwards', async () => {
    const app = services();
    expect(await findStoredVersion(app, fromFile)).toBeUndefined();

    const id = await storeOpenedMap(app, fromFile, 'new');

    expect(id).toBe(fromFile.assessment.id);
    expect(await app.repository.loadDocument(id)).toEqual(fromFile);
    expect(await findStoredVersion(app, fromFile)).toMatchObject({ id, name: 'Test assessment', systemCount: 2, flowCount: 1 });
  });

  it('replaces the stored version when asked to, dropping what the file does not have', async () => {
    const app = services();
    const stored = mapBuilder().system('CRM').system('Xero').system('Old spreadsheet').flow('CRM', 'Xero').build();
    await app.repository.createDocument(stored);

    await storeOpenedMap(app, fromFile, 'replace');

    expect(await app.repository.loadDocument(fromFile.assessment.id)).toEqual(fromFile);
    expect(await app.repository.listAssessments()).toHaveLength(1);
  });

  it('keeps both when asked to: the file under new ids and "(from file)", the stored version untouched', async () => {
    const app = services();
    await app.repository.createDocument(fromFile);

    const id = await storeOpenedMap(app, fromFile, 'keep-both');

    expect(id).not.toBe(fromFile.assessment.id);
    expect(await app.repository.loadDocument(fromFile.assessment.id)).toEqual(fromFile);
    const copy = (await app.repository.loadDocument(id))!;
    expect(copy.assessment.name).toBe('Test assessment (from file)');
    expect(systemList(copy).map((s) => s.name)).toEqual(['CRM', 'Xero']);
    expect(flowList(copy)[0]).toMatchObject({ name: 'Gift Aid', owner: 'Priya' });
    expect(treatmentList(copy)[0]).toMatchObject({ status: 'accepted', justification: 'Finance owns it' });
    expect((await app.repository.listAssessments()).map((s) => s.name).sort()).toEqual(['Test assessment', 'Test assessment (from file)']);
  });

  it('stores a new map under new record ids when another assessment already uses its record ids', async () => {
    const app = services();
    // Another map whose systems and flow happen to have the same ids (sys-1, sys-2, flow-1), as maps written by scripts do.
    const other = mapBuilder().system('Website').system('Mailchimp').flow('Website', 'Mailchimp').build();
    await app.repository.createDocument({ ...other, assessment: { ...other.assessment, id: asAssessmentId('other') } });

    const id = await storeOpenedMap(app, fromFile, 'new');

    expect(id).toBe(fromFile.assessment.id);
    const stored = (await app.repository.loadDocument(id))!;
    expect(systemList(stored).map((s) => s.name)).toEqual(['CRM', 'Xero']);
    expect(systemList(stored).map((s) => s.id)).not.toContain('sys-1');
    expect(treatmentList(stored)[0]!.findingId).toBe(`no-owner:${systemList(stored)[1]!.id}`);
    expect(systemList((await app.repository.loadDocument(asAssessmentId('other')))!).map((s) => s.name)).toEqual(['Website', 'Mailchimp']);
  });
});
