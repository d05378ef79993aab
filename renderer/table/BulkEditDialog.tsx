import { useId, useState, type FormEvent } from 'react';
import { emptyValue, type FieldSpec } from '../../shared/model';
import type { FieldValue } from '../inspector/field-types';
import { RecordForm } from '../inspector/RecordForm';
import { Dialog, DialogActions } from '../ui/Dialog';

interface BulkEditDialogProps {
  /** The fields that may be set, in the inspector's order. */
  readonly fields: readonly FieldSpec[];
  readonly count: number;
  readonly noun: readonly [string, string];
  onApply(field: FieldSpec, value: FieldValue): void;
  onClose(): void;
}

/** The field offered first: giving many records a new owner is the common case. */
const FIRST_FIELD = 'owner';

/**
 * "Set field…": one field, one value, for every selected row. The value is entered with the
 * inspector's own control for that field, so it offers exactly what the inspector does.
 */
export function BulkEditDialog({ fields, count, noun, onApply, onClose }: BulkEditDialogProps) {
  const [key, setKey] = useState(fields.some((f) => f.key === FIRST_FIELD) ? FIRST_FIELD : fields[0]!.key);
  const field = fields.find((f) => f.key === key)!;
  const [value, setValue] = useState<FieldValue>(() => emptyValue(field) as FieldValue);
  const fieldId = useId();
  const describedBy = useId();
  const rows = `${count.toLocaleString()} ${count === 1 ? noun[0] : noun[1]}`;

  const chooseField = (next: string) => {
    setKey(next);
    setValue(emptyValue(fields.find((f) => f.key === next)!) as FieldValue);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(field, value);
  };

  return (
    <Dialog title={`Set a field on ${rows}`} onClose={onClose} describedBy={describedBy}>
      <form className="bulk-edit" onSubmit={submit}>
        <p id={describedBy} className="muted">Every selected {noun[0]} gets the same value. One step to undo.</p>
        <div className="field">
          <label className="field__label" htmlFor={fieldId}>Field</label>
          <select id={fieldId} value={key} onChange={(event) => chooseField(event.target.value)}>
            {fields.map((f) => <option key={f.key} value={f.key}>{f.label}</option>)}
          </select>
        </div>
        <RecordForm key={key} fields={[field]} record={{ [key]: value }} idFor={() => `${fieldId}-value`}
          onChange={(_, next) => setValue(next)} />
        <DialogActions>
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button--primary">Set {field.label.toLowerCase()} on {rows}</button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
