import type { Assessment } from './assessment';
import type { FlowRecord } from './flow';
import type { FlowId, SystemId } from './ids';
import type { SystemRecord } from './system';

/**
 * One assessment with everything on its map: the unit the app edits, stores and exports.
 * Records are keyed by id and never mutated: a change makes a new document that shares every
 * untouched record, so comparing by reference finds what changed.
 */
export interface MapDocument {
  readonly assessment: Assessment;
  readonly systems: Readonly<Record<SystemId, SystemRecord>>;
  readonly flows: Readonly<Record<FlowId, FlowRecord>>;
}

export function systemList(doc: MapDocument): SystemRecord[] {
  return Object.values(doc.systems);
}

export function flowList(doc: MapDocument): FlowRecord[] {
  return Object.values(doc.flows);
}

/** Builds the keyed form from lists, e.g. when loading from storage. */
export function documentFrom(assessment: Assessment, systems: readonly SystemRecord[], flows: readonly FlowRecord[]): MapDocument {
  return {
    assessment,
    systems: Object.fromEntries(systems.map((s) => [s.id, s])) as Record<SystemId, SystemRecord>,
    flows: Object.fromEntries(flows.map((f) => [f.id, f])) as Record<FlowId, FlowRecord>,
  };
}
