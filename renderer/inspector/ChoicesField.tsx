import { FieldHelp } from './FieldHelp';
import { helpId, type FieldProps, type SpecOfKind } from './field-types';

/** Several answers from a vocabulary, as checkboxes; the list is kept in vocabulary order. */
export function ChoicesField({ id, spec, value, onChange }: FieldProps<SpecOfKind<'choices'>>) {
  const chosen = new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  const toggle = (term: string, on: boolean) => {
    const next = spec.vocabulary.terms.map((t) => t.value).filter((v) => (v === term ? on : chosen.has(v)));
    onChange(next, false);
  };
  return (
    <fieldset className="field field--choices" id={id} aria-describedby={helpId(id)}>
      <legend className="field__label">{spec.label}</legend>
      <div className="field__options">
        {spec.vocabulary.terms.map((term) => (
          <label key={term.value} className="field__option" title={term.description}>
            <input type="checkbox" checked={chosen.has(term.value)} onChange={(event) => toggle(term.value, event.target.checked)} />
            {term.label}
          </label>
        ))}
      </div>
      <FieldHelp id={id} text={spec.help} />
    </fieldset>
  );
}
