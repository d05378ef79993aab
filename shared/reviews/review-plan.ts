import { flowName, systemName, type ElementKind } from '../checks';
import { flowList, systemList, type DateAnswer, type FlowId, type IsoDate, type MapDocument, type SystemId } from '../model';
import type { ReviewCalendar, ReviewState } from './review-state';

/** One system or flow in the review plan, with what a person planning a visit needs to know. */
export interface ReviewEntry {
  readonly elementKind: ElementKind;
  readonly elementId: SystemId | FlowId;
  /** As findings name it: a flow without a name is "Source → Destination". */
  readonly name: string;
  readonly owner: string;
  readonly lastReviewed: DateAnswer;
  /** The last day its review is in time; null when it has never been reviewed (due now). */
  readonly dueDate: IsoDate | null;
  readonly state: ReviewState;
}

/** What needs a review: overdue first, then never reviewed, then due soon. */
export interface ReviewPlan {
  /** Longest overdue first. */
  readonly overdue: readonly ReviewEntry[];
  /** By name. */
  readonly never: readonly ReviewEntry[];
  /** Soonest due first. */
  readonly dueSoon: readonly ReviewEntry[];
}

/**
 * Every system and flow whose review is overdue, never done, or due within the calendar's
 * window, as the checks see them: flows missing an end and decommissioned elements are left out.
 */
export function reviewPlan(doc: MapDocument, calendar: ReviewCalendar): ReviewPlan {
  const overdue: ReviewEntry[] = [];
  const never: ReviewEntry[] = [];
  const dueSoon: ReviewEntry[] = [];
  const add = (entry: Omit<ReviewEntry, 'state' | 'dueDate'>, state: ReviewState) => {
    if (state === 'ok' || state === 'retired') return;
    const dueDate = entry.lastReviewed.length === 10 ? calendar.dueDateOf(entry.lastReviewed as IsoDate) : null;
    const full = { ...entry, state, dueDate };
    (state === 'overdue' ? overdue : state === 'never' ? never : dueSoon).push(full);
  };
  for (const system of systemList(doc)) {
    add({ elementKind: 'system', elementId: system.id, name: systemName(system), owner: system.owner.trim(), lastReviewed: system.lastReviewed }, calendar.stateOf(system));
  }
  for (const flow of flowList(doc)) {
    const source = doc.systems[flow.sourceId];
    const target = doc.systems[flow.targetId];
    if (!source || !target) continue;
    add({ elementKind: 'flow', elementId: flow.id, name: flowName({ flow, source, target }), owner: flow.owner.trim(), lastReviewed: flow.lastReviewed }, calendar.stateOf(flow));
  }
  overdue.sort(byDueDate);
  never.sort(byName);
  dueSoon.sort(byDueDate);
  return { overdue, never, dueSoon };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function byName(a: ReviewEntry, b: ReviewEntry): number {
  return collator.compare(a.name, b.name) || (a.elementId < b.elementId ? -1 : a.elementId > b.elementId ? 1 : 0);
}

function byDueDate(a: ReviewEntry, b: ReviewEntry): number {
  const dueA = a.dueDate ?? '';
  const dueB = b.dueDate ?? '';
  return dueA < dueB ? -1 : dueA > dueB ? 1 : byName(a, b);
}
