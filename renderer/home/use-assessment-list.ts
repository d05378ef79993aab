import { useCallback, useEffect, useState } from 'react';
import { whenEditsSaved } from '../open-assessment/pending-saves';
import type { AssessmentId } from '../../shared/model';
import type { AssessmentSummary, MapRepository } from '../persistence/repository';
import { describeError } from '../ui/Alert';

export type AssessmentListState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly summaries: readonly AssessmentSummary[] }
  | { readonly status: 'failed'; readonly message: string };

export interface AssessmentList {
  readonly list: AssessmentListState;
  /** Fetches the list again after a change. */
  reload(): void;
  /** Drops a deleted assessment at once, in the same render that closes its dialog (see HomeView). */
  forget(id: AssessmentId): void;
}

/** The stored assessments, kept up to date by the home view's actions. */
export function useAssessmentList(repository: MapRepository): AssessmentList {
  const [list, setList] = useState<AssessmentListState>({ status: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    // Wait for the last editor's writes, so its counts and "last changed" are up to date.
    whenEditsSaved()
      .then(() => repository.listAssessments())
      .then(
        (summaries) => { if (current) setList({ status: 'ready', summaries }); },
        (error: unknown) => { if (current) setList({ status: 'failed', message: `Your assessments could not be read: ${describeError(error)}` }); },
      );
    return () => { current = false; };
  }, [repository, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const forget = useCallback((id: AssessmentId) => setList((current) => (
    current.status === 'ready' ? { ...current, summaries: current.summaries.filter((s) => s.id !== id) } : current
  )), []);
  return { list, reload, forget };
}
