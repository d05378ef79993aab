import { flowName, isOutside, systemName, type RegisterEntry } from '../checks';
import { TREATMENT_FIELDS, type FlowId, type MapDocument, type SystemId, type SystemRecord, type TreatmentFields } from '../model';
import { BOUNDARIES, DATA_TYPES, IMPACTS, labelOf, LIKELIHOODS, type DataType, type Vocabulary } from '../vocabulary';
import { CHOICES_SEPARATOR, textCell } from './cells';
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
  { header: 'Finding', help: 'What exactly was found, naming the system or flow.', maxWidth: 70, distinct: true },
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
interface InvolvementCells {
  readonly element: CellValue;
  readonly systems: CellValue;
  readonly boundary: CellValue;
  readonly dataTypes: CellValue;
}

function involvementCells(doc: MapDocument, ids: readonly string[]): InvolvementCells {
  const involved = involvedIn(doc, ids);
  return {
    element: textCell(involved.elements.join(CHOICES_SEPARATOR)),
    systems: textCell(involved.systems.map(systemName).join(CHOICES_SEPARATOR)),
    boundary: involved.systems.length > 0 ? textCell(boundaryCrossed(involved.systems)) : null,
    dataTypes: textCell(involved.dataTypes.map((type) => labelOf(DATA_TYPES, type)).join(CHOICES_SEPARATOR)),
  };
}

/**
 * The register's rows, one entry at a time. A map of 5,000 systems has 120,000 entries, but
 * they repeat: each check's texts and ratings run down the rows it raised, an element's
 * involvement down its findings, a flow's exposure down its findings, and most treatments are
 * the one shared "unchecked". Each such cell is made once and shared, so a row costs little
 * more than its array, and a repeated text reaches the writer as the very same string, which
 * it recognises without comparing characters.
 */
class RegisterRows {
  readonly highlights: Highlight[] = [];
  private readonly texts = new Map<string, CellValue>();
  private readonly involvements = new Map<string, InvolvementCells>();
  private readonly exposures = new Map<readonly string[], CellValue>();
  private readonly treatments = new Map<TreatmentFields, CellValue[]>();

  constructor(private readonly doc: MapDocument) {}

  /**
   * One entry's row. It is one array literal with every cell listed, treatment ones included:
   * V8 then soon allocates these rows, which all live until the file is written, straight into
   * the old generation. Built by spreading or concatenating, they went through the young one,
   * and copying them there measured 230 ms of collecting a register against 60. A new
   * treatment field needs a cell here too; a test checks every row has a cell per column.
   */
  row(entry: RegisterEntry, row: number): CellValue[] {
    const involved = this.involvement(entry.elementIds);
    const treatment = this.treatment(entry.treatment);
    return [
      textCell(entry.id),
      this.text(entry.checkId),
      this.text(entry.title),
      textCell(entry.detail),
      involved.element,
      involved.systems,
      involved.boundary,
      involved.dataTypes,
      this.choice(LIKELIHOODS, entry.likelihood),
      this.choice(IMPACTS, entry.impact),
      severityCell(entry.severity, row, SEVERITY_COLUMN, this.highlights),
      this.exposure(entry.raisedBecause),
      this.text(entry.why),
      this.text(entry.whatToDo),
      this.text(entry.reference),
      this.text(entry.owner),
      treatment[0]!,
      treatment[1]!,
      treatment[2]!,
      treatment[3]!,
      treatment[4]!,
    ];
  }

  private text(text: string): CellValue {
    let cell = this.texts.get(text);
    if (cell === undefined) this.texts.set(text, (cell = textCell(text)));
    return cell;
  }

  private choice(vocabulary: Vocabulary, value: string): CellValue {
    return this.text(labelOf(vocabulary, value));
  }

  private involvement(ids: readonly string[]): InvolvementCells {
    const key = ids.length === 1 ? ids[0]! : ids.join('\n');
    let cells = this.involvements.get(key);
    if (!cells) this.involvements.set(key, (cells = involvementCells(this.doc, ids)));
    return cells;
  }

  private exposure(reasons: readonly string[]): CellValue {
    let cell = this.exposures.get(reasons);
    if (cell === undefined) this.exposures.set(reasons, (cell = textCell(reasons.join(CHOICES_SEPARATOR))));
    return cell;
  }

  private treatment(treatment: TreatmentFields): CellValue[] {
    let cells = this.treatments.get(treatment);
    if (!cells) this.treatments.set(treatment, (cells = fieldCells(TREATMENT_FIELDS, treatment)));
    return cells;
  }
}

/**
 * The Risk register sheet: one row per entry, in the order given (most severe first), with the
 * treatment columns a client keeps up to date, the status as a dropdown.
 */
export function registerSheet(doc: MapDocument, entries: readonly RegisterEntry[]): SheetModel {
  const rows = new RegisterRows(doc);
  return tableSheet(REGISTER_SHEET, COLUMNS, entries.map((entry, row) => rows.row(entry, row)), rows.highlights);
}
