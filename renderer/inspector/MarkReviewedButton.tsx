import { useState } from 'react';
import { useStore } from 'zustand';
import { addMonths, isIsoDate, localDateOf, type FlowId, type SystemId } from '../../shared/model';
import { useServices } from '../app/services';
import { AuthorDialog } from '../settings/AuthorDialog';
import type { MapStore } from '../store/map-store';

interface MarkReviewedProps {
  readonly store: MapStore;
  readonly systemIds?: readonly SystemId[];
  readonly flowIds?: readonly FlowId[];
}

/**
 * "Mark reviewed": records today as the last review of the given systems and flows, with the
 * assessor's name as the reviewer, in one undoable step. The review-overdue check compares that
 * date with the assessment's review interval. Without a name yet, it asks for one first.
 */
export function MarkReviewedButton({ store, systemIds = [], flowIds = [] }: MarkReviewedProps) {
  const { settings, now } = useServices();
  const [asking, setAsking] = useState(false);
  const interval = useStore(store, (s) => s.doc.assessment.settings.reviewIntervalMonths);
  const assessor = useStore(store, (s) => s.doc.assessment.assessor);
  const single = useStore(store, (s) => (systemIds.length + flowIds.length === 1
    ? (systemIds[0] ? s.doc.systems[systemIds[0]] : s.doc.flows[flowIds[0]!]) : undefined));

  const mark = (by: string) => {
    store.getState().run('markReviewed', { systemIds, flowIds, date: localDateOf(now()), by });
  };
  const start = () => {
    const name = settings.getState().assessorName;
    if (name) mark(name);
    else setAsking(true);
  };

  const count = systemIds.length + flowIds.length;
  let note = `Records today as the last review of the ${count} selected, with you as the reviewer. Reviews are due every ${months(interval)}.`;
  if (single) {
    const { lastReviewed, reviewedBy } = single;
    note = isIsoDate(lastReviewed)
      ? `Last reviewed ${lastReviewed}${reviewedBy ? ` by ${reviewedBy}` : ''}; next review due ${addMonths(lastReviewed, interval)}.`
      : `${lastReviewed === 'unknown' ? 'When it was last reviewed is unknown' : 'Never reviewed'}; reviews are due every ${months(interval)}.`;
  }
  return (
    <div className="mark-reviewed">
      <button type="button" className="button button--small" onClick={start}>Mark reviewed</button>
      <p className="mark-reviewed__note">{note}</p>
      {asking && <AuthorDialog suggestion={assessor} onSaved={mark} onClose={() => setAsking(false)} />}
    </div>
  );
}

function months(count: number): string {
  return count === 1 ? 'month' : `${count} months`;
}
