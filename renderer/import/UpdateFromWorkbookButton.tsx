import type { MapStore } from '../store/map-store';
import { Alert } from '../ui/Alert';
import { Dialog, DialogActions } from '../ui/Dialog';
import './import.css';
import { useWorkbookReview } from './use-workbook-review';
import { WorkbookReviewDialog } from './WorkbookReviewDialog';

/**
 * The editor's "Update from workbook…": read back the risk register a client edited in Excel,
 * see what it changes, and apply it as one undoable step.
 */
export function UpdateFromWorkbookButton({ store }: { readonly store: MapStore }) {
  const { state, choose, apply, dismiss } = useWorkbookReview(store);
  const reading = state.status === 'reading';
  return (
    <>
      <button type="button" className="button button--small" aria-disabled={reading || undefined} onClick={() => { if (!reading) choose(); }}>
        {reading ? 'Reading…' : 'Update from workbook…'}
      </button>
      {state.status === 'review' && (
        <WorkbookReviewDialog fileName={state.fileName} changes={state.changes} issues={state.issues} onApply={apply} onCancel={dismiss} />
      )}
      {state.status === 'failed' && (
        <Dialog title={state.fileName ? `${state.fileName} could not be read back` : 'The workbook could not be read back'} onClose={dismiss}>
          <Alert message={state.message} />
          <p className="field__help">Nothing on the map has changed.</p>
          <DialogActions><button type="button" className="button button--primary" onClick={dismiss}>Close</button></DialogActions>
        </Dialog>
      )}
    </>
  );
}
