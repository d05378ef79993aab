import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useStore } from 'zustand';
import { isFiltering, ownerChoices, type MapFilter, type MapMatches } from '../../shared/find';
import { REVIEW_STATES } from '../../shared/reviews';
import { BOUNDARIES, DATA_TYPES, SEVERITIES, isTerm } from '../../shared/vocabulary';
import { useZoomTo } from '../canvas/use-zoom-to';
import { MOD_KEY } from '../editor/use-editor-shortcuts';
import type { MapStore } from '../store/map-store';
import { useFindStore } from './find-store';
import './find.css';

const NUMBER = new Intl.NumberFormat();
const FIND_INPUT_ID = 'find-text';
/** The review states a person filters by; decommissioned elements have none worth finding. */
const REVIEW_CHOICES = REVIEW_STATES.terms.filter((term) => term.value !== 'retired');
/** Most severe first, each meaning "this or worse". */
const SEVERITY_CHOICES = [...SEVERITIES.terms].reverse().map((term, i) => ({ value: term.value, label: i === 0 ? term.label : `${term.label} or worse` }));

/**
 * The find bar above the map: words to look for and five filters. What does not match fades on
 * the canvas, the count is announced politely, and Clear filters undoes it all in one step.
 * Ctrl/Cmd+F comes here while the map is shown (nowhere else is the browser's own find taken).
 */
export function FindBar({ store, onLeave }: { store: MapStore; onLeave(): void }) {
  const find = useFindStore();
  const filter = useStore(find, (s) => s.filter);
  const matches = useStore(find, (s) => s.matches);
  const setFilter = useStore(find, (s) => s.setFilter);
  const input = useRef<HTMLInputElement>(null);
  const { zoomToElements, zoomToSelection } = useZoomTo(store);
  const hasSelection = useStore(store, (s) => s.selection.systemIds.length + s.selection.flowIds.length > 0);
  useFindShortcut(input);

  const onTextKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape') return;
    // Escape empties the box; in an empty box it goes back to the map.
    event.preventDefault();
    if (filter.text !== '') setFilter({ text: '' });
    else onLeave();
  };
  const clear = () => {
    find.getState().clear();
    input.current?.focus();
  };

  return (
    <div role="search" aria-label="Find on the map" className="find-bar">
      <div className="find-bar__row">
        <label htmlFor={FIND_INPUT_ID} className="visually-hidden">Find systems and flows</label>
        <input ref={input} id={FIND_INPUT_ID} type="search" className="find-bar__text" value={filter.text} autoComplete="off" spellCheck={false}
          placeholder={`Find systems and flows (${MOD_KEY}+F)`} aria-keyshortcuts={MOD_KEY === 'Cmd' ? 'Meta+F' : 'Control+F'}
          onChange={(event) => setFilter({ text: event.target.value })} onKeyDown={onTextKeyDown} />
        <button type="button" className="button button--small" disabled={!isFiltering(filter)} onClick={clear}>Clear filters</button>
        <button type="button" className="button button--small" disabled={!matches || matches.ids.size === 0}
          onClick={() => matches && zoomToElements(matches.ids)}>Zoom to matches</button>
        <button type="button" className="button button--small" disabled={!hasSelection} onClick={zoomToSelection}
          title="Fit the view to the selected systems and flows (Shift+2 on the map)">Zoom to selection</button>
      </div>
      <div className="find-bar__row">
        <Choice id="find-data-type" label="Data type" any="Any data type" choices={DATA_TYPES.terms} value={filter.dataType}
          onChange={(value) => setFilter({ dataType: isTerm(DATA_TYPES, value) ? value : '' })} />
        <OwnerChoice store={store} value={filter.owner} onChange={(owner) => setFilter({ owner })} />
        <Choice id="find-boundary" label="Boundary" any="Any boundary" choices={BOUNDARIES.terms} value={filter.boundary}
          onChange={(value) => setFilter({ boundary: isTerm(BOUNDARIES, value) ? value : '' })} />
        <Choice id="find-severity" label="Worst open finding" any="Any severity" choices={SEVERITY_CHOICES} value={filter.severity}
          onChange={(value) => setFilter({ severity: isTerm(SEVERITIES, value) ? value : '' })} />
        <Choice id="find-review" label="Review" any="Any review state" choices={REVIEW_CHOICES} value={filter.review}
          onChange={(value) => setFilter({ review: isTerm(REVIEW_STATES, value) ? value : '' })} />
      </div>
      {/* Always in the page: a live region must exist before it speaks. */}
      <p role="status" className="find-bar__count">{describeMatches(matches)}</p>
    </div>
  );
}

/** "12 of 340 systems and flows match"; '' while nothing is filtered. */
export function describeMatches(matches: MapMatches | null): string {
  if (!matches) return '';
  const count = matches.ids.size;
  if (count === 0) return `None of ${NUMBER.format(matches.total)} systems and flows match`;
  return `${NUMBER.format(count)} of ${NUMBER.format(matches.total)} systems and flows ${count === 1 ? 'matches' : 'match'}`;
}

interface ChoiceProps {
  readonly id: string;
  readonly label: string;
  /** The first option, meaning "no filter": it names the filter while none is chosen. */
  readonly any: string;
  readonly choices: ReadonlyArray<{ readonly value: string; readonly label: string }>;
  readonly value: string;
  onChange(value: string): void;
  onFocus?(): void;
}

function Choice({ id, label, any, choices, value, onChange, onFocus }: ChoiceProps) {
  return (
    <>
      <label htmlFor={id} className="visually-hidden">{label}</label>
      <select id={id} className={`find-bar__choice${value ? ' is-set' : ''}`} value={value} onChange={(event) => onChange(event.target.value)} onFocus={onFocus}>
        <option value="">{any}</option>
        {choices.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
      </select>
    </>
  );
}

/**
 * The owners named on the map. Listing them walks every system and flow (10 ms on a map of
 * 25,000), too much for every keystroke in the inspector, so the list is made when the bar
 * appears and made again whenever someone goes to choose from it.
 */
function OwnerChoice({ store, value, onChange }: { store: MapStore; value: MapFilter['owner']; onChange(owner: string): void }) {
  const [owners, setOwners] = useState(() => ownerChoices(store.getState().doc));
  const refresh = () => setOwners(ownerChoices(store.getState().doc));
  // An owner chosen and then renamed away stays a choice, so the list never hides the filter in force.
  const choices = value && !owners.some((owner) => owner.value === value) ? [...owners, { value, label: value }] : owners;
  return <Choice id="find-owner" label="Owner" any="Any owner" choices={choices} value={value} onChange={onChange} onFocus={refresh} />;
}

/** Ctrl/Cmd+F puts focus in the find box while the map is shown; with a dialog open the browser keeps it. */
function useFindShortcut(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const mod = MOD_KEY === 'Cmd' ? event.metaKey : event.ctrlKey;
      if (!mod || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'f') return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [input]);
}
