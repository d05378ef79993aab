import { useId, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { MAX_AUTHOR_LENGTH } from '../../shared/model';
import { useServices } from '../app/services';
import type { MapStore } from '../store/map-store';
import { describeError } from '../ui/Alert';
import { AUTHOR_HELP } from './AuthorDialog';
import './settings.css';

/**
 * Asks, above the map, for the name the change history records, until one is given: filled in
 * from the assessment's Assessor. It never blocks work: until a name is given, changes are
 * recorded as made by "Unknown". "Not now" puts the question away until the app is next opened.
 */
export function AuthorNotice({ store }: { store: MapStore }) {
  const { settings } = useServices();
  const { loaded, assessorName } = useStore(settings, useShallow((s) => ({ loaded: s.loaded, assessorName: s.assessorName })));
  const assessor = useStore(store, (s) => s.doc.assessment.assessor);
  const [closed, setClosed] = useState(false);
  // Set once the name is given here, so the notice can say so (and keep focus) before it goes.
  const [savedAs, setSavedAs] = useState<string>();
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const id = useId();
  if (closed || !loaded || (assessorName !== '' && savedAs === undefined)) return null;

  if (savedAs !== undefined) {
    return (
      <div className="author-notice">
        <p className="author-notice__title" role="status">Changes are now recorded as {savedAs}.</p>
        {/* The field that had focus has gone: focus lands here rather than on the page. */}
        <button type="button" className="button button--small button--quiet" autoFocus onClick={() => setClosed(true)}>Close</button>
        {error && <p className="field__error author-notice__error">{error}</p>}
      </div>
    );
  }

  const shown = name ?? assessor;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!shown.trim()) { setError('Give your name, or choose Not now.'); return; }
    setSavedAs(shown.trim());
    settings.getState().setAssessorName(shown).catch((failure: unknown) => {
      setError(`Your name is used for now but could not be kept for next time: ${describeError(failure)}`);
    });
  };

  return (
    <form className="author-notice" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <p id={`${id}-title`} className="author-notice__title">Who is making these changes?</p>
      <label className="author-notice__label" htmlFor={`${id}-name`}>Your name</label>
      <input id={`${id}-name`} className="field__input author-notice__input" type="text" value={shown} maxLength={MAX_AUTHOR_LENGTH}
        autoComplete="name" aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`} aria-invalid={error ? true : undefined}
        onChange={(event) => { setName(event.target.value); setError(undefined); }} />
      <button type="submit" className="button button--small button--primary">Save name</button>
      <button type="button" className="button button--small button--quiet" onClick={() => setClosed(true)}>Not now</button>
      <p id={`${id}-help`} className="author-notice__help">{AUTHOR_HELP} Until you give it, changes are recorded as made by “Unknown”.</p>
      {error && <p id={`${id}-error`} className="field__error author-notice__error">{error}</p>}
    </form>
  );
}
