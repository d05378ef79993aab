import { memo, useContext } from 'react';
import type { FlowRecord, IsoDate, SystemRecord } from '../../shared/model';
import { needsReview, type ReviewCalendar } from '../../shared/reviews';
import { ReviewCalendarContext } from '../reviews/review-calendar';
import '../reviews/reviews.css';
import { reviewDescriptionId } from './projection';

type Reviewed = SystemRecord | FlowRecord;

/** What a marker says, e.g. "Review overdue: last reviewed 2024-03-01, due 2025-03-01"; '' when no review is needed. */
export function describeReview(record: Reviewed, calendar: ReviewCalendar): string {
  const state = calendar.stateOf(record);
  if (!needsReview(state)) return '';
  if (state === 'never') return record.lastReviewed === 'unknown' ? 'Never reviewed: nobody knows when it was last reviewed' : 'Never reviewed';
  const lastReviewed = record.lastReviewed as IsoDate;
  return `Review overdue: last reviewed ${lastReviewed}, due ${calendar.dueDateOf(lastReviewed)}`;
}

/**
 * A quiet mark on a system or flow whose review is overdue or was never done: a clock and the
 * words on a system, the clock alone on a flow's label (it is short of room), and the whole
 * sentence as a tooltip. Dashed and uncoloured by severity, so it never reads as a risk badge.
 * Screen readers get the sentence as the element's description instead (ReviewWords).
 */
export const ReviewMarker = memo(function ReviewMarker({ record, on }: { readonly record: Reviewed; readonly on: 'node' | 'edge' }) {
  const words = useReviewWords(record);
  if (!words) return null;
  const never = words.startsWith('Never');
  return (
    <span className={`review-marker review-marker--${on}${never ? ' review-marker--never' : ''}`} title={words} aria-hidden="true">
      {on === 'node' && (never ? 'never reviewed' : 'review overdue')}
    </span>
  );
});

/**
 * The marker in words, under the id the element's description points at (projection.ts): a
 * hidden span in a node, and in an edge's SVG a <desc>, there even while its label is off screen.
 */
export const ReviewWords = memo(function ReviewWords({ record, as }: { readonly record: Reviewed; readonly as: 'span' | 'desc' }) {
  const words = useReviewWords(record);
  if (!words) return null;
  const Element = as;
  return <Element id={reviewDescriptionId(record.id)} hidden={as === 'span' || undefined}>{words}</Element>;
});

function useReviewWords(record: Reviewed): string {
  const calendar = useContext(ReviewCalendarContext);
  return calendar ? describeReview(record, calendar) : '';
}
