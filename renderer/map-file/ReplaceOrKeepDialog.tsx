import { useId } from 'react';
import { FROM_FILE_SUFFIX, flowList, systemList, type MapDocument } from '../../shared/model';
import type { AssessmentSummary } from '../persistence/repository';
import { Dialog, DialogActions } from '../ui/Dialog';
import { describeCounts, formatLastChanged } from '../ui/format';

interface ReplaceOrKeepDialogProps {
  /** The map read from the file. */
  readonly document: MapDocument;
  /** The assessment with the same id already on this computer. */
  readonly stored: AssessmentSummary;
  onReplace(): void;
  onKeepBoth(): void;
  onCancel(): void;
}

/**
 * The file is a version of an assessment already stored: says when each was last changed and
 * what each holds, and lets the user replace the stored one, keep both, or stop. Starts on
 * Keep both, the choice that loses nothing.
 */
export function ReplaceOrKeepDialog({ document, stored, onReplace, onKeepBoth, onCancel }: ReplaceOrKeepDialogProps) {
  const messageId = useId();
  const name = document.assessment.name;
  const storedAs = stored.name === name ? '' : `, named "${stored.name}",`;
  return (
    <Dialog title={`"${name}" is already on this computer`} onClose={onCancel} describedBy={messageId}>
      <div id={messageId}>
        <p>
          The copy on this computer{storedAs} was last changed {formatLastChanged(stored.updatedAt)} and
          holds {holding(stored.systemCount, stored.flowCount)}. The file's was last
          changed {formatLastChanged(document.assessment.updatedAt)} and holds {holdingFile(document)}.
        </p>
        <p>Replace it with the file, or keep both?</p>
        <ul className="map-file-choices">
          <li><strong>Replace</strong>: the copy on this computer becomes the file's, risk decisions included; its own changes are lost.</li>
          <li><strong>Keep both</strong>: the file is added as "{name}{FROM_FILE_SUFFIX}".</li>
        </ul>
      </div>
      <DialogActions>
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
        <button type="button" className="button button--danger" onClick={onReplace}>Replace</button>
        <button type="button" className="button button--primary" onClick={onKeepBoth} data-autofocus>Keep both</button>
      </DialogActions>
    </Dialog>
  );
}

function holding(systemCount: number, flowCount: number): string {
  return describeCounts(systemCount, flowCount) || 'no systems yet';
}

function holdingFile(doc: MapDocument): string {
  return holding(systemList(doc).length, flowList(doc).length);
}
