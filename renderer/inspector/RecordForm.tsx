import type { FieldSpec } from '../../shared/model';
import { inspectorFieldId } from '../editor/actions';
import { ChoiceField } from './ChoiceField';
import { ChoicesField } from './ChoicesField';
import { DateField } from './DateField';
import type { FieldValue } from './field-types';
import { TextField } from './TextField';

interface RecordFormProps {
  readonly fields: readonly FieldSpec[];
  /** The record being edited; read by each field's key. */
  readonly record: object;
  onChange(key: string, value: FieldValue, typing: boolean): void;
  /** Gives each control its element id; the inspector's ids let the editor focus a field. */
  idFor?(key: string): string;
  /** Keys of the fields that must keep an answer, e.g. a treatment's status. */
  required?: readonly string[];
}

/** A form generated from a record's field specs, so every recorded field appears, labelled once. */
export function RecordForm({ fields, record, onChange, idFor = inspectorFieldId, required = [] }: RecordFormProps) {
  return (
    <div className="record-form">
      {fields.map((spec) => {
        const props = {
          id: idFor(spec.key), value: Reflect.get(record, spec.key), required: required.includes(spec.key),
          onChange: (value: FieldValue, typing: boolean) => onChange(spec.key, value, typing),
        };
        switch (spec.kind) {
          case 'text': return <TextField key={spec.key} spec={spec} {...props} />;
          case 'choice': return <ChoiceField key={spec.key} spec={spec} {...props} />;
          case 'choices': return <ChoicesField key={spec.key} spec={spec} {...props} />;
          case 'date': return <DateField key={spec.key} spec={spec} {...props} />;
        }
      })}
    </div>
  );
}
