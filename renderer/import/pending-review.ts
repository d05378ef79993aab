import type { AssessmentId } from '../../shared/model';
import type { OpenedFile } from '../../shared/platform';

/**
 * A workbook chosen on the home screen whose assessment is already stored: it is reviewed in
 * that assessment's editor, where applying it is an undoable command. The file waits here for
 * the editor to open; only one waits at a time, and the editor takes it exactly once.
 */
let pending: { readonly assessmentId: AssessmentId; readonly file: OpenedFile } | null = null;

export function holdWorkbookForReview(assessmentId: AssessmentId, file: OpenedFile): void {
  pending = { assessmentId, file };
}

/** The workbook waiting for this assessment, if any; it no longer waits afterwards. */
export function takeWorkbookForReview(assessmentId: AssessmentId): OpenedFile | null {
  if (pending?.assessmentId !== assessmentId) return null;
  const { file } = pending;
  pending = null;
  return file;
}
