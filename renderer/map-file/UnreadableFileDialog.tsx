import { useId } from 'react';
import { Dialog, DialogActions } from '../ui/Dialog';
import type { UnreadableFile } from './read-map-file';

interface UnreadableFileDialogProps extends UnreadableFile {
  readonly fileName?: string;
  onClose(): void;
}

/**
 * Why a file could not be opened: one sentence, then every problem with where it is (the first
 * twenty), and the reassurance that nothing on this computer changed.
 */
export function UnreadableFileDialog({ fileName, summary, details, onClose }: UnreadableFileDialogProps) {
  const messageId = useId();
  return (
    <Dialog title={fileName ? `Cannot open "${fileName}"` : 'Cannot open the file'} onClose={onClose} describedBy={messageId}>
      {/* The summary alone is read when the dialog opens; the list follows for who wants it. */}
      <p id={messageId}>{summary}</p>
      {details.length > 0 && (
        // Focusable, so the list can be scrolled from the keyboard when it is long.
        <ul className="map-file-problems" aria-label="Problems in the file" tabIndex={0}>
          {details.map((line) => <li key={line}>{line}</li>)}
        </ul>
      )}
      <p>Nothing on this computer was changed.</p>
      <DialogActions>
        <button type="button" className="button button--primary" onClick={onClose} data-autofocus>OK</button>
      </DialogActions>
    </Dialog>
  );
}
