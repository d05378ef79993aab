import { useCallback, type ReactNode } from 'react';
import type { AssessmentId } from '../../shared/model';
import { HOME, navigate } from '../app/routing';
import { useServices } from '../app/services';
import { MapEditor } from '../editor/MapEditor';
import { useMenuCommand } from '../platform/use-menu-command';
import type { MapStore } from '../store/map-store';
import { Alert } from '../ui/Alert';
import { AppBar } from '../ui/AppBar';
import { useOpenedStore } from './use-opened-store';

/** The route for `#/assessment/<id>`: loads the assessment and hands it to the editor. */
export function OpenAssessment({ id }: { readonly id: AssessmentId }) {
  const opened = useOpenedStore(id, useServices());

  switch (opened.status) {
    case 'loading':
      return <RouteMessage><p role="status">Loading…</p></RouteMessage>;
    case 'missing':
      return (
        <RouteMessage>
          <Alert message="This assessment no longer exists. It may have been deleted, or the link may be out of date." />
        </RouteMessage>
      );
    case 'failed':
      return <RouteMessage><Alert message={`This assessment could not be opened: ${opened.message}`} /></RouteMessage>;
    case 'ready':
      return <OpenedEditor store={opened.store} />;
  }
}

function OpenedEditor({ store }: { readonly store: MapStore }) {
  // Leave only once every change is stored, so the home list shows the assessment as it is now.
  const close = useCallback(async (then = HOME) => {
    await store.getState().whenSaved();
    navigate(then);
  }, [store]);
  useMenuCommand('go-home', () => void close());
  useMenuCommand('new-assessment', () => void close({ name: 'home', creating: true }));
  // Opening a map file leaves this map: the home screen asks for the file and what to do with it.
  useMenuCommand('open-map', () => void close({ name: 'home', opening: true }));
  useMenuCommand('import-spreadsheet', () => void close({ name: 'home', importing: true }));

  return <MapEditor store={store} onClose={() => void close()} />;
}

/** A page with the app bar, a message and a way back to the list. */
function RouteMessage({ children }: { readonly children: ReactNode }) {
  return (
    <>
      <AppBar />
      <main className="page page--narrow">
        {children}
        <p><a className="button" href="#/">Back to assessments</a></p>
      </main>
    </>
  );
}
