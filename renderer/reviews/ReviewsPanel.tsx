import { useDeferredValue, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { REVIEW_SOON_DAYS, reviewPlan, type ReviewEntry } from '../../shared/reviews';
import { useShowElements } from '../risks/use-show-elements';
import type { MapStore } from '../store/map-store';
import { countOf } from '../ui/format';
import { useReviewCalendar } from './review-calendar';
import './reviews.css';

const REVIEWS_HEADING_ID = 'review-panel-heading';
/** How many entries a section lists at first, and how many more each "Show more" adds. */
const PAGE_SIZE = 50;

/**
 * The Reviews tab: what is overdue, what has never been reviewed, and what falls due in the next
 * month, to plan the next visit. Choosing one selects it and brings it into view on the map.
 */
export function ReviewsPanel({ store }: { store: MapStore }) {
  // Worked out again after each edit, in a render that never holds up the edit itself.
  const doc = useDeferredValue(useStore(store, (s) => s.doc));
  const calendar = useReviewCalendar(store);
  const plan = useMemo(() => reviewPlan(doc, calendar), [doc, calendar]);
  const show = useShowElements(store);
  const choose = (entry: ReviewEntry) => show([entry.elementId]);
  return (
    <section className="review-panel" aria-labelledby={REVIEWS_HEADING_ID}>
      <h2 id={REVIEWS_HEADING_ID} className="review-panel__heading" tabIndex={-1}>Reviews</h2>
      <p className="review-panel__intro">
        Each system and flow is due a review every {countOf(calendar.intervalMonths, 'month', 'months')} (Details… changes
        that). As of {calendar.today}:
      </p>
      <ReviewSection title="Overdue" none="Nothing is overdue." entries={plan.overdue} onChoose={choose} />
      <ReviewSection title="Never reviewed" none="Everything has been reviewed at least once." entries={plan.never} onChoose={choose} />
      <ReviewSection title={`Due in the next ${REVIEW_SOON_DAYS} days`} none={`Nothing falls due in the next ${REVIEW_SOON_DAYS} days.`}
        entries={plan.dueSoon} onChoose={choose} />
    </section>
  );
}

interface SectionProps {
  readonly title: string;
  /** What the section says when it lists nothing. */
  readonly none: string;
  readonly entries: readonly ReviewEntry[];
  onChoose(entry: ReviewEntry): void;
}

function ReviewSection({ title, none, entries, onChoose }: SectionProps) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const headingId = `review-section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="review-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="review-section__heading">{title} ({entries.length})</h3>
      {entries.length === 0 ? <p className="review-section__none">{none}</p> : (
        <ul className="review-list">
          {entries.slice(0, limit).map((entry) => <ReviewItem key={entry.elementId} entry={entry} onChoose={() => onChoose(entry)} />)}
        </ul>
      )}
      {entries.length > limit && (
        <button type="button" className="button button--small review-panel__more" onClick={() => setLimit(limit + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, entries.length - limit)} more
        </button>
      )}
    </section>
  );
}

function ReviewItem({ entry, onChoose }: { entry: ReviewEntry; onChoose(): void }) {
  return (
    <li className="review-list__item">
      <button type="button" className="link-button review-list__choose" onClick={onChoose}>{entry.name}</button>
      <span className="review-list__kind">{entry.elementKind === 'system' ? 'System' : 'Data flow'}</span>
      <dl className="review-list__facts">
        <div><dt>Owner</dt><dd>{entry.owner || 'nobody named'}</dd></div>
        <div><dt>Last reviewed</dt><dd>{entry.lastReviewed === '' ? 'never' : entry.lastReviewed === 'unknown' ? 'not known' : entry.lastReviewed}</dd></div>
        <div><dt>Due</dt><dd>{entry.dueDate ?? 'now'}</dd></div>
      </dl>
    </li>
  );
}
