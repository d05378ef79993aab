import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { normaliseName } from '../../shared/checks';
import { isListedAsLeft, newOwnerProblem, type Owner } from '../../shared/owners';
import { focusWhenRendered } from '../editor/actions';
import type { MapStore } from '../store/map-store';
import { Dialog, DialogActions } from '../ui/Dialog';
import {
  credentialTick, newOwnerName, reassignPayload, suggestedOwners, tickedCount, withTicked, type TickState,
} from './hand-over-plan';
import { count, credentialSummary, handOverTitle, OWNERS_HEADING_ID } from './owners-view';
import { useOwnersView } from './owners-view-state';

const FIELD_ID = 'hand-over-new-owner';

/**
 * Walks through everything one owner owns, everything ticked, and hands what stays ticked to a
 * new owner in one step (`reassignOwner`), which Undo takes back whole. For someone leaving it
 * also lists them among the people who have left, so the orphaned check catches anything missed.
 */
export function HandOverDialog({ store, owner, owners }: { store: MapStore; owner: Owner; owners: readonly Owner[] }) {
  const finishHandOver = useOwnersView(store, (s) => s.finishHandOver);
  const leavers = useStore(store, (s) => s.doc.assessment.settings.leavers);
  const alreadyLeft = isListedAsLeft(leavers, owner.name);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(() => new Set());
  const [to, setTo] = useState('');
  const [addToLeavers, setAddToLeavers] = useState(true);
  const [problem, setProblem] = useState<{ readonly about: 'owner' | 'items'; readonly message: string }>();
  const suggestions = useMemo(() => suggestedOwners(owners, owner), [owners, owner]);
  const chosen = tickedCount(owner, unticked);
  const offersLeaving = owner.named && !alreadyLeft;
  const tick = (ids: readonly string[], on: boolean) => {
    setUnticked(withTicked(unticked, ids, on));
    if (problem?.about === 'items') setProblem(undefined);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { doc, run } = store.getState();
    const name = newOwnerName(owners, to);
    const nameProblem = newOwnerProblem(doc, owner.name, name);
    if (nameProblem !== undefined) {
      setProblem({ about: 'owner', message: nameProblem });
      document.getElementById(FIELD_ID)?.focus();
      return;
    }
    if (chosen === 0) {
      setProblem({ about: 'items', message: 'Tick at least one thing to hand over.' });
      return;
    }
    const payload = reassignPayload(owner, unticked, name, offersLeaving && addToLeavers);
    if (!run('reassignOwner', payload)) {
      setProblem({ about: 'items', message: `Nothing ticked is still ${owner.name}’s: it has changed hands already.` });
      return;
    }
    const listed = payload.addToLeavers ? ` ${owner.name} is now listed as having left.` : '';
    finishHandOver({ toKey: normaliseName(name), announcement: `Handed ${count(chosen, 'item')} from ${owner.name} to ${name}.${listed}` });
    focusWhenRendered(OWNERS_HEADING_ID);
  };

  return (
    <Dialog title={handOverTitle(owner)} onClose={() => finishHandOver()} describedBy="hand-over-intro">
      <form onSubmit={submit} noValidate>
        <p id="hand-over-intro">
          Everything {owner.name} owns is ticked; untick anything that should stay with them. What is ticked goes to the new owner in one step, which Undo takes back.
        </p>
        <div className="field">
          <label className="field__label" htmlFor={FIELD_ID}>New owner</label>
          <input id={FIELD_ID} className="field__input" type="text" list="hand-over-suggestions" value={to} maxLength={200} autoComplete="off"
            data-autofocus aria-invalid={problem?.about === 'owner' ? true : undefined}
            aria-describedby={`${FIELD_ID}-help${problem?.about === 'owner' ? ` ${FIELD_ID}-error` : ''}`}
            onChange={(event) => { setTo(event.target.value); if (problem?.about === 'owner') setProblem(undefined); }} />
          <datalist id="hand-over-suggestions">{suggestions.map((name) => <option key={name} value={name} />)}</datalist>
          <p id={`${FIELD_ID}-help`} className="field__help">One named person, not a team or a shared mailbox.</p>
          {problem?.about === 'owner' && <p id={`${FIELD_ID}-error`} className="field__error">{problem.message}</p>}
        </div>
        <TickGroup legend="Systems" items={owner.systems} unticked={unticked} onTick={tick} label={(system) => system.name} />
        <TickGroup legend="Data flows" items={owner.flows} unticked={unticked} onTick={tick}
          label={(flow) => <>{flow.name}{flow.account.trim() && <span className="muted"> as {flow.account.trim()}</span>}</>} />
        {owner.credentials.length > 0 && (
          <fieldset className="hand-over__group">
            <legend>Credentials, handed over with their flows ({owner.credentials.length})</legend>
            {owner.credentials.map((credential) => (
              <TickBox key={credential.account} state={credentialTick(credential, unticked)} onChange={(on) => tick(credential.flowIds, on)}>
                {credential.account}<span className="muted"> {credentialSummary(credential)}</span>
                {credential.personal && <span className="owner__warning">Signs in as {owner.name}’s own account: move it to one that is not a person’s.</span>}
              </TickBox>
            ))}
          </fieldset>
        )}
        <TickGroup legend="Custom risks" items={owner.risks} unticked={unticked} onTick={tick} label={(risk) => risk.title} />
        {problem?.about === 'items' && <p className="field__error" role="alert">{problem.message}</p>}
        {offersLeaving && (
          <label className="hand-over__leaver">
            <input type="checkbox" checked={addToLeavers} onChange={(event) => setAddToLeavers(event.target.checked)} />
            <span>
              Add {owner.name} to the people who have left
              <span className="field__help"> The “orphaned” check then flags anything still theirs.</span>
            </span>
          </label>
        )}
        {alreadyLeft && <p className="field__help">{owner.name} is already listed among the people who have left.</p>}
        <DialogActions>
          <button type="button" className="button" onClick={() => finishHandOver()}>Cancel</button>
          <button type="submit" className="button button--primary">Reassign</button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** How many of a group are listed before "Show all": an owner of thousands of flows still gets a usable dialog. */
const GROUP_LIMIT = 100;

interface TickGroupProps<T extends { readonly id: string }> {
  readonly legend: string;
  readonly items: readonly T[];
  readonly unticked: ReadonlySet<string>;
  onTick(ids: readonly string[], on: boolean): void;
  label(item: T): ReactNode;
}

/** One kind of holding, a tick box each; those past the limit stay ticked until shown. */
function TickGroup<T extends { readonly id: string }>({ legend, items, unticked, onTick, label }: TickGroupProps<T>) {
  const [all, setAll] = useState(false);
  if (items.length === 0) return null;
  const shown = all ? items : items.slice(0, GROUP_LIMIT);
  return (
    <fieldset className="hand-over__group">
      <legend>{legend} ({items.length})</legend>
      {shown.map((item) => (
        <TickBox key={item.id} state={unticked.has(item.id) ? 'unticked' : 'ticked'} onChange={(on) => onTick([item.id], on)}>{label(item)}</TickBox>
      ))}
      {shown.length < items.length && (
        <button type="button" className="button button--small button--quiet" onClick={() => setAll(true)}>
          Show all {items.length} (the rest are ticked)
        </button>
      )}
    </fieldset>
  );
}

/** A tick box that can also be mixed (a credential some of whose flows are unticked). */
function TickBox({ state, onChange, children }: { state: TickState; onChange(on: boolean): void; children: ReactNode }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'mixed';
  }, [state]);
  return (
    <label className="hand-over__item">
      <input ref={ref} type="checkbox" checked={state === 'ticked'} onChange={(event) => onChange(event.target.checked)} />
      <span>{children}</span>
    </label>
  );
}
