import { useEffect, useMemo, useState } from 'react';
import type { MapStore } from '../store/map-store';
import { HandOverDialog } from './HandOverDialog';
import { OwnerItem } from './OwnerItem';
import { listSummary, OWNERS_HEADING_ID, searchOwners } from './owners-view';
import { useOwnersView } from './owners-view-state';
import { useOwnership } from './use-ownership';
import './owners.css';

/** How many owners are listed at first, and how many more each "Show more" adds. */
const PAGE_SIZE = 200;

/**
 * The Owners tab: every named owner with what they own and the open findings on it, then what
 * nobody owns. Answers "what does this person own?", and hands it all over when they leave.
 */
export function OwnersPanel({ store }: { store: MapStore }) {
  const ownership = useOwnership(store);
  const query = useOwnersView(store, (s) => s.query);
  const setQuery = useOwnersView(store, (s) => s.setQuery);
  const handingOver = useOwnersView(store, (s) => s.handingOver);
  const finishHandOver = useOwnersView(store, (s) => s.finishHandOver);
  const announcement = useOwnersView(store, (s) => s.announcement);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const shown = useMemo(() => searchOwners(ownership.owners, query), [ownership, query]);
  const leaving = handingOver === null ? undefined : ownership.owners.find((owner) => owner.key === handingOver);
  const { unowned } = ownership;
  const anythingUnowned = unowned.systems.length + unowned.flows.length + unowned.risks.length > 0;

  // An owner who is gone (all reassigned by hand, or deleted) has nothing left to hand over.
  useEffect(() => {
    if (handingOver !== null && !leaving) finishHandOver();
  }, [handingOver, leaving, finishHandOver]);

  return (
    <section className="owners-panel" aria-labelledby={OWNERS_HEADING_ID}>
      <h2 id={OWNERS_HEADING_ID} className="owners-panel__heading" tabIndex={-1}>Owners</h2>
      <div className="owners-panel__search">
        <label htmlFor="owners-search">Find an owner, or something they own</label>
        <input id="owners-search" type="search" value={query} autoComplete="off" onChange={(event) => {
          setQuery(event.target.value);
          setLimit(PAGE_SIZE);
        }} />
      </div>
      <p className="owners-panel__summary" role="status">{listSummary(ownership.owners, shown)}</p>
      <p className="owners-panel__done" role="status">{announcement}</p>
      <ul className="owner-list">
        {shown.slice(0, limit).map((owner) => <OwnerItem key={owner.key} store={store} owner={owner} holdings={owner} />)}
        {query.trim() === '' && anythingUnowned && <OwnerItem store={store} holdings={unowned} />}
      </ul>
      {shown.length > limit && (
        <button type="button" className="button button--small owners-panel__more" onClick={() => setLimit(limit + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, shown.length - limit)} more
        </button>
      )}
      {leaving && <HandOverDialog key={leaving.key} store={store} owner={leaving} owners={ownership.owners} />}
    </section>
  );
}
