import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { HistoryFilter } from '../../shared/model';
import type { HistoryPage } from '../persistence/repository';
import type { MapStore } from '../store/map-store';
import { describeError } from '../ui/Alert';

export interface HistoryState {
  /** Undefined until the first page has loaded. */
  readonly page?: HistoryPage;
  readonly error?: string;
}

/** How long after a change the history is read again: typing writes often, and one read per pause is plenty. */
const RELOAD_DELAY_MS = 250;

/**
 * The newest `limit` history records matching `filter`, read again whenever a change is
 * recorded. `enabled` false reads nothing (a collapsed section).
 */
export function useHistory(store: MapStore, filter: HistoryFilter | undefined, limit: number, enabled = true): HistoryState {
  const revision = useStore(store, (s) => s.historyRevision);
  const [state, setState] = useState<HistoryState>({});
  const filterKey = JSON.stringify(filter ?? null);

  useEffect(() => {
    if (!enabled) return undefined;
    let current = true;
    const load = () => store.getState().loadHistory({ filter, limit }).then(
      (page) => { if (current) setState({ page }); },
      (error: unknown) => { if (current) setState({ error: `The history could not be read: ${describeError(error)}` }); },
    );
    // The first read is at once; reads after a change wait for a pause in the typing.
    const timer = setTimeout(() => void load(), state.page ? RELOAD_DELAY_MS : 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // The filter is compared by filterKey, so an equal filter made afresh each render does not read again.
  }, [store, filterKey, limit, enabled, revision]);

  return state;
}
