import { useId, type RefObject } from 'react';
import type { AssessmentSummary } from '../persistence/repository';
import { Alert } from '../ui/Alert';
import { Dialog, DialogActions } from '../ui/Dialog';
import { describeContents } from '../ui/format';

interface DeleteDialogProps {
  readonly summary: AssessmentSummary;
  onConfirm(): void;
  onCancel(): void;
  /** Why the last attempt failed. */
  readonly error?: string;
  /** The deleted row's buttons vanish, so focus needs somewhere else to go. */
  readonly fallbackFocus: RefObject<HTMLElement | null>;
}

/** Names exactly what will be lost, and starts on Cancel so Enter does not destroy anything. */
export function DeleteDialog({ summary, onConfirm, onCancel, error, fallbackFocus }: DeleteDialogProps) {
  const messageId = useId();
  return (
    <Dialog title="Delete assessment" onClose={onCancel} describedBy={messageId} fallbackFocus={fallbackFocus}>
      <p id={messageId}>
        Delete "{summary.name}"? This permanently removes {describeContents(summary.systemCount, summary.flowCount)} from
        this computer.
      </p>
      {error && <Alert message={error} />}
      <DialogActions>
        <button type="button" className="button" onClick={onCancel} data-autofocus>Cancel</button>
        <button type="button" className="button button--danger" onClick={onConfirm}>Delete assessment</button>
      </DialogActions>
    </Dialog>
  );
}
