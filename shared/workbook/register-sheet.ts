import { flowName, isOutside, systemName, type RegisterEntry } from '../checks';
import { TREATMENT_FIELDS, type FlowId, type MapDocument, type SystemId, type SystemRecord } from '../model';
import { BOUNDARIES, DATA_TYPES, IMPACTS, labelOf, LIKELIHOODS, type DataType } from '../vocabulary';
import { choiceCell, CHOICES_SEPARATOR, textCell } from './cells';
import { fieldCells, fieldColumns, ID_COLUMN } from './field-columns';
import type { CellValue, Highlight, SheetModel } from './model';
import { severityCell } from './palette';
import { tableSheet, type ColumnSpec } from './sheet';

/** The sheet with one row per finding and custom risk: the one a client keeps up to date. */
export const REGISTER_SHEET = 'Risk register';

const COLUMNS: readonly ColumnSpec[] = [
  { ...ID_COLUMN, help: 'The finding id (check and element) or the id of a risk the assessor added. Leave it as it is, so changes can be read back in.', maxWidth: 45 },
  { header: 'Check', help: 'The id of the check that raised it; "custom" for a risk the assessor added.' },
  { header: 'Title', help: 'The risk in a few words.', maxWidth: 45 },
  { header: 'Finding', help: 'What exactly was found, naming the system or flow.', maxWidth: 70 },
  { header: 'Element', help: 'The flow (integration) or system it is about.', maxWidth: 45 },
  { header: 'Systems involved', help: 'Every system at either end of the element.', maxWidth: 45 },
  { header: 'Boundary crossed', help: "Whether a system involved is run outside the organisation (vendor, partner, former partner), and which.", maxWidth: 40 },
  { header: 'Data types', help: 'The data the flows involved carry.', maxWidth: 45 },
  { header: 'Likelihood', help: 'How likely the harm is, 1 to 4.' },
  { header: 'Impact', help: 'How bad the harm would be, 1 to 4.' },
  { header: 'Severity', help: 'Likelihood × impact, raised a step for flows that cross the boundary or carry sensitive data.' },
  { header: 'Severity raised because', help: 'Why the severity is a step above what likelihood × impact gives, if it is.', maxWidth: 50 },
  { header: 'Why it matters', help: 'Why this is a risk, in plain words.', maxWidth: 60, wrap: true },
  { header: 'Recommendation', help: 'What to do about it.', maxWidth: 60, wrap: true },
  { header: 'Reference', help: 'Where the practice comes from.', maxWidth: 40 },
  { header: 'Owner', help: 'The named person who owns the element or the risk.' },
  ...fieldColumns(TREATMENT_FIELDS),
];
const SEVERITY_COLUMN = COLUMNS.findIndex((c) => c.header === 'Severity');

/** What a register row is about, worked out once for each set of element ids. */
interface Involved {
  readonly elements: string[];
  readonly systems: SystemRecord[];
  readonly dataTypes: DataType[];
}

function involvedIn(doc: MapDocument, ids: readonly string[]): Involved {
  const involved: Involved = { elements: [], systems: [], dataTypes: [] };
  const addSystem = (system: SystemRecord | undefined) => {
    if (system && !involved.systems.includes(system)) involved.systems.push(system);
  };
  for (const id of ids) {
    const flow = doc.flows[id as FlowId];
    const system = doc.systems[id as SystemId];
    if (flow) {
      const source = doc.systems[flow.sourceId];
      const target = doc.systems[flow.targetId];
      involved.elements.push(`Integration: ${source && target ? flowName({ flow, source, target }) : flow.name || flow.id}`);
      addSystem(source);
      addSystem(target);
      for (const type of flow.dataTypes) if (!involved.dataTypes.includes(type)) involved.dataTypes.push(type);
    } else if (system) {
      involved.elements.push(`System: ${systemName(system)}`);
      addSystem(system);
    } else {
      // A custom risk may name an element deleted since; its id is still worth showing.
      involved.elements.push(id);
    }
  }
  return involved;
}

/** "Yes: Xero (Vendor)" when a system involved is run outside the organisation, else "No". */
function boundaryCrossed(systems: readonly SystemRecord[]): string {
  const outside = systems.filter(isOutside).map((s) => `${systemName(s)} (${labelOf(BOUNDARIES, s.boundary)})`);
  return outside.length > 0 ? `Yes: ${outside.join(CHOICES_SEPARATOR)}` : 'No';
}

/** The Element, Systems involved, Boundary crossed and Data types cells for a set of element ids. */
function involvementCells(doc: MapDocument, ids: readonly string[]): CellValue[] {
  const involved = involvedIn(doc, ids);
  return [
    textCell(involved.elements.join(CHOICES_SEPARATOR)),
    textCell(involved.systems.map(systemName).join(CHOICES_SEPARATOR)),
    involved.systems.length > 0 ? textCell(boundaryCrossed(involved.systems)) : null,
    textCell(involved.dataTypes.map((type) => labelOf(DATA_TYPES, type)).join(CHOICES_SEPARATOR)),
  ];
}

function entryRow(entry: RegisterEntry, involvement: readonly CellValue[], treatment: readonly CellValue[], row: number, highlights: Highlight[]): CellValue[] {
  return [
    textCell(entry.id),
    textCell(entry.checkId),
    textCell(entry.title),
    textCell(entry.detail),
    ...involvement,
    choiceCell(LIKELIHOODS, entry.likelihood),
    choiceCell(IMPACTS, entry.impact),
    severityCell(entry.severity, row, SEVERITY_COLUMN, highlights),
    textCell(entry.raisedBecause.join(CHOICES_SEPARATOR)),
    textCell(entry.why),
    textCell(entry.whatToDo),
    textCell(entry.reference),
    textCell(entry.owner),
    ...treatment,
  ];
}

/**
 * The Risk register sheet: one row per entry, in the order given (most severe first), with the
 * treatment columns a client keeps up to date, the status as a dropdown.
 */
export function registerSheet(doc: MapDocument, entries: readonly RegisterEntry[]): SheetModel {
  const highlights: Highlight[] = [];
  // An element has several findings, and most treatments are the one shared "unchecked": work each out once.
  const involvement = new Map<string, CellValue[]>();
  const treatments = new Map<object, CellValue[]>();
  const rows = entries.map((entry, row) => {
    const key = entry.elementIds.join('\n');
    let involved = involvement.get(key);
    if (!involved) involvement.set(key, (involved = involvementCells(doc, entry.elementIds)));
    let treatment = treatments.get(entry.treatment);
    if (!treatment) treatments.set(entry.treatment, (treatment = fieldCells(TREATMENT_FIELDS, entry.treatment)));
    return entryRow(entry, involved, treatment, row, highlights);
  });
  return tableSheet(REGISTER_SHEET, COLUMNS, rows, highlights);
}
