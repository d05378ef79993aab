import { buildContext, type CheckContext } from '../checks/context';
import { isReviewOverdue } from '../checks/rules/review';
import { addDays, addMonths, isIsoDate, type DateAnswer, type IsoDate, type MapDocument } from '../model';
import { defineVocabulary, type ValueOf } from '../vocabulary';

/** How far ahead "due soon" looks: the next visit is usually planned about a month out. */
export const REVIEW_SOON_DAYS = 30;

/** Where a system or flow stands with its regular review, as of one day. */
export const REVIEW_STATES = defineVocabulary('review-state', 'Review', [
  { value: 'overdue', label: 'Review overdue', description: 'Last reviewed longer ago than the review interval.' },
  { value: 'never', label: 'Never reviewed', description: 'No review date is recorded, or nobody knows when it was last reviewed.' },
  { value: 'due-soon', label: `Due in the next ${REVIEW_SOON_DAYS} days`, description: `Reviewed in time, but due again within ${REVIEW_SOON_DAYS} days.` },
  { value: 'ok', label: 'Up to date', description: `Reviewed in time, and not due again for more than ${REVIEW_SOON_DAYS} days.` },
  { value: 'retired', label: 'Decommissioned', description: 'Switched off, so no longer reviewed (the checks leave it alone too).' },
]);
export type ReviewState = ValueOf<typeof REVIEW_STATES>;

/** The states that call for a review now: what the canvas marks and the Reviews tab lists first. */
export function needsReview(state: ReviewState): boolean {
  return state === 'overdue' || state === 'never';
}

/** What a review state is worked out from: a system or a flow. */
export interface Reviewable {
  readonly lastReviewed: DateAnswer;
  readonly status: string;
}

/**
 * Review states as of one day, under one assessment's review interval. It asks the review check
 * itself ({@link isReviewOverdue} with the check's own context), so the canvas, the Reviews tab
 * and the register never disagree about what is overdue, month ends included.
 */
export interface ReviewCalendar {
  readonly today: IsoDate;
  /** The months between reviews the checks use: the assessment's interval, or their default for a bad one. */
  readonly intervalMonths: number;
  stateOf(element: Reviewable): ReviewState;
  /**
   * The last day a review done on `lastReviewed` is in time: the check finds it overdue from the
   * next day. Usually the same day one interval later; a review on 31 January with a one-month
   * interval is due on the last day of February.
   */
  dueDateOf(lastReviewed: IsoDate): IsoDate;
}

/**
 * The review calendar for `doc` as of `today` (the day the checks run for). Only the document's
 * settings are read; build one per settings and day, not per element.
 */
export function reviewCalendar(doc: MapDocument, today: IsoDate, soonDays: number = REVIEW_SOON_DAYS): ReviewCalendar {
  // Lists given, so the context is built without walking the map: only its dates are wanted.
  const contextOn = (day: IsoDate): CheckContext => buildContext(doc, day, NO_LISTS);
  const now = contextOn(today);
  // Overdue on the day after the window ends means due within it.
  const soon = contextOn(addDays(today, soonDays + 1));
  const intervalMonths = monthNumber(today) - monthNumber(now.reviewDueBefore);
  const inTimeOn = (lastReviewed: IsoDate, day: IsoDate) => !isReviewOverdue(lastReviewed, { reviewDueBefore: addMonths(day, -intervalMonths) });
  // Many elements share a review date (a visit reviews several), and a plan asks for each one's.
  const dueDates = new Map<IsoDate, IsoDate>();

  return {
    today,
    intervalMonths,
    stateOf({ lastReviewed, status }) {
      // The checks skip decommissioned systems and flows; so does the calendar.
      if (status === 'decommissioned') return 'retired';
      if (!isIsoDate(lastReviewed)) return 'never';
      if (isReviewOverdue(lastReviewed, now)) return 'overdue';
      return isReviewOverdue(lastReviewed, soon) ? 'due-soon' : 'ok';
    },
    dueDateOf(lastReviewed) {
      let due = dueDates.get(lastReviewed);
      if (due) return due;
      // Calendar months are shortened at month ends, so "one interval later" can be a day or
      // three off the check's answer: start there and step to the last day the check accepts.
      due = addMonths(lastReviewed, intervalMonths);
      for (let step = 0; step < MAX_STEPS && inTimeOn(lastReviewed, addDays(due, 1)); step++) due = addDays(due, 1);
      for (let step = 0; step < MAX_STEPS && !inTimeOn(lastReviewed, due); step++) due = addDays(due, -1);
      dueDates.set(lastReviewed, due);
      return due;
    },
  };
}

/** The review state of one system or flow as of `today`; for many, build one {@link reviewCalendar}. */
export function reviewStateOf(element: Reviewable, doc: MapDocument, today: IsoDate): ReviewState {
  return reviewCalendar(doc, today).stateOf(element);
}

const NO_LISTS = { systems: [], flows: () => [] } as const;
/** Month ends move a due day by at most three days; the bound only guards against a bad date. */
const MAX_STEPS = 7;

/** Months since year 0, so two dates' months can be subtracted. */
function monthNumber(date: IsoDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}
