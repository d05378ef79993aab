import { isIsoDate, type DateAnswer } from '../../model';
import type { DataType } from '../../vocabulary';
import type { Check, Rating } from '../check';
import { flowName, systemName, type CheckContext } from '../context';
import { SOURCES } from '../sources';
import { describeDataTypes, plural, timeSince } from '../wording';

export const reviewOverdue: Check = {
  id: 'review-overdue',
  title: 'Review overdue',
  condition: 'A flow or system was last reviewed longer ago than the review interval (12 months unless the assessment says otherwise), or has never been reviewed. Elevated when it is more than 24 months or never, or when the flow carries personal, payment, HR or financial data.',
  likelihood: 'likely',
  impact: 'minor',
  // It weighs age and sensitive data itself; a second raise would make every old flow high.
  raisedByExposure: false,
  why: 'Integrations drift: people leave, permissions grow, vendors change what their connectors do, and purposes end. A regular look is how a small organisation notices before something goes wrong, and it is the first thing an auditor or funder will ask about.',
  whatToDo: 'With the owner, go through the flow or system: is it still needed, is the record right, are its access and credentials still appropriate? Then set Last reviewed to today and Reviewed by to who did it.',
  reference: `${SOURCES.mapping} ("when it was last reviewed"); ${SOURCES.security} ("last security review date"); CIS Controls v8 safeguard 3.8`,
  inspectFlow: (view, context) => overdue(view.flow.lastReviewed, context, view.sensitiveData),
  describeFlow: (view, context) => describeOverdue(`The flow "${flowName(view)}"`, view.flow.lastReviewed, context, view.sensitiveData),
  inspectSystem: (system, context) => overdue(system.lastReviewed, context, NOTHING_SENSITIVE),
  describeSystem: (system, context) => describeOverdue(`The system "${systemName(system)}"`, system.lastReviewed, context, NOTHING_SENSITIVE),
};

const NOTHING_SENSITIVE: readonly DataType[] = [];

/** The four ways an overdue review is rated, made once: most elements are checked, and many are overdue. */
const RATINGS = {
  overdue: { likelihood: 'likely', impact: 'minor' },
  overdueSensitive: { likelihood: 'likely', impact: 'moderate' },
  longOverdue: { likelihood: 'very-likely', impact: 'minor' },
  longOverdueSensitive: { likelihood: 'very-likely', impact: 'moderate' },
} as const satisfies Record<string, Rating>;

/**
 * Whether a review last done on `lastReviewed` is overdue on the context's day, as this check
 * decides it: never done, not known when, or before `reviewDueBefore` (that day less the review
 * interval). A decommissioned element is not checked at all.
 */
export function isReviewOverdue(lastReviewed: DateAnswer, context: Pick<CheckContext, 'reviewDueBefore'>): boolean {
  // ISO dates sort as text, so the common case (a recent review) costs one string comparison.
  return !(lastReviewed.length === 10 && lastReviewed >= context.reviewDueBefore);
}

/** How an overdue review is rated: more likely to matter when long overdue or never done, worse for sensitive data. Null when it is not overdue. */
function overdue(lastReviewed: DateAnswer, context: CheckContext, sensitive: readonly DataType[]): Rating | null {
  if (!isReviewOverdue(lastReviewed, context)) return null;
  const longOverdue = !isIsoDate(lastReviewed) || lastReviewed < context.longOverdueBefore;
  if (sensitive.length > 0) return longOverdue ? RATINGS.longOverdueSensitive : RATINGS.overdueSensitive;
  return longOverdue ? RATINGS.longOverdue : RATINGS.overdue;
}

function describeOverdue(subject: string, lastReviewed: DateAnswer, context: CheckContext, sensitive: readonly DataType[]): string {
  const interval = plural(context.settings.reviewIntervalMonths, 'month');
  const when = isIsoDate(lastReviewed)
    ? `was last reviewed on ${lastReviewed}, ${timeSince(lastReviewed, context.today)} (reviews are due every ${interval})`
    : lastReviewed === 'unknown'
      ? 'has no known review: nobody knows when it was last reviewed'
      : 'has never been reviewed: no review date is recorded';
  const carries = sensitive.length > 0 ? ` It carries ${describeDataTypes(sensitive)}.` : '';
  return `${subject} ${when}.${carries}`;
}
