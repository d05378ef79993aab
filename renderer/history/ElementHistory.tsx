import { useMemo, useState } from 'react';
import type { MapStore } from '../store/map-store';
import { Alert } from '../ui/Alert';
import { HistoryList } from './HistoryList';
import { useHistory } from './use-history';
import './history.css';

/** How many of an element's records the inspector lists at first. */
const SHOWN = 10;

/**
 * The selected system's or flow's recent history, at the foot of the inspector: collapsed until
 * opened, and read only then, so selecting things stays quick.
 */
export function ElementHistory({ store, elementId }: { store: MapStore; elementId: string }) {
  const [open, setOpen] = useState(false);
  const [limit, setLimit] = useState(SHOWN);
  const filter = useMemo(() => ({ elementIds: [elementId] }), [elementId]);
  const { page, error } = useHistory(store, filter, limit, open);
  return (
    <details className="element-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="element-history__summary">History</summary>
      {error && <Alert message={error} />}
      {open && !page && !error && <p className="element-history__note">Reading the history…</p>}
      {page && page.records.length === 0 && <p className="element-history__note">No changes recorded yet.</p>}
      {page && page.records.length > 0 && <HistoryList records={page.records} oneElement />}
      {page?.more && (
        <button type="button" className="button button--small" onClick={() => setLimit(limit + SHOWN)}>Show {SHOWN} more</button>
      )}
    </details>
  );
}
