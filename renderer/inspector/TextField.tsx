import type { ChangeEvent } from 'react';
import type { TextFieldSpec } from '../../shared/model';
import { FieldHelp } from './FieldHelp';
import { helpId, type FieldProps } from './field-types';

/**
 * A text or multi-line field. The value comes straight from the store, which updates
 * synchronously on every keystroke, so the caret stays put; each keystroke is marked as typing
 * so one burst becomes one undo step.
 */
export function TextField({ id, spec, value, onChange }: FieldProps<TextFieldSpec>) {
  const text = typeof value === 'string' ? value : '';
  const change = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value, true);
  const common = { id, value: text, maxLength: spec.maxLength, onChange: change, 'aria-describedby': helpId(id), spellCheck: spec.multiline ?? false };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>{spec.label}</label>
      {spec.multiline ? <textarea {...common} rows={4} /> : <input {...common} type="text" autoComplete="off" />}
      <FieldHelp id={id} text={spec.help} />
    </div>
  );
}
