import { describe, expect, it } from 'vitest';
import {
  asFlowId, asSystemId, createFlow, createSystem, diffDocuments, replacedBetween, type DocumentChange, type MapDocument,
} from '../../../shared/model';
import {
  addFlow, addSystem, deleteElements, moveSystems, reverseFlow, tidyLayout, updateAssessment, updateFlow, updateSystem,
} from '../../../renderer/commands/map-commands';
import type { Command } from '../../../renderer/commands/command';
import type { MapRepository } from '../../../renderer/persistence/repository';
import { createMapStore } from '../../../renderer/store/map-store';
import { mapBuilder } from '../../support/map-builder';

const crm = asSystemId('sys-1');
const finance = asSystemId('sys-2');
const website = asSystemId('sys-3');
const crmToFinance = asFlowId('flow-1');
const websiteToCrm = asFlowId('flow-2');

/** CRM → Finance and Website → CRM, frozen all the way down so any mutation throws. */
function sampleMap(): MapDocument {
  return deepFreeze(
    mapBuilder()
      .system('CRM', { position: { x: 0, y: 0 } })
      .system('Finance', { position: { x: 300, y: 0 } })
      .system('Website', { position: { x: 0, y: 300 } })
      .flow('CRM', 'Finance', { name: 'Donations to Xero', dataTypes: ['financial'] })
      .flow('Website', 'CRM')
      .build(),
  );
}

/** Performs a command and proves the document it was given is exactly as it was before. */
function perform<P>(command: Command<P>, doc: MapDocument, payload: P): MapDocument {
  const snapshot = structuredClone(doc);
  const next = command.perform(doc, payload);
  expect(doc).toEqual(snapshot);
  return next;
}

/** Which record ids storage would write or delete to go from `before` to `after`. */
function written(before: MapDocument, after: MapDocument) {
  const change = diffDocuments(before, after);
  return {
    assessment: change.assessment !== undefined,
    systems: change.putSystems.map((s) => s.id),
    deletedSystems: change.deleteSystemIds,
    flows: change.putFlows.map((f) => f.id),
    deletedFlows: change.deleteFlowIds,
  };
}

const nothing = { assessment: false, systems: [], deletedSystems: [], flows: [], deletedFlows: [] };

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('addSystem', () => {
  const payroll = createSystem({ id: asSystemId('sys-new'), name: 'Payroll', position: { x: 50, y: 60 } });

  it('puts the new system on the map and writes only that system', () => {
    const before = sampleMap();
    const after = perform(addSystem, before, { system: payroll });
    expect(after.systems[payroll.id]).toEqual(payroll);
    expect(written(before, after)).toEqual({ ...nothing, systems: [payroll.id] });
    expect(after.flows).toBe(before.flows);
  });

  it('changes nothing when a system with that id is already on the map', () => {
    const before = sampleMap();
    expect(perform(addSystem, before, { system: { ...payroll, id: crm } })).toBe(before);
  });
});

describe('updateSystem', () => {
  it('changes the given fields, keeps the others, and writes only that system', () => {
    const before = sampleMap();
    const after = perform(updateSystem, before, { id: crm, changes: { name: 'Salesforce', vendor: 'Salesforce Inc.' } });
    expect(after.systems[crm]).toEqual({ ...before.systems[crm], name: 'Salesforce', vendor: 'Salesforce Inc.' });
    expect(written(before, after)).toEqual({ ...nothing, systems: [crm] });
    expect(after.systems[finance]).toBe(before.systems[finance]);
  });

  it('changes nothing when every value is the same as already recorded', () => {
    const before = sampleMap();
    const same = { name: 'CRM', position: { x: 0, y: 0 } };
    expect(perform(updateSystem, before, { id: crm, changes: same })).toBe(before);
    expect(perform(updateSystem, before, { id: crm, changes: {} })).toBe(before);
  });

  it('changes nothing for a system that is not on the map', () => {
    const before = sampleMap();
    expect(perform(updateSystem, before, { id: asSystemId('sys-gone'), changes: { name: 'Ghost' } })).toBe(before);
  });
});

describe('moveSystems', () => {
  it('moves every dragged system in one step and writes only those that moved', () => {
    const before = sampleMap();
    const after = perform(moveSystems, before, {
      moves: [{ id: crm, position: { x: 10, y: 20 } }, { id: finance, position: { x: 300, y: 0 } }, { id: website, position: { x: -5, y: 400 } }],
    });
    expect(after.systems[crm]?.position).toEqual({ x: 10, y: 20 });
    expect(after.systems[website]?.position).toEqual({ x: -5, y: 400 });
    expect(after.systems[crm]).toEqual({ ...before.systems[crm], position: { x: 10, y: 20 } });
    expect(written(before, after)).toEqual({ ...nothing, systems: [crm, website] });
  });

  it('changes nothing when the systems are dropped where they were, are unknown, or none moved', () => {
    const before = sampleMap();
    expect(perform(moveSystems, before, { moves: [{ id: crm, position: { x: 0, y: 0 } }] })).toBe(before);
    expect(perform(moveSystems, before, { moves: [{ id: asSystemId('sys-gone'), position: { x: 1, y: 1 } }] })).toBe(before);
    expect(perform(moveSystems, before, { moves: [] })).toBe(before);
  });
});

describe('tidyLayout', () => {
  const positions = (doc: MapDocument) => Object.fromEntries(Object.values(doc.systems).map((s) => [s.name, s.position]));

  it('moves the systems so every flow runs left to right', () => {
    const after = perform(tidyLayout, sampleMap(), {});
    const at = positions(after);
    expect(at.Website!.x).toBeLessThan(at.CRM!.x);
    expect(at.CRM!.x).toBeLessThan(at.Finance!.x);
    expect(Object.values(after.systems).map(({ position, ...rest }) => rest))
      .toEqual(Object.values(sampleMap().systems).map(({ position, ...rest }) => rest));
  });

  it('changes nothing when the map is already tidy', () => {
    const tidy = deepFreeze(perform(tidyLayout, sampleMap(), {}));
    expect(perform(tidyLayout, tidy, {})).toBe(tidy);
  });

  it('writes only the systems that move, and tells the checks which those are', () => {
    const tidy = deepFreeze(perform(tidyLayout, sampleMap(), {}));
    const nudged = deepFreeze(perform(moveSystems, tidy, { moves: [{ id: website, position: { x: 900, y: 900 } }] }));
    const after = perform(tidyLayout, nudged, {});
    expect(after.systems[website]?.position).toEqual(tidy.systems[website]?.position);
    expect(written(nudged, after)).toEqual({ ...nothing, systems: [website] });
    expect(replacedBetween(nudged.systems, after.systems)).toEqual(new Set([website]));
  });

  it('is one step: a single write, and one undo puts every system back', async () => {
    const writes: DocumentChange[] = [];
    // The store only writes changes here; nothing else of storage is needed.
    const repository = { applyChange: async (_id: unknown, change: DocumentChange) => { writes.push(change); } } as unknown as MapRepository;
    const before = sampleMap();
    const store = createMapStore({ repository, doc: before });
    expect(store.getState().run('tidyLayout', {})).toBe(true);
    await store.getState().whenSaved();
    expect(writes).toHaveLength(1);
    expect(writes[0]!.putSystems).toHaveLength(3);
    expect(store.getState().past.map((entry) => entry.label)).toEqual(['Tidy layout']);
    store.getState().undo();
    expect(positions(store.getState().doc)).toEqual(positions(before));
  });
});

describe('addFlow', () => {
  const newFlow = createFlow({ id: asFlowId('flow-new'), sourceId: finance, targetId: website, name: 'Receipts' });

  it('connects two systems with the new flow and writes only that flow', () => {
    const before = sampleMap();
    const after = perform(addFlow, before, { flow: newFlow });
    expect(after.flows[newFlow.id]).toEqual(newFlow);
    expect(written(before, after)).toEqual({ ...nothing, flows: [newFlow.id] });
    expect(after.systems).toBe(before.systems);
  });

  it('changes nothing when either end is not on the map', () => {
    const before = sampleMap();
    expect(perform(addFlow, before, { flow: { ...newFlow, sourceId: asSystemId('sys-gone') } })).toBe(before);
    expect(perform(addFlow, before, { flow: { ...newFlow, targetId: asSystemId('sys-gone') } })).toBe(before);
  });

  it('changes nothing when both ends are the same system', () => {
    const before = sampleMap();
    expect(perform(addFlow, before, { flow: { ...newFlow, sourceId: crm, targetId: crm } })).toBe(before);
  });

  it('changes nothing when a flow with that id already exists', () => {
    const before = sampleMap();
    expect(perform(addFlow, before, { flow: { ...newFlow, id: crmToFinance } })).toBe(before);
  });
});

describe('updateFlow', () => {
  it('changes the given fields, keeps the others, and writes only that flow', () => {
    const before = sampleMap();
    const after = perform(updateFlow, before, { id: crmToFinance, changes: { frequency: 'daily', dataTypes: ['financial', 'personal'] } });
    expect(after.flows[crmToFinance]).toEqual({ ...before.flows[crmToFinance], frequency: 'daily', dataTypes: ['financial', 'personal'] });
    expect(written(before, after)).toEqual({ ...nothing, flows: [crmToFinance] });
    expect(after.flows[websiteToCrm]).toBe(before.flows[websiteToCrm]);
  });

  it('changes nothing when every value is the same as already recorded, lists included', () => {
    const before = sampleMap();
    const same = { name: 'Donations to Xero', dataTypes: ['financial' as const] };
    expect(perform(updateFlow, before, { id: crmToFinance, changes: same })).toBe(before);
  });

  it('changes nothing for a flow that is not on the map', () => {
    const before = sampleMap();
    expect(perform(updateFlow, before, { id: asFlowId('flow-gone'), changes: { name: 'Ghost' } })).toBe(before);
  });
});

describe('reverseFlow', () => {
  it('swaps where the flow starts and ends, keeps its details, and writes only that flow', () => {
    const before = sampleMap();
    const after = perform(reverseFlow, before, { id: crmToFinance });
    expect(after.flows[crmToFinance]).toEqual({ ...before.flows[crmToFinance], sourceId: finance, targetId: crm });
    expect(written(before, after)).toEqual({ ...nothing, flows: [crmToFinance] });
  });

  it('restores the original direction when reversed twice', () => {
    const before = sampleMap();
    const twice = perform(reverseFlow, deepFreeze(perform(reverseFlow, before, { id: crmToFinance })), { id: crmToFinance });
    expect(twice.flows[crmToFinance]).toEqual(before.flows[crmToFinance]);
  });

  it('changes nothing for a flow that is not on the map', () => {
    const before = sampleMap();
    expect(perform(reverseFlow, before, { id: asFlowId('flow-gone') })).toBe(before);
  });
});

describe('deleteElements', () => {
  it('removes a system together with every flow into or out of it', () => {
    const before = sampleMap();
    const after = perform(deleteElements, before, { systemIds: [crm], flowIds: [] });
    expect(Object.keys(after.systems)).toEqual([finance, website]);
    expect(after.flows).toEqual({});
    expect(written(before, after)).toEqual({ ...nothing, deletedSystems: [crm], deletedFlows: [crmToFinance, websiteToCrm] });
  });

  it('removes a flow on its own and leaves both its systems', () => {
    const before = sampleMap();
    const after = perform(deleteElements, before, { systemIds: [], flowIds: [websiteToCrm] });
    expect(Object.keys(after.flows)).toEqual([crmToFinance]);
    expect(after.systems).toBe(before.systems);
    expect(written(before, after)).toEqual({ ...nothing, deletedFlows: [websiteToCrm] });
  });

  it('keeps flows between the systems that remain', () => {
    const before = sampleMap();
    const after = perform(deleteElements, before, { systemIds: [website], flowIds: [websiteToCrm] });
    expect(after.flows[crmToFinance]).toBe(before.flows[crmToFinance]);
    expect(written(before, after)).toEqual({ ...nothing, deletedSystems: [website], deletedFlows: [websiteToCrm] });
  });

  it('changes nothing when none of the ids are on the map', () => {
    const before = sampleMap();
    expect(perform(deleteElements, before, { systemIds: [asSystemId('sys-gone')], flowIds: [asFlowId('flow-gone')] })).toBe(before);
    expect(perform(deleteElements, before, { systemIds: [], flowIds: [] })).toBe(before);
  });
});

describe('updateAssessment', () => {
  it('changes the assessment details and writes nothing else', () => {
    const before = sampleMap();
    const after = perform(updateAssessment, before, { changes: { name: 'Integration review 2026', organisation: 'Hope Trust' } });
    expect(after.assessment).toEqual({ ...before.assessment, name: 'Integration review 2026', organisation: 'Hope Trust' });
    expect(written(before, after)).toEqual({ ...nothing, assessment: true });
    expect(after.systems).toBe(before.systems);
    expect(after.flows).toBe(before.flows);
  });

  it('changes nothing when the details and settings are the same as already recorded', () => {
    const before = sampleMap();
    const { name, settings } = before.assessment;
    expect(perform(updateAssessment, before, { changes: { name, settings: { ...settings } } })).toBe(before);
  });
});
