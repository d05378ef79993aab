import { useCallback, useEffect, useState } from 'react';
import { whenEditsSaved } from '../open-assessment/pending-saves';
import type { AssessmentSummary, MapRepository } from '../persistence/repository';
import { describeError } from '../ui/Alert';

export type AssessmentListState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly summaries: readonly AssessmentSummary[] }
  | { readonly status: 'failed'; readonly message: string };

/** The stored assessments, and `reload` to fetch them again after a change. */
export function useAssessmentList(repository: MapRepository): { list: AssessmentListState; reload(): void } {
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
  return { list, reload };
}
