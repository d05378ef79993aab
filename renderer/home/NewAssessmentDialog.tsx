import { useState, type FormEvent } from 'react';
import { Alert } from '../ui/Alert';
import { Dialog, DialogActions } from '../ui/Dialog';
import { TextField } from '../ui/TextField';
import type { NewAssessmentDetails } from './assessment-actions';

interface NewAssessmentDialogProps {
  onCreate(details: NewAssessmentDetails): void;
  onCancel(): void;
  /** Why the last attempt failed; the dialog stays open so nothing typed is lost. */
  readonly error?: string;
}

const NAME_LIMIT = 200;

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
        <TextField label="Assessment name" value={details.name} onChange={set('name')} maxLength={NAME_LIMIT}
          placeholder="Untitled assessment" help='e.g. "Integration review 2026".' />
        <TextField label="Organisation" value={details.organisation} onChange={set('organisation')} maxLength={NAME_LIMIT}
          help="Whose systems are being mapped." />
        <TextField label="Assessor" value={details.assessor} onChange={set('assessor')} maxLength={NAME_LIMIT}
          help="Who is doing the assessment." />
        {error && <Alert message={error} />}
        <DialogActions>
          <button type="button" className="button" onClick={onCancel}>Cancel</button>
          <button type="submit" className="button button--primary">Create</button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
