import { isIsoDate, type HistoryFilter, type RecordedChange } from '../../shared/model';

/** How many history records a list shows at first, and how many more each "Show more" adds. */
export const HISTORY_PAGE_SIZE = 200;

/** What the History tab's filters hold, as typed. Dates are the user's own calendar days. */
export interface HistoryFilterForm {
  /** Text in the name of a system, flow or other record. */
  readonly element: string;
  /** Only records about what is selected on the map. */
  readonly selectionOnly: boolean;
  readonly person: string;
  /** First and last day, `YYYY-MM-DD` or blank. */
  readonly from: string;
  readonly to: string;
}

export const EMPTY_HISTORY_FORM: HistoryFilterForm = { element: '', selectionOnly: false, person: '', from: '', to: '' };

/**
 * The history filter the form asks for, or undefined for none. Days are the user's local days:
 * "from 3 March" starts at local midnight, "to 5 March" takes in all of the 5th.
 */
export function historyFilterOf(form: HistoryFilterForm, selectedIds: readonly string[]): HistoryFilter | undefined {
  const filter: { -readonly [K in keyof HistoryFilter]: HistoryFilter[K] } = {};
  if (form.element.trim()) filter.elementText = form.element.trim();
  if (form.selectionOnly) filter.elementIds = selectedIds;
  if (form.person.trim()) filter.by = form.person.trim();
  if (isIsoDate(form.from)) filter.since = startOfLocalDay(form.from, 0);
  if (isIsoDate(form.to)) filter.until = startOfLocalDay(form.to, 1);
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** The instant a local calendar day (`days` after `date`) begins, as ISO 8601 in UTC. */
function startOfLocalDay(date: string, days: number): string {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days).toISOString();
}

/** One record's changes to one element, shown together: "Integration: Gift Aid" and its fields. */
export interface ElementChanges {
  readonly key: string;
  readonly first: RecordedChange;
  readonly fields: readonly RecordedChange[];
}

/** A record's changes grouped by the element they are about, in the order recorded. */
export function groupByElement(changes: readonly RecordedChange[]): ElementChanges[] {
  const groups: ElementChanges[] = [];
  const byKey = new Map<string, RecordedChange[]>();
  for (const change of changes) {
    const key = `${change.kind}:${change.id}`;
    let fields = byKey.get(key);
    if (!fields) {
      fields = [];
      byKey.set(key, fields);
      groups.push({ key, first: change, fields });
    }
    if (change.field !== '') fields.push(change);
  }
  return groups;
}
