import { useState } from 'react';
import { isIsoDate } from '../../shared/model';
import { FieldHelp } from './FieldHelp';
import { helpId, type FieldProps, type SpecOfKind } from './field-types';

/**
 * A date that may also be answered "unknown" (distinct from blank). The date input keeps a
 * local draft: while someone types a year digit by digit the browser reports dates such as
 * 0002-05-01, which are not valid answers, so only blank or a real date reaches the store.
 */
export function DateField({ id, spec, value, onChange }: FieldProps<SpecOfKind<'date'>>) {
  const stored = typeof value === 'string' ? value : '';
  const unknown = stored === 'unknown';
  const [draft, setDraft] = useState({ stored, text: unknown ? '' : stored });
  // The stored answer changed elsewhere (undo, another field): show it instead of the draft.
  const text = draft.stored === stored ? draft.text : unknown ? '' : stored;
  if (draft.stored !== stored) setDraft({ stored, text });

  const type = (next: string) => {
    setDraft({ stored: next === '' || isIsoDate(next) ? next : stored, text: next });
    if (next === '' || isIsoDate(next)) onChange(next, true);
  };
  return (
    <div className="field field--date">
      <label className="field__label" htmlFor={id}>{spec.label}</label>
      <div className="field__date-row">
        <input id={id} type="date" value={text} disabled={unknown} onChange={(event) => type(event.target.value)} aria-describedby={helpId(id)} />
        <label className="field__option">
          <input type="checkbox" checked={unknown} onChange={(event) => onChange(event.target.checked ? 'unknown' : '', false)} />
          {spec.label} unknown
        </label>
      </div>
      <FieldHelp id={id} text={spec.help} />
    </div>
  );
}
