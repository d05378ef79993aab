import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  asFlowId, asSystemId, diffDocuments, replacedBetween, type DocumentChange, type MapDocument,
} from '../../../shared/model';
import { updateFlows, updateSystems } from '../../../renderer/commands/bulk-commands';
import { MAP_COMMANDS } from '../../../renderer/commands/map-commands';
import { createDexieRepository } from '../../../renderer/persistence/dexie-repository';
import type { MapRepository } from '../../../renderer/persistence/repository';
import { createMapStore } from '../../../renderer/store/map-store';
import { mapBuilder } from '../../support/map-builder';

const flow1 = asFlowId('flow-1');
const flow2 = asFlowId('flow-2');
const flow3 = asFlowId('flow-3');

/** CRM → Finance (owned by Ann), Website → CRM and CRM → Website (no owner). */
const sampleMap = (): MapDocument => mapBuilder()
  .system('CRM').system('Finance').system('Website')
  .flow('CRM', 'Finance', { owner: 'Ann' })
  .flow('Website', 'CRM')
  .flow('CRM', 'Website')
  .build();

/** A map of `count` flows between two systems, for timing a large bulk edit. */
function largeMap(count: number): MapDocument {
  let builder = mapBuilder().system('CRM').system('Finance');
  for (let i = 0; i < count; i++) builder = builder.flow('CRM', 'Finance', { name: `Flow ${i}` });
  return builder.build();
}

describe('updateFlows', () => {
  it('sets the same field on every listed flow', () => {
    const doc = sampleMap();
    const next = updateFlows.perform(doc, { ids: [flow1, flow2], changes: { owner: 'Priya Shah' } });
    expect(next.flows[flow1]?.owner).toBe('Priya Shah');
    expect(next.flows[flow2]?.owner).toBe('Priya Shah');
    expect(next.flows[flow3]).toBe(doc.flows[flow3]);
  });

  it('never changes the document it was given', () => {
    const doc = sampleMap();
    const before = structuredClone(doc);
    updateFlows.perform(doc, { ids: [flow1, flow2, flow3], changes: { owner: 'Priya Shah', dataTypes: ['personal'] } });
    expect(doc).toEqual(before);
  });

  it('replaces only the flows whose value actually changes, so only those are written', () => {
    const doc = sampleMap();
    const next = updateFlows.perform(doc, { ids: [flow1, flow2], changes: { owner: 'Ann' } });
    expect([...(replacedBetween(doc.flows, next.flows) ?? [])]).toEqual([flow2]);
    expect(diffDocuments(doc, next).putFlows.map((f) => f.id)).toEqual([flow2]);
  });

  it('returns the same document when every listed flow already has the value, or none exists', () => {
    const doc = sampleMap();
    expect(updateFlows.perform(doc, { ids: [flow1], changes: { owner: 'Ann' } })).toBe(doc);
    expect(updateFlows.perform(doc, { ids: [asFlowId('gone'), asFlowId('constructor')], changes: { owner: 'Bo' } })).toBe(doc);
    expect(updateFlows.perform(doc, { ids: [], changes: { owner: 'Bo' } })).toBe(doc);
  });

  it('skips ids the map no longer holds and changes the rest', () => {
    const next = updateFlows.perform(sampleMap(), { ids: [asFlowId('deleted'), flow3], changes: { status: 'paused' } });
    expect(next.flows[flow3]?.status).toBe('paused');
    expect(Object.keys(next.flows)).toEqual([flow1, flow2, flow3]);
  });
});

describe('updateSystems', () => {
  it('sets the same field on every listed system and leaves the flows alone', () => {
    const doc = sampleMap();
    const next = updateSystems.perform(doc, { ids: [asSystemId('sys-1'), asSystemId('sys-3')], changes: { hosting: 'saas' } });
    expect(next.systems[asSystemId('sys-1')]?.hosting).toBe('saas');
    expect(next.systems[asSystemId('sys-2')]).toBe(doc.systems[asSystemId('sys-2')]);
    expect(next.systems[asSystemId('sys-3')]?.hosting).toBe('saas');
    expect(next.flows).toBe(doc.flows);
  });
});

describe('a bulk edit in the store', () => {
  it('is registered as a map command by its own name', () => {
    expect(MAP_COMMANDS.updateFlows).toBe(updateFlows);
    expect(MAP_COMMANDS.updateSystems).toBe(updateSystems);
  });

  it('is one undo step and one storage transaction, and one undo restores every flow', async () => {
    const { store, writes, reopened } = await openInStore(sampleMap());
    const before = store.getState().doc;
    store.getState().run('updateFlows', { ids: [flow1, flow2, flow3], changes: { owner: 'Priya Shah' } });

    expect(store.getState().past.map((step) => [step.commandName, step.label])).toEqual([['updateFlows', 'Edit data flows']]);
    await store.getState().whenSaved();
    expect(writes).toHaveLength(1);
    expect(writes[0]!.putFlows.map((f) => f.owner)).toEqual(['Priya Shah', 'Priya Shah', 'Priya Shah']);
    expect(Object.values((await reopened()).flows).map((f) => f.owner)).toEqual(['Priya Shah', 'Priya Shah', 'Priya Shah']);

    store.getState().undo();
    expect(store.getState().doc.flows).toEqual(before.flows);
    expect(Object.values((await reopened()).flows).map((f) => f.owner)).toEqual(['Ann', '', '']);
    expect(writes).toHaveLength(2);
  });

  it('sets a field on 1,000 of 5,000 flows in one write of just those 1,000', async () => {
    const doc = largeMap(5000);
    const { store, writes } = await openInStore(doc);
    const ids = Object.keys(doc.flows).slice(0, 1000).map(asFlowId);
    store.getState().run('updateFlows', { ids, changes: { owner: 'New owner' } });
    await store.getState().whenSaved();
    expect(writes).toHaveLength(1);
    expect(writes[0]!.putFlows).toHaveLength(1000);
    expect(store.getState().save.status).toBe('saved');
  }, 30_000);
});

let databases = 0;

/** Stores `doc` in a fresh database and opens a store on it; every write the store makes is recorded. */
async function openInStore(doc: MapDocument) {
  const databaseName = `bulk-commands-test-${++databases}`;
  const real = createDexieRepository({ databaseName });
  await real.createDocument(doc);
  const writes: DocumentChange[] = [];
  const repository: MapRepository = {
    ...real,
    applyChange: (...args: Parameters<MapRepository['applyChange']>) => {
      writes.push(args[1]);
      return real.applyChange(...args);
    },
  };
  const store = createMapStore({ repository, doc, now: () => new Date('2026-03-01T10:00:00.000Z') });
  return {
    store,
    writes,
    async reopened(): Promise<MapDocument> {
      await store.getState().whenSaved();
      const stored = await createDexieRepository({ databaseName }).loadDocument(doc.assessment.id);
      if (!stored) throw new Error('The assessment is missing from storage');
      return stored;
    },
  };
}
