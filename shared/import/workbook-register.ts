import { CUSTOM_RISK_CHECK_ID, flowName, systemName } from '../checks';
import {
  asRiskId, createRisk, createTreatment, RISK_FIELDS, textField, TREATMENT_FIELDS, UNTREATED,
  type CustomRisk, type FieldSpec, type FindingId, type FlowId, type FlowRecord, type MapDocument, type RiskId,
  type SystemId, type SystemRecord, type Treatment,
} from '../model';
import { CHOICES_SEPARATOR } from '../workbook/cells';
import { cellName } from './sheet-table';
import { readCellField, readRowFields, sameFields, sameValue, warnMissingColumns } from './workbook-fields';
import type { ReadContext } from './workbook-inventory';
import type { TableRow, WorkbookTable } from './workbook-table';

/** The register's columns a re-import reads besides the treatment ones; the rest are worked out, not kept. */
const HEADERS = { check: 'Check', title: 'Title', finding: 'Finding', why: 'Why it matters', element: 'Element' } as const;
/** What the register shows for a custom risk with no title. */
const UNTITLED = 'Untitled risk';
const TITLE = textField(RISK_FIELDS, 'title');
const DESCRIPTION = textField(RISK_FIELDS, 'description');
const JUSTIFICATION = textField(TREATMENT_FIELDS, 'justification');
/** A risk's fields read straight from the columns of the same name; title and description are read apart. */
const PLAIN_RISK_FIELDS = RISK_FIELDS.filter((field) => field !== TITLE && field !== DESCRIPTION);

/** The register's records as the Risk register sheet gives them. */
export interface RegisterRecords {
  readonly treatments: Treatment[];
  readonly risks: CustomRisk[];
}

/**
 * Treatments and custom risks from the Risk register sheet. A finding's row gives its treatment
 * from the treatment columns; an untouched row (Unchecked, nothing else filled in) makes none, and
 * a deleted row changes nothing, because the finding is raised again by the checks. Treatments
 * the app has for findings not on the sheet (no longer raised) are kept. A custom risk's row
 * gives the whole risk; a row a client added without an ID, with a title or description and a
 * Check of "custom" or blank, is a new risk; a risk the sheet no longer lists is removed.
 * Everything worked out from the map (severity, element details, recommendation) is ignored.
 */
export function readRegister(table: WorkbookTable, map: MapDocument, context: ReadContext): RegisterRecords {
  const { base, log } = context;
  warnMissingColumns(table, [HEADERS.title, HEADERS.finding, HEADERS.element, ...TREATMENT_FIELDS.map((f) => f.label)], log);
  const treatments = new Map<string, Treatment>(Object.entries(base?.treatments ?? {}));
  const risks: CustomRisk[] = [];
  const checkColumn = table.column(HEADERS.check);
  for (const row of table.rows) {
    const check = table.text(row, checkColumn).toLowerCase();
    const where = cellName(row.index, 0);
    if (row.id === null) {
      const described = table.text(row, table.column(HEADERS.title)) !== '' || table.text(row, table.column(HEADERS.finding)) !== '';
      if (check !== '' && check !== CUSTOM_RISK_CHECK_ID) {
        log.error(table.name, where, `A row without an ID can only be a risk you add (Check "${CUSTOM_RISK_CHECK_ID}"); findings come from the checks, so this row was not read.`);
      } else if (!described) {
        log.warning(table.name, where, 'A risk you add needs a title or a description; this row was not read.');
      } else {
        risks.push(readRisk(table, row, asRiskId(context.newId()), undefined, map, context));
      }
    } else if (base?.risks[asRiskId(row.id)] || check === CUSTOM_RISK_CHECK_ID) {
      risks.push(readRisk(table, row, asRiskId(row.id), base?.risks[asRiskId(row.id)], map, context));
    } else if (isFindingId(row.id)) {
      const treatment = readTreatment(table, row, row.id as FindingId, treatments.get(row.id), context);
      if (treatment) treatments.set(row.id, treatment);
    } else {
      log.error(table.name, where, `"${row.id}" is neither a finding (check:element) nor a risk the app knows, so this row was not read.`);
    }
  }
  return { treatments: [...treatments.values()], risks };
}

/** A finding id names a check and an element: `checkId:elementId`. */
function isFindingId(id: string): boolean {
  const colon = id.indexOf(':');
  return colon > 0 && colon < id.length - 1;
}

/** The treatment a finding's row gives, or undefined for an untouched row of a finding the app has no treatment for. */
function readTreatment(table: WorkbookTable, row: TableRow, findingId: FindingId, old: Treatment | undefined, { log }: ReadContext): Treatment | undefined {
  const values = readRowFields(table, row, TREATMENT_FIELDS, old ?? UNTREATED, log, { notes: JUSTIFICATION });
  if (values.status === '') values.status = UNTREATED.status;
  if (old) return sameFields(TREATMENT_FIELDS, old, values) ? old : createTreatment(findingId, values);
  return sameFields(TREATMENT_FIELDS, UNTREATED, values) ? undefined : createTreatment(findingId, values);
}

function readRisk(table: WorkbookTable, row: TableRow, id: RiskId, old: CustomRisk | undefined, map: MapDocument, { base, log }: ReadContext): CustomRisk {
  const cellOf = (header: string) => {
    const column = table.column(header);
    return { cell: column === undefined ? null : row.cells[column] ?? null, where: cellName(row.index, column ?? 0), present: column !== undefined };
  };
  const read = (field: FieldSpec, header: string, fallback: string): string => {
    const { cell, where, present } = cellOf(header);
    if (!present) return fallback;
    return readCellField(field, cell, fallback, (severity, message) => log[severity](table.name, where, message), where).value as string;
  };
  const defaults = old ?? createRisk({ id });
  const values = readRowFields(table, row, PLAIN_RISK_FIELDS, defaults, log, { notes: JUSTIFICATION });
  for (const key of ['likelihood', 'impact'] as const) {
    if (values[key] !== '') continue;
    values[key] = defaults[key];
    log.warning(table.name, cellName(row.index, table.column(key === 'likelihood' ? 'Likelihood' : 'Impact') ?? 0), `A risk needs ${key === 'likelihood' ? 'a likelihood' : 'an impact'}; it was left as it was.`);
  }
  if (values.status === '') values.status = UNTREATED.status;

  // The register shows an untitled risk as "Untitled risk": that reads back as no title.
  const title = read(TITLE, HEADERS.title, defaults.title);
  values.title = title === UNTITLED && defaults.title !== UNTITLED ? '' : title;
  // The description is shown twice, as the finding and as why it matters: either may be edited.
  const finding = read(DESCRIPTION, HEADERS.finding, defaults.description);
  const why = read(DESCRIPTION, HEADERS.why, defaults.description);
  values.description = old ? (finding !== old.description ? finding : why) : finding || why;

  const element = cellOf(HEADERS.element);
  const relatedIds = element.present
    ? relatedFrom(table.text(row, table.column(HEADERS.element)), old, base, map, (message) => log.warning(table.name, element.where, message))
    : (old?.relatedIds ?? []);
  values.relatedIds = relatedIds.filter((related) => map.systems[related as SystemId] || map.flows[related as FlowId]);

  if (old && sameFields(RISK_FIELDS, old, values) && sameValue(old.relatedIds, values.relatedIds)) return old;
  return createRisk({ ...values, id } as Partial<CustomRisk> & { id: RiskId });
}

/** "System: Xero" and "Integration: Gift Aid to finance", as the Element column names them. */
function elementLabels(doc: MapDocument): Map<string, string> {
  const labels = new Map<string, string>();
  for (const system of Object.values(doc.systems)) labels.set(system.id, `System: ${systemName(system)}`);
  for (const flow of Object.values(doc.flows)) labels.set(flow.id, `Integration: ${flowLabel(doc, flow)}`);
  return labels;
}

function flowLabel(doc: MapDocument, flow: FlowRecord): string {
  const source: SystemRecord | undefined = doc.systems[flow.sourceId];
  const target: SystemRecord | undefined = doc.systems[flow.targetId];
  return source && target ? flowName({ flow, source, target }) : flow.name || flow.id;
}

/**
 * The elements a custom risk concerns, from its Element cell. A cell still saying what the export
 * wrote, by the names before or after this import, keeps the risk's elements as they are (names
 * need not be unique; ids are). Otherwise each "; "-separated part is looked up by what the column
 * shows ("System: Xero"), by a name alone, or by id; a part naming nothing, or two things, is reported.
 */
function relatedFrom(text: string, old: CustomRisk | undefined, base: MapDocument | undefined, map: MapDocument, warn: (message: string) => void): ReadonlyArray<SystemId | FlowId> {
  const now = elementLabels(map);
  if (old) {
    const before = base ? elementLabels(base) : now;
    const written = (labels: Map<string, string>) => old.relatedIds.map((id) => labels.get(id) ?? id).join(CHOICES_SEPARATOR).toLowerCase();
    if (text.toLowerCase() === written(now) || text.toLowerCase() === written(before)) return old.relatedIds;
  }
  const byLabel = new Map<string, Array<SystemId | FlowId>>();
  const index = (key: string, id: SystemId | FlowId) => {
    const ids = byLabel.get(key.toLowerCase()) ?? [];
    if (!ids.includes(id)) byLabel.set(key.toLowerCase(), [...ids, id]);
  };
  for (const [id, label] of now) {
    index(label, id as SystemId | FlowId);
    index(label.slice(label.indexOf(':') + 1).trim(), id as SystemId | FlowId);
  }
  const parts = text.split(';').map((part) => part.trim());
  const related: Array<SystemId | FlowId> = [];
  for (let i = 0; i < parts.length;) {
    if (parts[i] === '') { i++; continue; }
    // A name may itself hold "; ": try the longest run of parts first.
    let j = parts.length;
    while (j > i && !byLabel.has(parts.slice(i, j).join(CHOICES_SEPARATOR).toLowerCase()) && !now.has(parts.slice(i, j).join(CHOICES_SEPARATOR))) j--;
    if (j === i) {
      warn(`"${parts[i]}" is not a system or integration in this workbook, so the risk no longer names it.`);
      i++;
      continue;
    }
    const part = parts.slice(i, j).join(CHOICES_SEPARATOR);
    const ids = now.has(part) ? [part as SystemId | FlowId] : byLabel.get(part.toLowerCase())!;
    const chosen = ids.length === 1 ? ids[0] : ids.find((id) => old?.relatedIds.includes(id));
    if (chosen === undefined) warn(`"${part}" names ${ids.length} systems or integrations; the risk names none of them until you pick one in the app.`);
    else if (!related.includes(chosen)) related.push(chosen);
    i = j;
  }
  return related;
}
