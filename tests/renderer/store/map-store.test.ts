import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  asFlowId, asSystemId, createFlow, createSystem, type DocumentChange, type MapDocument,
} from '../../../shared/model';
import { createDexieRepository } from '../../../renderer/persistence/dexie-repository';
import type { MapRepository } from '../../../renderer/persistence/repository';
import { createMapStore, type MapState } from '../../../renderer/store/map-store';
import { mapBuilder } from '../../support/map-builder';

const crm = asSystemId('sys-1');
const finance = asSystemId('sys-2');
const crmToFinance = asFlowId('flow-1');
const websiteToCrm = asFlowId('flow-2');

/** CRM → Finance and Website → CRM. */
const sampleMap = () => mapBuilder().system('CRM').system('Finance').system('Website')
  .flow('CRM', 'Finance').flow('Website', 'CRM').build();

let databases = 0;

/**
 * Stores the sample map in a fresh database and opens a store on it, as the app does. The store
 * talks to the real Dexie repository through a thin wrapper that records every write and can
 * make the next one fail.
 */
async function openSampleMap() {
  const databaseName = `map-store-test-${++databases}`;
  const real = createDexieRepository({ databaseName });
  const doc = sampleMap();
  await real.createDocument(doc);
  const writes: DocumentChange[] = [];
  let failNextWrite = false;
  const repository: MapRepository = {
    ...real,
    applyChange(id, change, at, history) {
      writes.push(change);
      if (!failNextWrite) return real.applyChange(id, change, at, history);
      failNextWrite = false;
      return Promise.reject(new Error('The disk is full'));
    },
  };
  let time = Date.parse('2026-03-01T10:00:00.000Z');
  const store = createMapStore({ repository, doc, now: () => new Date(time) });
  return {
    store,
    state: (): MapState => store.getState(),
    writes,
    failNextWrite: () => { failNextWrite = true; },
    wait: (ms: number) => { time += ms; },
    /** What the user would see after closing the app and opening the assessment again. */
    async reopened(): Promise<MapDocument> {
      await store.getState().whenSaved();
      const stored = await createDexieRepository({ databaseName }).loadDocument(doc.assessment.id);
      if (!stored) throw new Error('The assessment is missing from storage');
      return stored;
    },
  };
}

const ids = (records: object) => Object.keys(records).sort();

interface CommandCase {
  readonly does: string;
  run(state: MapState): boolean;
  /** The part of the map the command changes. */
  look(doc: MapDocument): unknown;
}

const everyCommand: CommandCase[] = [
  {
    does: 'addSystem puts a new system on the map',
    run: (s) => s.run('addSystem', { system: createSystem({ id: asSystemId('sys-new'), name: 'Payroll', position: { x: 5, y: 6 } }) }),
    look: (doc) => doc.systems[asSystemId('sys-new')],
  },
  {
    does: 'updateSystem renames a system',
    run: (s) => s.run('updateSystem', { id: crm, changes: { name: 'Salesforce' } }),
    look: (doc) => doc.systems[crm]?.name,
  },
  {
    does: 'moveSystems moves a system',
    run: (s) => s.run('moveSystems', { moves: [{ id: crm, position: { x: 40, y: 80 } }] }),
    look: (doc) => doc.systems[crm]?.position,
  },
  {
    does: 'addFlow connects two systems',
    run: (s) => s.run('addFlow', { flow: createFlow({ id: asFlowId('flow-new'), sourceId: finance, targetId: crm, name: 'Refunds' }) }),
    look: (doc) => doc.flows[asFlowId('flow-new')],
  },
  {
    does: 'updateFlow records what a flow carries',
    run: (s) => s.run('updateFlow', { id: crmToFinance, changes: { dataTypes: ['financial', 'personal'] } }),
    look: (doc) => doc.flows[crmToFinance]?.dataTypes,
  },
  {
    does: 'reverseFlow swaps the ends of a flow',
    run: (s) => s.run('reverseFlow', { id: crmToFinance }),
    look: (doc) => [doc.flows[crmToFinance]?.sourceId, doc.flows[crmToFinance]?.targetId],
  },
  {
    does: 'deleteElements removes a flow',
    run: (s) => s.run('deleteElements', { systemIds: [], flowIds: [websiteToCrm] }),
    look: (doc) => ids(doc.flows),
  },
  {
    does: 'updateAssessment renames the assessment',
    run: (s) => s.run('updateAssessment', { changes: { name: 'Integration review 2026' } }),
    look: (doc) => doc.assessment.name,
  },
];

describe('every command, as seen after reopening the assessment', () => {
  it.each(everyCommand)('$does, undo takes it back and redo brings it back', async ({ run, look }) => {
    const map = await openSampleMap();
    const original = look(map.state().doc);

    expect(run(map.state())).toBe(true);
    const changed = look(map.state().doc);
    expect(changed).not.toEqual(original);
    expect(look(await map.reopened())).toEqual(changed);

    map.state().undo();
    expect(look(map.state().doc)).toEqual(original);
    expect(look(await map.reopened())).toEqual(original);

    map.state().redo();
    expect(look(map.state().doc)).toEqual(changed);
    expect(look(await map.reopened())).toEqual(changed);
  });
});

describe('undo and redo', () => {
  it('brings back a deleted system and both of its flows, in storage too', async () => {
    const map = await openSampleMap();
    const before = await map.reopened();
    map.state().run('deleteElements', { systemIds: [crm], flowIds: [] });
    const deleted = await map.reopened();
    expect(deleted.systems[crm]).toBeUndefined();
    expect(ids(deleted.flows)).toEqual([]);

    map.state().undo();
    const restored = await map.reopened();
    expect(restored.systems).toEqual(before.systems);
    expect(restored.flows).toEqual(before.flows);
  });

  it('treats typing "Sales" into one field within two seconds as one step', async () => {
    const map = await openSampleMap();
    for (const name of ['S', 'Sa', 'Sal', 'Sale', 'Sales']) {
      map.wait(300);
      map.state().run('updateSystem', { id: crm, changes: { name } }, { coalesceKey: 'sys-1.name' });
    }
    expect((await map.reopened()).systems[crm]?.name).toBe('Sales');

    map.state().undo();
    expect(map.state().doc.systems[crm]?.name).toBe('CRM');
    expect((await map.reopened()).systems[crm]?.name).toBe('CRM');
    expect(map.state().past).toEqual([]);
  });

  it('makes a new step when typing resumes after a pause of more than two seconds', async () => {
    const map = await openSampleMap();
    map.state().run('updateSystem', { id: crm, changes: { name: 'Sa' } }, { coalesceKey: 'sys-1.name' });
    map.wait(2001);
    map.state().run('updateSystem', { id: crm, changes: { name: 'Sales' } }, { coalesceKey: 'sys-1.name' });

    map.state().undo();
    expect((await map.reopened()).systems[crm]?.name).toBe('Sa');
    map.state().undo();
    expect((await map.reopened()).systems[crm]?.name).toBe('CRM');
  });

  it('forgets what could be redone once a new change is made', async () => {
    const map = await openSampleMap();
    map.state().run('updateSystem', { id: crm, changes: { name: 'Salesforce' } });
    map.state().undo();
    map.state().run('updateSystem', { id: finance, changes: { name: 'Xero' } });
    expect(map.state().future).toEqual([]);

    map.state().redo();
    const stored = await map.reopened();
    expect(stored.systems[crm]?.name).toBe('CRM');
    expect(stored.systems[finance]?.name).toBe('Xero');
  });

  it('does nothing when there is nothing to undo or redo', async () => {
    const map = await openSampleMap();
    const doc = map.state().doc;
    map.state().undo();
    map.state().redo();
    await map.state().whenSaved();
    expect(map.state().doc).toBe(doc);
    expect(map.writes).toEqual([]);
    expect((await map.state().loadHistory()).records).toEqual([]);
  });
});

describe('selection', () => {
  it('drops a deleted system and its flows from the selection', async () => {
    const map = await openSampleMap();
    map.state().select({ systemIds: [crm, finance], flowIds: [crmToFinance] });
    map.state().run('deleteElements', { systemIds: [crm], flowIds: [] });
    expect(map.state().selection).toEqual({ systemIds: [finance], flowIds: [] });
  });
});

describe('saving', () => {
  it('writes each action in exactly one call, and nothing for a change that changes nothing', async () => {
    const map = await openSampleMap();
    expect(map.state().run('updateSystem', { id: crm, changes: { name: 'CRM' } })).toBe(false);
    expect(map.writes).toHaveLength(0);

    const saved = () => map.state().whenSaved();
    map.state().run('deleteElements', { systemIds: [crm], flowIds: [] });
    await saved();
    expect(map.writes).toHaveLength(1);
    expect(map.writes[0]).toMatchObject({ deleteSystemIds: [crm], deleteFlowIds: [crmToFinance, websiteToCrm] });
    map.state().undo();
    await saved();
    expect(map.writes).toHaveLength(2);
    map.state().redo();
    await saved();
    expect(map.writes).toHaveLength(3);
    expect(map.state().save).toEqual({ status: 'saved' });
  });

  it('says the change could not be saved and shows what storage kept when a write fails', async () => {
    const map = await openSampleMap();
    map.failNextWrite();
    map.state().run('updateSystem', { id: crm, changes: { name: 'Salesforce' } });
    await map.state().whenSaved();

    const save = map.state().save;
    expect(save.status).toBe('failed');
    expect(save.status === 'failed' && save.message).toMatch(/could not be saved.*The disk is full/);
    expect(map.state().doc.systems[crm]?.name).toBe('CRM');
    expect((await map.reopened()).systems[crm]?.name).toBe('CRM');

    map.state().run('updateSystem', { id: crm, changes: { name: 'Salesforce' } });
    await map.state().whenSaved();
    expect(map.state().save).toEqual({ status: 'saved' });
    expect((await map.reopened()).systems[crm]?.name).toBe('Salesforce');
  });

  // Fails today: map-store.ts writes the queued change after reloading, so storage keeps "Xero"
  // while the screen shows "Finance". Un-skip once recoverFromFailedWrite drops queued writes.
  it('shows exactly what storage kept when a write fails with another change queued behind it', async () => {
    const map = await openSampleMap();
    map.failNextWrite();
    map.state().run('updateSystem', { id: crm, changes: { name: 'Salesforce' } });
    map.state().run('updateSystem', { id: finance, changes: { name: 'Xero' } });
    const stored = await map.reopened();
    expect(map.state().save.status).toBe('failed');
    expect(map.state().doc.systems).toEqual(stored.systems);
  });
});
