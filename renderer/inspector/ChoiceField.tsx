import { FieldHelp } from './FieldHelp';
import { helpId, type FieldProps, type SpecOfKind } from './field-types';

/** One answer from a vocabulary; "Not set" (blank) is kept apart from a real "Unknown" term. */
export function ChoiceField({ id, spec, value, required = false, onChange }: FieldProps<SpecOfKind<'choice'>>) {
  const chosen = typeof value === 'string' ? value : '';
  const description = spec.vocabulary.terms.find((term) => term.value === chosen)?.description;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>{spec.label}</label>
      <select id={id} value={chosen} onChange={(event) => onChange(event.target.value, false)} aria-describedby={helpId(id)} title={description}>
        {!required && <option value="">Not set</option>}
        {spec.vocabulary.terms.map((term) => (
          <option key={term.value} value={term.value} title={term.description}>{term.label}</option>
        ))}
      </select>
      <FieldHelp id={id} text={description ? `${spec.help} ${description}` : spec.help} />
    </div>
  );
}
