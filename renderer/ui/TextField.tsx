import { useId } from 'react';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  onChange(value: string): void;
  readonly maxLength?: number;
  readonly placeholder?: string;
  /** Guidance shown under the field and read with it. */
  readonly help?: string;
  /** A problem with the value; marks the field invalid and is read with it. */
  readonly error?: string;
}

/** A labelled single-line text input. */
export function TextField({ label, value, onChange, maxLength, placeholder, help, error }: TextFieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">{label}</label>
      <input
        id={id}
        className="field__input"
        type="text"
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {help && <p id={helpId} className="field__help">{help}</p>}
      {error && <p id={errorId} className="field__error">{error}</p>}
    </div>
  );
}
