import { dayNumber, isIsoDate, type FlowRecord, type SystemRecord } from '../../shared/model';
import { needsReview, REVIEW_STATES, type ReviewCalendar, type ReviewState } from '../../shared/reviews';
import { labelOf } from '../../shared/vocabulary';

/** A row's review: its state as the review calendar (and so the review check) sees it. */
export interface RowReview {
  readonly state: ReviewState;
  /** For a review due soon: whole days until it falls due (0 is today). */
  readonly daysLeft?: number;
}

// One object per state and day, so a row whose review says the same thing keeps the same object.
const FIXED = new Map<ReviewState, RowReview>(REVIEW_STATES.terms.map((term) => [term.value, { state: term.value }]));
const DUE_IN = new Map<number, RowReview>();

/** The review of one system or flow on the calendar's day, with the days left when it is due soon. */
export function rowReview(calendar: ReviewCalendar, record: FlowRecord | SystemRecord): RowReview {
  const state = calendar.stateOf(record);
  if (state !== 'due-soon' || !isIsoDate(record.lastReviewed)) return FIXED.get(state)!;
  const daysLeft = dayNumber(calendar.dueDateOf(record.lastReviewed)) - dayNumber(calendar.today);
  let review = DUE_IN.get(daysLeft);
  if (!review) DUE_IN.set(daysLeft, (review = { state, daysLeft }));
  return review;
}

/** What the table's Review column says: the state's label, or exactly how soon a review is due. */
export function reviewLabel(review: RowReview): string {
  if (review.state === 'due-soon' && review.daysLeft !== undefined) {
    return review.daysLeft === 0 ? 'Due today' : `Due in ${review.daysLeft} ${review.daysLeft === 1 ? 'day' : 'days'}`;
  }
  return labelOf(REVIEW_STATES, review.state);
}

/** Overdue or never reviewed: the rows the table marks. */
export function rowNeedsReview(review: RowReview): boolean {
  return needsReview(review.state);
}

/** The order states sort in, most urgent first, decommissioned last. */
export const REVIEW_RANK: Readonly<Record<ReviewState, number>> = { overdue: 0, never: 1, 'due-soon': 2, ok: 3, retired: 4 };
