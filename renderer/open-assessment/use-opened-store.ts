import { useEffect, useState } from 'react';
import type { AssessmentId } from '../../shared/model';
import type { AppServices } from '../app/services';
import { createMapStore, type MapStore } from '../store/map-store';
import { describeError } from '../ui/Alert';
import { noteEditsSaving, whenEditsSaved } from './pending-saves';

export type OpenedState =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'ready'; readonly store: MapStore };

/**
 * Loads one assessment and makes its map store, once per opening. When the view goes away its
 * unsaved writes are handed to `pending-saves`, so the next view sees them stored.
 */
export function useOpenedStore(id: AssessmentId, { repository, now, settings }: AppServices): OpenedState {
  const [state, setState] = useState<OpenedState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    let opened: MapStore | undefined;
    // Wait for writes from an editor just closed (perhaps of this same assessment), and for the
    // settings, so the editor opens knowing whose name to record with each change.
    Promise.all([whenEditsSaved(), settings.getState().whenLoaded()])
      .then(() => repository.loadDocument(id))
      .then(
        (doc) => {
          if (!current) return;
          if (!doc) { setState({ status: 'missing' }); return; }
          opened = createMapStore({ repository, doc, now, author: () => settings.getState().assessorName });
          setState({ status: 'ready', store: opened });
        },
        (error: unknown) => { if (current) setState({ status: 'failed', message: describeError(error) }); },
      );
    return () => {
      current = false;
      if (opened) noteEditsSaving(opened.getState().whenSaved());
    };
  }, [id, repository, now, settings]);

  return state;
}
