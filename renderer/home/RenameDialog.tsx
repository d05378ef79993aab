import { useState, type FormEvent } from 'react';
import { Alert } from '../ui/Alert';
import { Dialog, DialogActions } from '../ui/Dialog';
import { TextField } from '../ui/TextField';
import { assessmentField } from './assessment-field';

interface RenameDialogProps {
  readonly currentName: string;
  onRename(name: string): void;
  onCancel(): void;
  /** Why the last attempt failed. */
  readonly error?: string;
}

export function RenameDialog({ currentName, onRename, onCancel, error }: RenameDialogProps) {
  const [name, setName] = useState(currentName);
  const [problem, setProblem] = useState<string>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim()) onRename(name);
    else setProblem('Give the assessment a name.');
  }

  return (
    <Dialog title={`Rename "${currentName}"`} onClose={onCancel}>
      <form onSubmit={submit}>
        <TextField {...assessmentField('name')} value={name} error={problem}
          onChange={(value) => { setName(value); setProblem(undefined); }} />
        {error && <Alert message={error} />}
        <DialogActions>
          <button type="button" className="button" onClick={onCancel}>Cancel</button>
          <button type="submit" className="button button--primary">Save</button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
