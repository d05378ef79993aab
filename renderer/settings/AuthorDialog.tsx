import { useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { MAX_AUTHOR_LENGTH } from '../../shared/model';
import { useServices } from '../app/services';
import { Alert, describeError } from '../ui/Alert';
import { Dialog, DialogActions } from '../ui/Dialog';
import { TextField } from '../ui/TextField';

export const AUTHOR_HELP = 'Recorded with every change you make, and as the reviewer when you mark something reviewed. Kept on this computer.';

interface AuthorDialogProps {
  /** What the field starts with when no name is kept yet, e.g. the assessment's Assessor. */
  readonly suggestion?: string;
  /** Called with the name once it is kept. */
  onSaved?(name: string): void;
  onClose(): void;
}

/** Asks for the name the change history records, or changes it; kept in the app's settings. */
export function AuthorDialog({ suggestion = '', onSaved, onClose }: AuthorDialogProps) {
  const { settings } = useServices();
  const [name, setName] = useState(() => settings.getState().assessorName || suggestion);
  const [problem, setProblem] = useState<string>();
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) { setProblem('Give your name, as you would sign it.'); return; }
    try {
      await settings.getState().setAssessorName(name);
      onSaved?.(name.trim());
      onClose();
    } catch (failure) {
      setError(`Your name is used for now but could not be kept for next time: ${describeError(failure)}`);
    }
  };

  // In the page's body, not where it is asked from: that may be inside a form (the inspector), and
  // a form nested in another is invalid HTML (there, Save name sent the page away instead).
  return createPortal(
    <Dialog title="Your name" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <TextField label="Your name" value={name} maxLength={MAX_AUTHOR_LENGTH} help={AUTHOR_HELP} error={problem}
          onChange={(value) => { setName(value); setProblem(undefined); }} />
        {error && <Alert message={error} />}
        <DialogActions>
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button--primary">Save name</button>
        </DialogActions>
      </form>
    </Dialog>,
    document.body,
  );
}
