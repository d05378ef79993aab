import { useState } from 'react';
import { useStore } from 'zustand';
import { ASSESSMENT_FIELDS, INTERVAL_LIMITS, MAX_LEAVER_NAME_LENGTH, type AssessmentSettings } from '../../shared/model';
import { RecordForm } from '../inspector/RecordForm';
import { useFieldChange } from '../inspector/use-field-change';
import type { MapStore } from '../store/map-store';
import { Dialog, DialogActions } from '../ui/Dialog';
import { intervalText, LEAVERS_TEXT, shownText, type SettingText } from './check-settings';

/** The assessment's name and organisation in the toolbar, with a dialog to edit its details and check settings. */
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
            <CheckSettings store={store} />
            <DialogActions>
              <button type="submit" className="button button--primary">Done</button>
            </DialogActions>
          </form>
        </Dialog>
      )}
    </div>
  );
}

const REVIEW_TEXT = intervalText('reviewIntervalMonths');
const ROTATION_TEXT = intervalText('rotationIntervalDays');

/** The settings the checks read: when a review is overdue, a credential stale, an owner gone. */
function CheckSettings({ store }: { store: MapStore }) {
  const settings = useStore(store, (s) => s.doc.assessment.settings);
  // Each setting replaces the whole settings object; a burst of typing in one field is one undo step.
  const apply = <K extends keyof AssessmentSettings>(key: K, value: AssessmentSettings[K]) => {
    const current = store.getState().doc.assessment.settings;
    store.getState().run('updateAssessment', { changes: { settings: { ...current, [key]: value } } }, { coalesceKey: `assessment:settings.${key}` });
  };
  return (
    <fieldset className="check-settings" aria-describedby="check-settings-intro">
      <legend className="check-settings__legend">Check settings</legend>
      <p id="check-settings-intro" className="field__help">
        These decide when the “review overdue”, “stale credential” and “orphaned” checks flag something.
      </p>
      <SettingField
        id="assessment-setting-review" label="Review interval (months)" kind="number" limits={INTERVAL_LIMITS.reviewIntervalMonths}
        help="A data flow not reviewed for this long is flagged by the “review overdue” check. Usually 12."
        stored={settings.reviewIntervalMonths} text={REVIEW_TEXT} onValue={(value) => apply('reviewIntervalMonths', value)}
      />
      <SettingField
        id="assessment-setting-rotation" label="Credential rotation interval (days)" kind="number" limits={INTERVAL_LIMITS.rotationIntervalDays}
        help="A credential not rotated for this long is flagged by the “stale credential” check. API keys are often rotated every 90 days."
        stored={settings.rotationIntervalDays} text={ROTATION_TEXT} onValue={(value) => apply('rotationIntervalDays', value)}
      />
      <SettingField
        id="assessment-setting-leavers" label="People who have left" kind="lines"
        help={`One name per line, written as in the Owner fields. Anything a person on this list still owns is flagged by the “orphaned” check. Names up to ${MAX_LEAVER_NAME_LENGTH} characters.`}
        stored={settings.leavers} text={LEAVERS_TEXT} onValue={(value) => apply('leavers', value)}
      />
    </fieldset>
  );
}

interface SettingFieldProps<T> {
  readonly id: string;
  readonly label: string;
  readonly help: string;
  readonly kind: 'number' | 'lines';
  readonly limits?: { readonly min: number; readonly max: number };
  readonly stored: T;
  readonly text: SettingText<T>;
  onValue(value: T): void;
}

/** One setting: applied as soon as what is typed is valid; otherwise an inline error, and the setting stays as it was. */
function SettingField<T>({ id, label, help, kind, limits, stored, text, onValue }: SettingFieldProps<T>) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = shownText(draft, stored, text);
  const parsed = draft === null ? null : text.parse(draft);
  const problem = parsed && !parsed.ok && shown === draft ? parsed.problem : undefined;
  const change = (value: string) => {
    setDraft(value);
    const next = text.parse(value);
    if (next.ok && !text.same(next.value, stored)) onValue(next.value);
  };
  const common = {
    id,
    className: 'field__input',
    value: shown,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? `${id}-help ${id}-error` : `${id}-help`,
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>{label}</label>
      {kind === 'lines'
        ? <textarea {...common} rows={4} spellCheck={false} onChange={(event) => change(event.target.value)} />
        : <input {...common} type="number" inputMode="numeric" step={1} min={limits?.min} max={limits?.max} onChange={(event) => change(event.target.value)} />}
      <p id={`${id}-help`} className="field__help">{help}</p>
      {problem && <p id={`${id}-error`} className="field__error">{problem}</p>}
    </div>
  );
}
