import {
  withReplaced, type Assessment, type FlowId, type FlowRecord, type MapDocument, type Position, type SystemId, type SystemRecord,
} from '../../shared/model';
import { layeredLayout } from '../../shared/layout';
import { defineCommand, withChanges } from './command';
import { addRisk, deleteRisk, treatFinding, updateRisk, withoutRelated } from './register-commands';
import { updateFromWorkbook } from './import-commands';
import { markReviewed } from './review-commands';
import { updateFlows, updateSystems } from './bulk-commands';
import { reassignOwner } from './owner-commands';

/** Editable parts of each record: ids and endpoints are fixed once created. */
export type SystemChanges = Partial<Omit<SystemRecord, 'id'>>;
export type FlowChanges = Partial<Omit<FlowRecord, 'id' | 'sourceId' | 'targetId'>>;
export type AssessmentChanges = Partial<Pick<Assessment, 'name' | 'organisation' | 'assessor' | 'settings'>>;

export const addSystem = defineCommand<{ system: SystemRecord }>({
  name: 'addSystem',
  label: 'Add system',
  perform: (doc, { system }) => (doc.systems[system.id] ? doc : { ...doc, systems: withReplaced(doc.systems, { [system.id]: system }) }),
});

export const updateSystem = defineCommand<{ id: SystemId; changes: SystemChanges }>({
  name: 'updateSystem',
  label: 'Edit system',
  perform: (doc, { id, changes }) => {
    const current = doc.systems[id];
    if (!current) return doc;
    const next = withChanges<SystemRecord>(current, changes);
    return next === current ? doc : { ...doc, systems: withReplaced(doc.systems, { [id]: next }) };
  },
});

/** A drag of one or many systems: one command, recorded when the drag ends. */
export const moveSystems = defineCommand<{ moves: ReadonlyArray<{ id: SystemId; position: Position }> }>({
  name: 'moveSystems',
  label: 'Move',
  perform: (doc, { moves }) => {
    let moved: Record<SystemId, SystemRecord> | undefined;
    for (const { id, position } of moves) {
      const current = doc.systems[id];
      if (!current || (current.position.x === position.x && current.position.y === position.y)) continue;
      (moved ??= {})[id] = { ...current, position: { x: position.x, y: position.y } };
    }
    return moved ? { ...doc, systems: withReplaced(doc.systems, moved) } : doc;
  },
});

/**
 * Moves every system to where the layered layout puts it, so data flows run left to right:
 * one step to undo, written like a drag (only the systems that move). Laying out a map that
 * is already tidy changes nothing.
 */
export const tidyLayout = defineCommand<Record<string, never>>({
  name: 'tidyLayout',
  label: 'Tidy layout',
  perform: (doc) => {
    const positions = layeredLayout(doc);
    return moveSystems.perform(doc, { moves: Array.from(positions, ([id, position]) => ({ id, position })) });
  },
});

export const addFlow = defineCommand<{ flow: FlowRecord }>({
  name: 'addFlow',
  label: 'Add data flow',
  perform: (doc, { flow }) => {
    const endpointsExist = doc.systems[flow.sourceId] && doc.systems[flow.targetId];
    if (doc.flows[flow.id] || !endpointsExist || flow.sourceId === flow.targetId) return doc;
    return { ...doc, flows: withReplaced(doc.flows, { [flow.id]: flow }) };
  },
});

export const updateFlow = defineCommand<{ id: FlowId; changes: FlowChanges }>({
  name: 'updateFlow',
  label: 'Edit data flow',
  perform: (doc, { id, changes }) => {
    const current = doc.flows[id];
    if (!current) return doc;
    const next = withChanges<FlowRecord>(current, changes);
    return next === current ? doc : { ...doc, flows: withReplaced(doc.flows, { [id]: next }) };
  },
});

/** Swaps a flow's source and destination, for a flow drawn the wrong way round. */
export const reverseFlow = defineCommand<{ id: FlowId }>({
  name: 'reverseFlow',
  label: 'Reverse data flow',
  perform: (doc, { id }) => {
    const current = doc.flows[id];
    if (!current) return doc;
    return { ...doc, flows: withReplaced(doc.flows, { [id]: { ...current, sourceId: current.targetId, targetId: current.sourceId } }) };
  },
});

/**
 * Deletes systems and flows; a deleted system takes every flow that touches it along. Custom
 * risks stop mentioning them; treatments stay, as the record of what was decided.
 */
export const deleteElements = defineCommand<{ systemIds: readonly SystemId[]; flowIds: readonly FlowId[] }>({
  name: 'deleteElements',
  label: 'Delete',
  perform: (doc, { systemIds, flowIds }) => {
    const goneSystems = new Set<string>(systemIds.filter((id) => doc.systems[id]));
    const goneFlows = new Set<string>(flowIds.filter((id) => doc.flows[id]));
    for (const flow of Object.values(doc.flows)) {
      if (goneSystems.has(flow.sourceId) || goneSystems.has(flow.targetId)) goneFlows.add(flow.id);
    }
    if (goneSystems.size === 0 && goneFlows.size === 0) return doc;
    const keep = <R extends { id: string }>(records: Readonly<Record<string, R>>, gone: Set<string>) =>
      gone.size === 0 ? records : Object.fromEntries(Object.entries(records).filter(([id]) => !gone.has(id)));
    return {
      ...doc,
      systems: keep(doc.systems, goneSystems) as MapDocument['systems'],
      flows: keep(doc.flows, goneFlows) as MapDocument['flows'],
      risks: withoutRelated(doc.risks, new Set([...goneSystems, ...goneFlows])),
    };
  },
});

export const updateAssessment = defineCommand<{ changes: AssessmentChanges }>({
  name: 'updateAssessment',
  label: 'Edit assessment details',
  perform: (doc, { changes }) => {
    const next = withChanges<Assessment>(doc.assessment, changes);
    return next === doc.assessment ? doc : { ...doc, assessment: next };
  },
});

/** Every command the map editor can run, by name. */
export const MAP_COMMANDS = {
  addSystem, updateSystem, moveSystems, tidyLayout, addFlow, updateFlow, reverseFlow, deleteElements, updateAssessment,
  treatFinding, addRisk, updateRisk, deleteRisk, updateFromWorkbook, markReviewed,
  updateFlows, updateSystems,
  reassignOwner,
} as const;

export type MapCommandName = keyof typeof MAP_COMMANDS;
export type PayloadOf<N extends MapCommandName> = (typeof MAP_COMMANDS)[N] extends { perform(doc: MapDocument, payload: infer P): MapDocument } ? P : never;
