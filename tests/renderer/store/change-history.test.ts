import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks';
import { asFlowId, asSystemId, type ChangeRecord, type FlowRecord, type MapDocument } from '../../../shared/model';
import { createDexieRepository } from '../../../renderer/persistence/dexie-repository';
import type { MapRepository } from '../../../renderer/persistence/repository';
import { createMapStore } from '../../../renderer/store/map-store';
import { mapBuilder } from '../../support/map-builder';

const crm = asSystemId('sys-1');
const giftAid = asFlowId('flow-1');
const START = Date.parse('2026-03-01T10:00:00.000Z');

let databases = 0;

/**
 * Stores `doc` in a fresh database and opens a store on it as the app does, recording changes
 * as made by `author` (changeable), on a clock the test moves. The next write can be made to fail.
 */
async function open(doc: MapDocument = mapBuilder().system('CRM').system('Xero').flow('CRM', 'Xero', { name: 'Gift Aid' }).build()) {
  const databaseName = `change-history-${++databases}`;
  const real = createDexieRepository({ databaseName });
  await real.createDocument(doc);
  let failNextWrite = false;
  const repository: MapRepository = {
    ...real,
    applyChange(id, change, at, history) {
      if (!failNextWrite) return real.applyChange(id, change, at, history);
      failNextWrite = false;
      return Promise.reject(new Error('The disk is full'));
    },
  };
  let time = START;
  let author = 'Priya Shah';
  const store = createMapStore({ repository, doc, now: () => new Date(time), author: () => author });
  return {
    store,
    state: () => store.getState(),
    wait: (ms: number) => { time += ms; },
    setAuthor: (name: string) => { author = name; },
    failNextWrite: () => { failNextWrite = true; },
    /** The history as the History tab lists it, newest first, without storage keys. */
    async history(): Promise<ChangeRecord[]> {
      const { records } = await store.getState().loadHistory();
      return records.map(({ key: _, ...record }) => record);
    },
    /** The history as it is after closing the app and opening the assessment again. */
    async reopenedHistory(): Promise<ChangeRecord[]> {
      await store.getState().whenSaved();
      const { records } = await createDexieRepository({ databaseName }).loadHistory(doc.assessment.id);
      return records.map(({ key: _, ...record }) => record);
    },
  };
}

/** A keystroke in the Owner field of the Gift Aid flow, as the inspector runs it. */
function typeOwner(map: Awaited<ReturnType<typeof open>>, text: string): void {
  map.state().run('updateFlow', { id: giftAid, changes: { owner: text } }, { coalesceKey: `${giftAid}:owner` });
}

describe('the change history', () => {
  it('records one entry per change: when, by whom, as which command, and each field old and new', async () => {
    const map = await open();
    map.state().run('updateFlow', { id: giftAid, changes: { authentication: 'api-key', credentialLocation: 'spreadsheet-document' } });
    map.wait(60_000);
    map.state().run('updateSystem', { id: crm, changes: { name: 'Salesforce' } });

    expect(await map.history()).toEqual([
      {
        at: '2026-03-01T10:01:00.000Z', by: 'Priya Shah', action: 'do', command: 'updateSystem', label: 'Edit system',
        changes: [{ kind: 'system', id: crm, name: 'Salesforce', type: 'changed', field: 'name', label: 'Name', before: 'CRM', after: 'Salesforce' }],
      },
      {
        at: '2026-03-01T10:00:00.000Z', by: 'Priya Shah', action: 'do', command: 'updateFlow', label: 'Edit data flow',
        changes: [
          { kind: 'flow', id: giftAid, name: 'Gift Aid', type: 'changed', field: 'authentication', label: 'Authentication', before: '', after: 'API key' },
          { kind: 'flow', id: giftAid, name: 'Gift Aid', type: 'changed', field: 'credentialLocation', label: 'Credential stored in', before: '', after: 'Spreadsheet / document' },
        ],
      },
    ]);
  });

  it('records nothing for a command that changes nothing', async () => {
    const map = await open();
    expect(map.state().run('updateSystem', { id: crm, changes: { name: 'CRM' } })).toBe(false);
    expect(await map.history()).toEqual([]);
  });

  it('records an undo and a redo as changes of their own, the undo with old and new the other way round', async () => {
    const map = await open();
    map.state().run('updateFlow', { id: giftAid, changes: { owner: 'Jo' } });
    map.state().undo();
    map.state().redo();

    const [redo, undo, done] = await map.history();
    expect([done, undo, redo].map((r) => [r!.action, r!.command, r!.label])).toEqual([
      ['do', 'updateFlow', 'Edit data flow'], ['undo', 'updateFlow', 'Edit data flow'], ['redo', 'updateFlow', 'Edit data flow'],
    ]);
    expect(done!.changes).toEqual([expect.objectContaining({ field: 'owner', before: '', after: 'Jo' })]);
    expect(undo!.changes).toEqual([expect.objectContaining({ field: 'owner', before: 'Jo', after: '' })]);
    expect(redo!.changes).toEqual([expect.objectContaining({ field: 'owner', before: '', after: 'Jo' })]);
  });

  it('records deleting a system with its flows as one entry, and its undo as one entry bringing them back', async () => {
    const map = await open();
    map.state().run('deleteElements', { systemIds: [crm], flowIds: [] });
    map.state().undo();
    const [undo, deletion] = await map.history();
    expect(new Set(deletion!.changes.map((c) => `${c.type} ${c.name}`))).toEqual(new Set(['removed CRM', 'removed Gift Aid']));
    expect(new Set(undo!.changes.map((c) => `${c.type} ${c.name}`))).toEqual(new Set(['added CRM', 'added Gift Aid']));
  });

  it('records typing in one field as one entry, from the value before the first keystroke to after the last', async () => {
    const map = await open();
    for (const text of ['P', 'Pr', 'Pri', 'Priya']) { typeOwner(map, text); map.wait(300); }
    // Still typing: the step is listed already, as far as it has got.
    expect(await map.history()).toEqual([expect.objectContaining({ changes: [expect.objectContaining({ before: '', after: 'Priya' })] })]);

    map.state().run('updateFlow', { id: giftAid, changes: { mfa: 'yes' } });
    const history = await map.reopenedHistory();
    expect(history.map((r) => r.changes.map((c) => `${c.label}: ${c.before} → ${c.after}`))).toEqual([
      ['MFA on the account:  → Yes'], ['Owner:  → Priya'],
    ]);
  });

  it('starts a new entry when typing resumes after a pause, as it starts a new undo step', async () => {
    const map = await open();
    typeOwner(map, 'Pri');
    map.wait(5_000);
    typeOwner(map, 'Priya');
    expect((await map.reopenedHistory()).map((r) => r.changes[0]!.after)).toEqual(['Priya', 'Pri']);
  });

  it('keeps a step that was still being typed when the app closed, and appends it once the next change is made', async () => {
    const map = await open();
    typeOwner(map, 'Sam');
    expect(await map.reopenedHistory()).toHaveLength(1);

    map.wait(60_000);
    map.state().run('updateSystem', { id: crm, changes: { owner: 'Sam' } });
    const history = await map.reopenedHistory();
    expect(history.map((r) => r.command)).toEqual(['updateSystem', 'updateFlow']);
  });

  it('records nothing for a field typed and then typed back to how it was', async () => {
    const map = await open();
    typeOwner(map, 'X');
    typeOwner(map, '');
    map.state().run('updateSystem', { id: crm, changes: { owner: 'Sam' } });
    expect((await map.reopenedHistory()).map((r) => r.command)).toEqual(['updateSystem']);
  });

  it('records an undo of a typing step as one entry after it, and typing after a redo as a new entry', async () => {
    const map = await open();
    typeOwner(map, 'Pri');
    map.state().undo();
    map.state().redo();
    typeOwner(map, 'Priya');
    const history = await map.reopenedHistory();
    expect(history.map((r) => `${r.action} ${r.changes[0]!.before} → ${r.changes[0]!.after}`)).toEqual([
      'do Pri → Priya', 'redo  → Pri', 'undo Pri → ', 'do  → Pri',
    ]);
  });

  it('records nothing of a change that could not be saved', async () => {
    const map = await open();
    map.state().run('updateFlow', { id: giftAid, changes: { owner: 'Jo' } });
    await map.state().whenSaved();
    map.failNextWrite();
    map.state().run('updateSystem', { id: crm, changes: { name: 'Salesforce' } });
    await map.state().whenSaved();

    expect(map.state().save.status).toBe('failed');
    expect((await map.reopenedHistory()).map((r) => r.command)).toEqual(['updateFlow']);
  });

  it('records who was named when each change was made, and a change made before anyone was named as made by nobody', async () => {
    const map = await open();
    map.setAuthor('');
    map.state().run('updateSystem', { id: crm, changes: { owner: 'Sam' } });
    map.setAuthor('Sam Okafor');
    map.state().run('updateSystem', { id: crm, changes: { owner: 'Jo' } });
    expect((await map.history()).map((r) => r.by)).toEqual(['Sam Okafor', '']);
  });

  it('records a command on 1,000 flows as one entry with a change for each flow', async () => {
    let builder = mapBuilder().system('CRM').system('Xero');
    for (let i = 0; i < 1_000; i += 1) builder = builder.flow('CRM', 'Xero', { name: `Sync ${i}`, reviewedBy: 'Priya Shah' });
    const doc = builder.build();
    const map = await open(doc);
    const flowIds = Object.keys(doc.flows) as FlowRecord['id'][];

    map.state().run('markReviewed', { systemIds: [], flowIds, date: '2026-03-01', by: 'Priya Shah' });

    const history = await map.reopenedHistory();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ command: 'markReviewed', label: 'Mark reviewed' });
    expect(history[0]!.changes).toHaveLength(1_000);
    expect(new Set(history[0]!.changes.map((c) => `${c.label}: ${c.before} → ${c.after}`))).toEqual(new Set(['Last reviewed:  → 2026-03-01']));
  });

  it('marks a flow reviewed today by the assessor, which clears its overdue review, and records it', async () => {
    const map = await open(mapBuilder().system('CRM').system('Xero').flow('CRM', 'Xero', { name: 'Gift Aid', lastReviewed: '2024-01-10' }).build());
    const overdue = (doc: MapDocument) => runChecks(doc, '2026-03-01').some((f) => f.checkId === 'review-overdue' && f.elementId === giftAid);
    expect(overdue(map.state().doc)).toBe(true);

    map.state().run('markReviewed', { systemIds: [], flowIds: [giftAid], date: '2026-03-01', by: 'Priya Shah' });

    expect(map.state().doc.flows[giftAid]).toMatchObject({ lastReviewed: '2026-03-01', reviewedBy: 'Priya Shah' });
    expect(overdue(map.state().doc)).toBe(false);
    expect((await map.history())[0]!.changes.map((c) => `${c.label}: ${c.before} → ${c.after}`)).toEqual([
      'Last reviewed: 2024-01-10 → 2026-03-01', 'Reviewed by:  → Priya Shah',
    ]);
  });
});
