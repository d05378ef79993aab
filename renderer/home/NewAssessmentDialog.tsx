import { useState, type FormEvent } from 'react';
import { Alert } from '../ui/Alert';
import { Dialog, DialogActions } from '../ui/Dialog';
import { TextField } from '../ui/TextField';
import type { NewAssessmentDetails } from './assessment-actions';
import { assessmentField } from './assessment-field';

interface NewAssessmentDialogProps {
  onCreate(details: NewAssessmentDetails): void;
  onCancel(): void;
  /** Why the last attempt failed; the dialog stays open so nothing typed is lost. */
  readonly error?: string;
}

export function NewAssessmentDialog({ onCreate, onCancel, error }: NewAssessmentDialogProps) {
  const [details, setDetails] = useState<NewAssessmentDetails>({ name: '', organisation: '', assessor: '' });
  const set = (key: keyof NewAssessmentDetails) => (value: string) => setDetails((d) => ({ ...d, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onCreate(details);
  }

  return (
    <Dialog title="New assessment" onClose={onCancel}>
      <form onSubmit={submit}>
        <TextField {...assessmentField('name')} value={details.name} onChange={set('name')} placeholder="Untitled assessment" />
        <TextField {...assessmentField('organisation')} value={details.organisation} onChange={set('organisation')} />
        <TextField {...assessmentField('assessor')} value={details.assessor} onChange={set('assessor')} />
        {error && <Alert message={error} />}
        <DialogActions>
          <button type="button" className="button" onClick={onCancel}>Cancel</button>
          <button type="submit" className="button button--primary">Create</button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
