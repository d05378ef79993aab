import {
  CUSTOM_RISK_CHECK_ID, checkById, closedTreatments, severityRank, type Finding, type RegisterEntry,
} from '../../shared/checks';
import { splitFindingId, UNTREATED, type MapDocument, type TreatmentFields } from '../../shared/model';
import { isTerm, SEVERITIES, TREATMENT_STATUSES, type Severity, type TreatmentStatus } from '../../shared/vocabulary';
import { systemName } from '../canvas/projection';

/**
 * The risk panel's list, as pure functions: one row per register entry or past decision, and
 * the filtering and sorting the panel offers. Kept apart from React so it can be tested and so
 * filtering 100,000 rows is one pass over plain objects.
 */

/** One line of the risk panel. */
export interface RegisterRow {
  /** The finding id (`checkId:elementId`) or the custom risk's id. */
  readonly id: string;
  /** The check that raised it, or `custom`. */
  readonly checkId: string;
  readonly title: string;
  /** What it is about, in words: the system or flow, "(deleted)", or "Whole organisation". */
  readonly elementName: string;
  /** The element it is about (first related one for a custom risk), if any. */
  readonly elementId: string | undefined;
  /** Null for a decision whose finding no longer fires: there is nothing left to rate. */
  readonly severity: Severity | null;
  readonly status: TreatmentStatus;
  /** Counts towards the open total. */
  readonly open: boolean;
  /** False for a decision kept as history because its finding no longer fires. */
  readonly applies: boolean;
}

export type StatusFilter = 'open' | 'all' | 'no-longer-applies' | TreatmentStatus;
export type SortKey = 'severity' | 'check' | 'element';

export interface RegisterQuery {
  readonly severity: Severity | 'all';
  /** A check id, `custom` for the assessor's own risks, or `all`. */
  readonly checkId: string;
  readonly status: StatusFilter;
  readonly sort: SortKey;
}

export const DEFAULT_QUERY: RegisterQuery = { severity: 'all', checkId: 'all', status: 'open', sort: 'severity' };

/** The choices of the Status filter, in the order the panel lists them. */
export const STATUS_FILTERS: ReadonlyArray<{ readonly value: StatusFilter; readonly label: string }> = [
  { value: 'open', label: 'Open' },
  { value: 'all', label: 'All that apply' },
  ...TREATMENT_STATUSES.terms.map((term) => ({ value: term.value, label: term.label })),
  { value: 'no-longer-applies', label: 'No longer applies' },
];

export const DELETED_ELEMENT = '(deleted)';
export const WHOLE_ORGANISATION = 'Whole organisation';

/** A system's or flow's name as the panel shows it; a flow without a name is "Source → Destination". */
export function elementName(doc: Pick<MapDocument, 'systems' | 'flows'>, id: string): string | undefined {
  const system = doc.systems[id as keyof MapDocument['systems']];
  if (system) return systemName(system);
  const flow = doc.flows[id as keyof MapDocument['flows']];
  if (!flow) return undefined;
  if (flow.name.trim()) return flow.name.trim();
  const source = doc.systems[flow.sourceId];
  const target = doc.systems[flow.targetId];
  return `${source ? systemName(source) : DELETED_ELEMENT} → ${target ? systemName(target) : DELETED_ELEMENT}`;
}

export function rowOfEntry(doc: MapDocument, entry: RegisterEntry): RegisterRow {
  const custom = entry.checkId === CUSTOM_RISK_CHECK_ID;
  const names = entry.elementIds.map((id) => elementName(doc, id) ?? DELETED_ELEMENT);
  return {
    id: entry.id,
    checkId: entry.checkId,
    title: entry.title,
    elementName: names.length > 0 ? names.join(', ') : custom ? WHOLE_ORGANISATION : DELETED_ELEMENT,
    elementId: entry.elementIds[0],
    severity: entry.severity,
    status: entry.treatment.status,
    open: entry.open,
    applies: true,
  };
}

/**
 * Decisions about findings the checks no longer raise, by check title and element. A treatment
 * that still says nothing (unchecked, no words, no dates) was never a decision and is left out.
 */
export function historyRows(doc: MapDocument, findings: readonly Finding[]): RegisterRow[] {
  const rows = closedTreatments(doc, findings).filter((t) => !isBlank(t)).map((treatment): RegisterRow => {
    const { checkId, elementId } = splitFindingId(treatment.findingId);
    return {
      id: treatment.findingId,
      checkId,
      title: checkById(checkId)?.title ?? checkId,
      elementName: elementName(doc, elementId) ?? DELETED_ELEMENT,
      elementId: doc.systems[elementId as keyof MapDocument['systems']] || doc.flows[elementId as keyof MapDocument['flows']] ? elementId : undefined,
      severity: null,
      status: treatment.status,
      open: false,
      applies: false,
    };
  });
  return rows.sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.elementName, b.elementName));
}

function isBlank(treatment: TreatmentFields): boolean {
  return (Object.keys(UNTREATED) as Array<keyof TreatmentFields>).every((key) => treatment[key] === UNTREATED[key]);
}

/**
 * The rows the panel lists for a query. `rows` are the current register (most severe first) and
 * `history` the decisions that no longer apply; sorting is stable, so rows that tie keep the
 * register's order (most severe first).
 */
export function queryRegister(rows: readonly RegisterRow[], history: readonly RegisterRow[], query: RegisterQuery): RegisterRow[] {
  const { severity, checkId, status } = query;
  const source = status === 'no-longer-applies' ? history : rows;
  const matches = source.filter((row) => (severity === 'all' || row.severity === severity)
    && (checkId === 'all' || row.checkId === checkId)
    && (status === 'all' || status === 'no-longer-applies' || (status === 'open' ? row.open : row.status === status)));
  return sortRows(matches, query.sort);
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Sorts in place (the caller's own filtered copy): by severity, by check title, or by element name. */
function sortRows(rows: RegisterRow[], key: SortKey): RegisterRow[] {
  if (key === 'severity') return rows.sort((a, b) => rankOf(b) - rankOf(a));
  if (key === 'check') return rows.sort((a, b) => collator.compare(a.title, b.title));
  return rows.sort((a, b) => collator.compare(a.elementName, b.elementName));
}

function rankOf(row: RegisterRow): number {
  return row.severity === null ? -1 : severityRank(row.severity);
}

/** Reads a Severity filter choice back from a `<select>`. */
export function severityFilterOf(value: string): Severity | 'all' {
  return isTerm(SEVERITIES, value) ? value : 'all';
}

/** Reads a Status filter choice back from a `<select>`. */
export function statusFilterOf(value: string): StatusFilter {
  return STATUS_FILTERS.find((choice) => choice.value === value)?.value ?? 'open';
}
