import { withReplaced, type FlowId, type FlowRecord, type MapDocument, type SystemId, type SystemRecord } from '../../shared/model';
import { defineCommand, withChanges } from './command';
import type { FlowChanges, SystemChanges } from './map-commands';

/**
 * Commands that change many records at once, such as the table's "Set field…" on a thousand
 * selected flows: one command, so one undo step, one log entry and one storage transaction.
 */

/** Sets the same fields on every listed flow; flows that already have those values are left as they are. */
export const updateFlows = defineCommand<{ ids: readonly FlowId[]; changes: FlowChanges }>({
  name: 'updateFlows',
  label: 'Edit data flows',
  perform: (doc, { ids, changes }) => {
    const flows = changedRecords<FlowId, FlowRecord>(doc.flows, ids, changes);
    return flows ? { ...doc, flows: withReplaced(doc.flows, flows) } : doc;
  },
});

/** Sets the same fields on every listed system, as {@link updateFlows} does for flows. */
export const updateSystems = defineCommand<{ ids: readonly SystemId[]; changes: SystemChanges }>({
  name: 'updateSystems',
  label: 'Edit systems',
  perform: (doc, { ids, changes }) => {
    const systems = changedRecords<SystemId, SystemRecord>(doc.systems, ids, changes);
    return systems ? { ...doc, systems: withReplaced(doc.systems, systems) } : doc;
  },
});

/**
 * The listed records with `changes` applied, only those that actually differ, or undefined when
 * none does. Ids the map no longer holds are skipped. Handing the few changed records to
 * `withReplaced` (rather than rebuilding the map) lets storage and the checks touch only them.
 */
function changedRecords<Id extends string, R extends object>(
  records: MapDocument['flows'] | MapDocument['systems'],
  ids: readonly Id[],
  changes: Partial<R>,
): Record<Id, R> | undefined {
  const all = records as Readonly<Record<Id, R>>;
  let changed: Record<Id, R> | undefined;
  for (const id of ids) {
    if (!Object.hasOwn(all, id)) continue;
    const current = all[id];
    const next = withChanges<R>(current, changes);
    if (next !== current) (changed ??= {} as Record<Id, R>)[id] = next;
  }
  return changed;
}
