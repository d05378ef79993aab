import {
  addDays, addMonths, DEFAULT_SETTINGS, flowList, isIsoDate, systemList,
  type AssessmentSettings, type FlowRecord, type IsoDate, type MapDocument, type SystemId, type SystemRecord,
} from '../model';
import type { Boundary, DataType } from '../vocabulary';
import type { FlowView } from './check';

/** Everything a check may read besides the element in front of it. Built once per run. */
export interface CheckContext {
  /**
   * The whole map. Checks read only its systems, flows and settings (never treatments, risks or
   * the assessment's names), which is what lets a runner reuse findings when only those change.
   */
  readonly doc: MapDocument;
  /** The day the checks are run for, so results are reproducible. */
  readonly today: IsoDate;
  readonly settings: AssessmentSettings;
  /** Every flow that has both its systems, with the common questions answered. */
  readonly flows: readonly FlowView[];
  readonly systems: readonly SystemRecord[];
  /** Whether `name` is someone the assessment lists as having left (case and spacing ignored). */
  isLeaver(name: string): boolean;
  /** A review before this day is overdue: today less the review interval. */
  readonly reviewDueBefore: IsoDate;
  /** A review before this day is long overdue: today less {@link LONG_OVERDUE_MONTHS} months. */
  readonly longOverdueBefore: IsoDate;
  /** A credential last changed before this day is stale: today less the rotation interval. */
  readonly rotationDueBefore: IsoDate;
}

/** A review older than this many months is long overdue, whatever the review interval. */
export const LONG_OVERDUE_MONTHS = 24;

/** Boundaries outside the organisation: data sent there is in someone else's hands. */
export const OUTSIDE_BOUNDARIES: readonly Boundary[] = ['vendor', 'partner', 'former-partner'];

/** Data that makes a flow's exposure matter more: personal, payment, HR or financial. */
export const SENSITIVE_DATA_TYPES: readonly DataType[] = [
  'personal', 'special-category', 'financial', 'payment-card', 'donor-records', 'employee-hr',
];

/** Case, spacing and punctuation ignored, so "Jo  Smith" and "jo smith" are the same person. */
export function normaliseName(name: string): string {
  let normalised = normalisedNames.get(name);
  if (normalised === undefined) {
    normalised = name.toLowerCase().replace(/[^\p{L}\p{N}@.]+/gu, ' ').trim();
    remember(normalisedNames, name, normalised);
  }
  return normalised;
}

/**
 * Names and accounts repeat across a map (one owner for many flows) and across re-checks, so
 * each is normalised once. Bounded, so a long session's edits cannot grow it without limit.
 */
const normalisedNames = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** Keeps `key → value` in a memo, starting it afresh when it is full. */
export function remember<K, V>(memo: Map<K, V>, key: K, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}

/**
 * A number for each account, the same for every spelling of it that {@link normaliseName} makes
 * equal; numbers run from 0 up to {@link accountsNumbered} - 1. Never forgotten, since views made
 * earlier keep their numbers: it grows only with the distinct accounts seen in one session.
 */
export function accountNumberOf(account: string): number {
  let number = numbersByWriting.get(account);
  if (number === undefined) {
    const key = normaliseName(account);
    number = key === '' ? -1 : accountNumbers.get(key);
    if (number === undefined) accountNumbers.set(key, (number = accountNumbers.size));
    remember(numbersByWriting, account, number);
  }
  return number;
}

/** How many accounts have a number: an upper bound for arrays indexed by account number. */
export function accountsNumbered(): number {
  return accountNumbers.size;
}

const accountNumbers = new Map<string, number>();
/** Each account as written, straight to its number: one lookup per flow instead of two. */
const numbersByWriting = new Map<string, number>();

export function isOutside(system: SystemRecord): boolean {
  return system.boundary !== '' && OUTSIDE_BOUNDARIES.includes(system.boundary);
}

/** A flow with the questions most checks ask answered once. */
export function viewOf(flow: FlowRecord, source: SystemRecord, target: SystemRecord): FlowView {
  return {
    flow,
    source,
    target,
    crossesBoundary: isOutside(source) || isOutside(target),
    sensitiveData: sensitiveOf(flow.dataTypes),
    active: flow.status === 'active' || flow.status === 'suspected-orphaned' || flow.status === '',
    accountNumber: flow.account === '' ? -1 : accountNumberOf(flow.account),
  };
}

const NOTHING_SENSITIVE: readonly DataType[] = [];

/**
 * The sensitive types among `types`: one shared empty list for the many flows that carry none,
 * the flow's own (immutable) list when all of them are, else a list of just the right length.
 * Every run keeps one per flow until the next, and a list grown by pushing reserves room for 17.
 */
function sensitiveOf(types: readonly DataType[]): readonly DataType[] {
  let count = 0;
  for (const type of types) if (SENSITIVE_DATA_TYPES.includes(type)) count += 1;
  if (count === 0) return NOTHING_SENSITIVE;
  if (count === types.length) return types;
  const found = new Array<DataType>(count);
  let at = 0;
  for (const type of types) if (SENSITIVE_DATA_TYPES.includes(type)) found[at++] = type;
  return found;
}

/**
 * The context for one run. A runner that already holds the map's lists passes them in; the
 * flows' views are asked for only when a check first reads them (after the runner has made them).
 */
export function buildContext(
  doc: MapDocument,
  today: IsoDate,
  lists: { readonly flows?: () => readonly FlowView[]; readonly systems?: readonly SystemRecord[] } = {},
): CheckContext {
  if (!isIsoDate(today)) throw new Error(`Checks need today's date as YYYY-MM-DD, not "${today}"`);
  const { settings } = doc.assessment;
  const leavers = new Set(settings.leavers.map(normaliseName).filter((name) => name !== ''));
  let flows: readonly FlowView[] | undefined;
  return {
    doc,
    today,
    settings,
    get flows() {
      return (flows ??= lists.flows ? lists.flows() : flowViews(doc));
    },
    systems: lists.systems ?? systemList(doc),
    isLeaver: (name) => leavers.size > 0 && leavers.has(normaliseName(name)),
    // Worked out once per run, so checks compare ISO strings (which sort as dates) and parse nothing.
    reviewDueBefore: addMonths(today, -wholeOr(settings.reviewIntervalMonths, DEFAULT_SETTINGS.reviewIntervalMonths)),
    longOverdueBefore: addMonths(today, -LONG_OVERDUE_MONTHS),
    rotationDueBefore: addDays(today, -wholeOr(settings.rotationIntervalDays, DEFAULT_SETTINGS.rotationIntervalDays)),
  };
}

/** Settings come through `parseMap`, but a check must never throw: a bad interval falls back to the default. */
function wholeOr(value: number, fallback: number): number {
  return Number.isInteger(value) && value > 0 && value <= 100_000 ? value : fallback;
}

function flowViews(doc: MapDocument): FlowView[] {
  const views: FlowView[] = [];
  for (const flow of flowList(doc)) {
    const source = doc.systems[flow.sourceId as SystemId];
    const target = doc.systems[flow.targetId as SystemId];
    if (source && target) views.push(viewOf(flow, source, target));
  }
  return views;
}

/** Source then destination; one system once, should a flow loop back to its source. */
export function endsOf({ source, target }: Pick<FlowView, 'source' | 'target'>): SystemRecord[] {
  return source === target ? [source] : [source, target];
}

/** How findings name a flow: its own name, or "Source → Destination" when it has none. */
export function flowName(view: Pick<FlowView, 'flow' | 'source' | 'target'>): string {
  return view.flow.name.trim() || `${systemName(view.source)} → ${systemName(view.target)}`;
}

export function systemName(system: SystemRecord): string {
  return system.name.trim() || 'Unnamed system';
}
