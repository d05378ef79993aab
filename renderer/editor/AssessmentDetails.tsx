import { useState } from 'react';
import { useStore } from 'zustand';
import { ASSESSMENT_FIELDS } from '../../shared/model';
import { RecordForm } from '../inspector/RecordForm';
import { useFieldChange } from '../inspector/use-field-change';
import type { MapStore } from '../store/map-store';
import { Dialog, DialogActions } from '../ui/Dialog';

/** The assessment's name and organisation in the toolbar, with a dialog to edit its details. */
export function AssessmentDetails({ store }: { store: MapStore }) {
  const assessment = useStore(store, (s) => s.doc.assessment);
  const [editing, setEditing] = useState(false);
  const onChange = useFieldChange(store, { command: 'updateAssessment' });
  return (
    <div className="assessment-title">
      <h1 className="assessment-title__name" title={assessment.name}>{assessment.name || 'Untitled assessment'}</h1>
      {assessment.organisation && <span className="assessment-title__org">{assessment.organisation}</span>}
      <button type="button" className="button button--small button--quiet" onClick={() => setEditing(true)}>
        Details…
      </button>
      {editing && (
        <Dialog title="Assessment details" onClose={() => setEditing(false)}>
          <form onSubmit={(event) => { event.preventDefault(); setEditing(false); }}>
            <RecordForm fields={ASSESSMENT_FIELDS} record={assessment} onChange={onChange} idFor={(key) => `assessment-field-${key}`} />
            <DialogActions>
              <button type="submit" className="button button--primary">Done</button>
            </DialogActions>
          </form>
        </Dialog>
      )}
    </div>
  );
}
