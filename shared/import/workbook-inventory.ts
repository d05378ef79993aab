import { systemName } from '../checks';
import {
  asFlowId, asSystemId, createFlow, createSystem, FLOW_FIELDS, SYSTEM_FIELDS, textField,
  type FlowRecord, type MapDocument, type SystemId, type SystemRecord,
} from '../model';
import { DESTINATION_HEADER, SOURCE_HEADER } from '../workbook';
import { cellName } from './sheet-table';
import { readRowFields, sameFields, warnMissingColumns } from './workbook-fields';
import type { IssueLog, WorkbookTable } from './workbook-table';

/** What reading a sheet needs besides the sheet: the app's copy, an id maker and the issue log. */
export interface ReadContext {
  readonly base: MapDocument | undefined;
  readonly newId: () => string;
  readonly log: IssueLog;
}

const BLANK_SYSTEM = createSystem({ id: asSystemId('blank'), position: { x: 0, y: 0 }, status: '' });
const BLANK_FLOW = createFlow({ id: asFlowId('blank'), sourceId: asSystemId('a'), targetId: asSystemId('b'), status: '' });
const SYSTEM_NOTES = textField(SYSTEM_FIELDS, 'notes');
const FLOW_NOTES = textField(FLOW_FIELDS, 'notes');

/**
 * The systems on the Systems sheet, in its order. A row with an ID is that system: its fields as
 * the row has them, its position as the app has it. A row without one is a system the client
 * added: it gets a new id, and no position yet ({0, 0}: the app lays new systems out).
 * A row changing nothing gives the app's own record back, so nothing reads as changed.
 */
export function readSystems(table: WorkbookTable, { base, newId, log }: ReadContext): SystemRecord[] {
  warnMissingColumns(table, SYSTEM_FIELDS.map((f) => f.label), log);
  return table.rows.map((row) => {
    const old = row.id === null ? undefined : base?.systems[asSystemId(row.id)];
    const values = readRowFields(table, row, SYSTEM_FIELDS, old ?? BLANK_SYSTEM, log, { notes: SYSTEM_NOTES });
    if (old && sameFields(SYSTEM_FIELDS, old, values)) return old;
    return createSystem({ ...values, id: asSystemId(row.id ?? newId()), position: old?.position ?? { x: 0, y: 0 } });
  });
}

/**
 * The flows on the Integrations sheet. Source and Destination name systems on the Systems sheet
 * (case and surrounding space ignored). A row naming a system the Systems sheet does not have is
 * not read, with an error: making a system from what may be a typo would hide it; a client who
 * wants a new system adds it on the Systems sheet. A row that is not read changes nothing: a
 * flow the app has stays as it is, unless a system it joins is gone, when it goes too.
 */
export function readFlows(table: WorkbookTable, systems: readonly SystemRecord[], { base, newId, log }: ReadContext): FlowRecord[] {
  warnMissingColumns(table, [SOURCE_HEADER, DESTINATION_HEADER, ...FLOW_FIELDS.map((f) => f.label)], log);
  const findEnd = systemFinder(systems);
  const systemIds = new Set<string>(systems.map((s) => s.id));
  const flows: FlowRecord[] = [];
  for (const row of table.rows) {
    const old = row.id === null ? undefined : base?.flows[asFlowId(row.id)];
    const errors: Array<{ where: string; message: string }> = [];
    const end = (header: string, was: SystemId | undefined) => {
      const column = table.column(header);
      if (column === undefined && was && systemIds.has(was)) return was;
      const found = column === undefined ? { problem: `There is no ${header} column` } : findEnd(table.text(row, column), was);
      if (typeof found === 'string') return found;
      errors.push({ where: cellName(row.index, column ?? 0), message: `${found.problem}, so this row was not read.` });
      return undefined;
    };
    const sourceId = end(SOURCE_HEADER, old?.sourceId);
    const targetId = end(DESTINATION_HEADER, old?.targetId);
    if (sourceId && sourceId === targetId) {
      errors.push({ where: cellName(row.index, table.column(DESTINATION_HEADER) ?? 0), message: 'A flow must go from one system to another, so this row was not read.' });
    }
    if (errors.length === 0) {
      const values = readRowFields(table, row, FLOW_FIELDS, old ?? BLANK_FLOW, log, { notes: FLOW_NOTES });
      if (old && old.sourceId === sourceId && old.targetId === targetId && sameFields(FLOW_FIELDS, old, values)) flows.push(old);
      else flows.push(createFlow({ ...values, id: asFlowId(row.id ?? newId()), sourceId: sourceId!, targetId: targetId! }));
    } else if (old && !(systemIds.has(old.sourceId) && systemIds.has(old.targetId))) {
      // The client deleted a system this flow joins: the flow goes with it, as it does in the app.
      const gone = [old.sourceId, old.targetId].filter((id) => !systemIds.has(id)).map((id) => base?.systems[id]);
      const names = gone.map((system) => (system ? `"${systemName(system)}"` : 'a system')).join(' and ');
      log.warning(table.name, cellName(row.index, 0), `This flow joins ${names}, which is no longer on the Systems sheet, so it is removed too.`);
    } else {
      for (const { where, message } of errors) log.error(table.name, where, message);
      // A row that is not read changes nothing.
      if (old) flows.push(old);
    }
  }
  return flows;
}

/**
 * Finds systems by the name the workbook shows for them. Two systems may share a name: then the
 * one the flow already had wins, and otherwise the name is reported as ambiguous.
 */
function systemFinder(systems: readonly SystemRecord[]): (name: string, was: SystemId | undefined) => SystemId | { problem: string } {
  const byName = new Map<string, SystemId[]>();
  for (const system of systems) {
    const key = systemName(system).toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), system.id]);
  }
  return (name, was) => {
    if (name === '') return { problem: 'No system is named' };
    const found = byName.get(name.toLowerCase()) ?? [];
    if (found.length === 1) return found[0]!;
    if (was && found.includes(was)) return was;
    return found.length === 0
      ? { problem: `"${name}" is not the name of a system on the Systems sheet` }
      : { problem: `${found.length} systems on the Systems sheet are called "${name}"` };
  };
}
