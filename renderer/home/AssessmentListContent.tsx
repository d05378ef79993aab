import type { AssessmentSummary } from '../persistence/repository';
import { Alert } from '../ui/Alert';
import { AssessmentTable, type RowAction } from './AssessmentTable';
import { EmptyState } from './EmptyState';
import type { AssessmentListState } from './use-assessment-list';

interface AssessmentListContentProps {
  readonly list: AssessmentListState;
  onAction(action: RowAction, summary: AssessmentSummary): void;
}

/** The list, or why there is none yet: still loading, nothing stored, or storage failed. */
export function AssessmentListContent({ list, onAction }: AssessmentListContentProps) {
  switch (list.status) {
    case 'loading':
      return <p className="muted" role="status">Loading assessments…</p>;
    case 'failed':
      return <Alert message={list.message} />;
    case 'ready':
      return list.summaries.length === 0
        ? <EmptyState />
        : <AssessmentTable summaries={list.summaries} onAction={onAction} />;
  }
}
