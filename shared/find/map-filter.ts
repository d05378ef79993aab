import { normaliseName } from '../checks/context';
import type { FlowRecord, MapDocument, SystemRecord } from '../model';
import type { ReviewCalendar, ReviewState } from '../reviews/review-state';
import { labelOf, SEVERITIES, SYSTEM_KINDS, type Boundary, type DataType, type Severity } from '../vocabulary';

/**
 * What the find bar asks of the map. Every criterion left blank matches everything; the ones
 * set must all hold. A system and a flow answer each criterion in their own way (see matchMap).
 */
export interface MapFilter {
  /** Words looked for in names, owners, vendors, accounts, notes…: every word, in any case. */
  readonly text: string;
  readonly dataType: DataType | '';
  /** An owner as {@link normaliseName} writes it (see {@link ownerChoices}). */
  readonly owner: string;
  readonly boundary: Boundary | '';
  /** The least severe an element's worst open finding may be. */
  readonly severity: Severity | '';
  readonly review: ReviewState | '';
}

export const NO_FILTER: MapFilter = { text: '', dataType: '', owner: '', boundary: '', severity: '', review: '' };

/** True when any criterion is set, i.e. something may be left out. */
export function isFiltering(filter: MapFilter): boolean {
  return filter.text.trim() !== '' || filter.dataType !== '' || filter.owner !== '' || filter.boundary !== ''
    || filter.severity !== '' || filter.review !== '';
}

/** What matching needs to know beyond the document, asked only for the criteria that are set. */
export interface MatchFacts {
  /** An element's worst open finding, undefined when it has none open. */
  severityOf(elementId: string): Severity | undefined;
  /** The day and interval review states are judged by. */
  readonly reviews: ReviewCalendar;
}

/** The systems and flows that match a filter, and how many there are to match. */
export interface MapMatches {
  /** Ids of the matching systems and flows. */
  readonly ids: ReadonlySet<string>;
  readonly systems: number;
  readonly flows: number;
  /** Systems and flows on the map (flows missing an end are not drawn, so not counted). */
  readonly total: number;
}

/**
 * Which systems and flows match `filter`. Text, owner, severity and review state are each
 * element's own. A flow is on a boundary's side when either end is; a system carries a data type
 * when a flow to or from it does, so a search for card data shows where it goes as well as how.
 */
export function matchMap(doc: MapDocument, filter: MapFilter, facts: MatchFacts): MapMatches {
  const words = searchWords(filter.text);
  const minimum = filter.severity === '' ? -1 : RANK[filter.severity];
  const ownMatch = (record: SystemRecord | FlowRecord, text: () => string): boolean =>
    (words.length === 0 || words.every((word) => text().includes(word)))
    && (filter.owner === '' || normaliseName(record.owner) === filter.owner)
    && (minimum < 0 || rankOf(facts.severityOf(record.id)) >= minimum)
    && (filter.review === '' || facts.reviews.stateOf(record) === filter.review);

  const ids = new Set<string>();
  let flows = 0;
  let total = 0;
  // Systems that send or receive the data type asked for.
  const carrying = new Set<string>();
  for (const flow of Object.values(doc.flows)) {
    const source = doc.systems[flow.sourceId];
    const target = doc.systems[flow.targetId];
    if (!source || !target) continue;
    total += 1;
    const carries = filter.dataType === '' || flow.dataTypes.includes(filter.dataType);
    if (carries && filter.dataType !== '') carrying.add(source.id).add(target.id);
    const onSide = filter.boundary === '' || source.boundary === filter.boundary || target.boundary === filter.boundary;
    if (carries && onSide && ownMatch(flow, () => flowText(flow))) {
      ids.add(flow.id);
      flows += 1;
    }
  }
  for (const system of Object.values(doc.systems)) {
    total += 1;
    const carries = filter.dataType === '' || carrying.has(system.id);
    const onSide = filter.boundary === '' || system.boundary === filter.boundary;
    if (carries && onSide && ownMatch(system, () => systemText(system))) ids.add(system.id);
  }
  return { ids, systems: ids.size - flows, flows, total };
}

/** An owner on the map, once however it is written, under its first spelling. */
export interface OwnerChoice {
  /** {@link normaliseName} of the name: what {@link MapFilter.owner} holds. */
  readonly value: string;
  readonly label: string;
}

/** Everyone named as an owner of a system or flow, A to Z. */
export function ownerChoices(doc: MapDocument): OwnerChoice[] {
  const owners = new Map<string, string>();
  const note = (owner: string) => {
    const value = normaliseName(owner);
    if (value !== '' && !owners.has(value)) owners.set(value, owner.trim());
  };
  for (const system of Object.values(doc.systems)) note(system.owner);
  for (const flow of Object.values(doc.flows)) note(flow.owner);
  return [...owners].map(([value, label]) => ({ value, label })).sort((a, b) => collator.compare(a.label, b.label));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const RANK: Readonly<Record<Severity, number>> = Object.fromEntries(SEVERITIES.terms.map((term, i) => [term.value, i])) as Record<Severity, number>;

function rankOf(severity: Severity | undefined): number {
  return severity === undefined ? -1 : RANK[severity];
}

/** Lower case, accents dropped, so "Zoë" is found by "zoe" and "ZOE". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a search, folded; none for a blank one. */
export function searchWords(text: string): string[] {
  return folded(text).split(/\s+/).filter((word) => word !== '');
}

// Records never change in place, so each one's searchable text is worked out once: typing in
// the find bar then costs one substring search per element, not a string built per keystroke.
const texts = new WeakMap<SystemRecord | FlowRecord, string>();

function cachedText(record: SystemRecord | FlowRecord, parts: () => readonly string[]): string {
  let text = texts.get(record);
  if (text === undefined) texts.set(record, (text = folded(parts().filter((part) => part !== '').join('\n'))));
  return text;
}

function systemText(system: SystemRecord): string {
  return cachedText(system, () => [
    system.name, labelOf(SYSTEM_KINDS, system.kind), system.vendor, system.owner, system.authoritativeFor, system.reviewedBy, system.notes,
  ]);
}

function flowText(flow: FlowRecord): string {
  return cachedText(flow, () => [
    flow.name, flow.purpose, flow.account, flow.credentialLocationDetail, flow.owner, flow.reviewedBy, flow.notes,
  ]);
}
