import { systemName } from '../checks';
import {
  flowList, FLOW_FIELDS, SYSTEM_FIELDS, systemList,
  type MapDocument, type SystemId,
} from '../model';
import type { Severity } from '../vocabulary';
import { textCell } from './cells';
import { fieldCells, fieldColumns, ID_COLUMN } from './field-columns';
import type { CellValue, Highlight, SheetModel } from './model';
import { severityCell } from './palette';
import { tableSheet, type ColumnSpec } from './sheet';

/** The flow inventory: one row per flow. */
export const INTEGRATIONS_SHEET = 'Integrations';
/** The system inventory: one row per system. */
export const SYSTEMS_SHEET = 'Systems';
/** The Integrations sheet's columns naming a flow's ends by system name; a re-import reads them back. */
export const SOURCE_HEADER = 'Source';
export const DESTINATION_HEADER = 'Destination';

const WORST_HELP = 'The most severe finding still open (unchecked, in discussion or in progress) about it.';

/**
 * `items` sorted by the keys `keysOf` gives each (worked out once per item), case ignored and in
 * code-point order, so the order is the same on every machine whatever its language settings.
 */
function sortedBy<T>(items: readonly T[], keysOf: (item: T) => string[]): T[] {
  const keyed = items.map((item) => ({ item, keys: keysOf(item).map((k) => k.trim().toLowerCase()) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.keys.length; i++) {
      if (a.keys[i] !== b.keys[i]) return a.keys[i]! < b.keys[i]! ? -1 : 1;
    }
    return 0;
  });
  return keyed.map(({ item }) => item);
}

/** The Integrations sheet: one row per flow with every recorded field, its ends by name; sorted by source, destination, name. */
export function integrationsSheet(doc: MapDocument, worst: ReadonlyMap<string, Severity>): SheetModel {
  const nameOf = (id: SystemId) => (doc.systems[id] ? systemName(doc.systems[id]) : id);
  const sorted = sortedBy(flowList(doc), (flow) => [nameOf(flow.sourceId), nameOf(flow.targetId), flow.name, flow.id]);
  const specs: ColumnSpec[] = [
    ID_COLUMN,
    { header: SOURCE_HEADER, help: 'The system the data comes from.' },
    { header: DESTINATION_HEADER, help: 'The system the data goes to.' },
    ...fieldColumns(FLOW_FIELDS),
    { header: 'Highest open risk', help: WORST_HELP },
  ];
  const worstColumn = specs.length - 1;
  const highlights: Highlight[] = [];
  const rows = sorted.map((flow, row): CellValue[] => [
    textCell(flow.id),
    textCell(nameOf(flow.sourceId)),
    textCell(nameOf(flow.targetId)),
    ...fieldCells(FLOW_FIELDS, flow),
    severityCell(worst.get(flow.id), row, worstColumn, highlights),
  ]);
  return tableSheet(INTEGRATIONS_SHEET, specs, rows, highlights);
}

/** The Systems sheet: one row per system with every recorded field, how many flows touch it, sorted by name. */
export function systemsSheet(doc: MapDocument, worst: ReadonlyMap<string, Severity>): SheetModel {
  const connections = new Map<string, number>();
  for (const flow of flowList(doc)) {
    connections.set(flow.sourceId, (connections.get(flow.sourceId) ?? 0) + 1);
    connections.set(flow.targetId, (connections.get(flow.targetId) ?? 0) + 1);
  }
  const sorted = sortedBy(systemList(doc), (system) => [system.name, system.id]);
  const specs: ColumnSpec[] = [
    ID_COLUMN,
    ...fieldColumns(SYSTEM_FIELDS),
    { header: 'Integrations', help: 'How many flows on the map start or end at this system.', kind: 'number' },
    { header: 'Highest open risk', help: WORST_HELP },
  ];
  const worstColumn = specs.length - 1;
  const highlights: Highlight[] = [];
  const rows = sorted.map((system, row): CellValue[] => [
    textCell(system.id),
    ...fieldCells(SYSTEM_FIELDS, system),
    connections.get(system.id) ?? 0,
    severityCell(worst.get(system.id), row, worstColumn, highlights),
  ]);
  return tableSheet(SYSTEMS_SHEET, specs, rows, highlights);
}
