import { useCallback, useEffect, useRef, useState } from 'react';
import { useServices } from '../app/services';
import type { MapStore } from '../store/map-store';
import { describeError } from '../ui/Alert';
import { runExport, type ExportKind } from './exports';

/** Where an export is: nothing to say, running, saved as a file name, or failed with a reason. */
export type ExportState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly kind: ExportKind }
  | { readonly status: 'saved'; readonly fileName: string }
  | { readonly status: 'failed'; readonly message: string };

const FAILED: Readonly<Record<ExportKind, string>> = { register: 'The export failed', map: 'The map file was not saved' };

/** How long "Saved …" stays in the toolbar; screen readers have announced it by then. */
const SAVED_MESSAGE_MS = 8000;

/**
 * Runs exports of the store's map one at a time, whether started from the toolbar or the
 * native menu, and reports how each went. A cancelled save dialog leaves nothing to say.
 */
export function useExport(store: MapStore): { state: ExportState; start(kind: ExportKind): void; dismiss(): void } {
  const services = useServices();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  // A ref, not the state, guards re-entry: two menu commands can arrive before a re-render.
  const running = useRef(false);

  const start = useCallback((kind: ExportKind) => {
    if (running.current) return;
    running.current = true;
    setState({ status: 'running', kind });
    // Setting state after the editor has closed is harmless: React ignores it.
    const finish = (next: ExportState) => {
      running.current = false;
      setState(next);
    };
    // The history is read once every change made so far is stored, so it ends with the map shown.
    const { doc, loadHistory } = store.getState();
    loadHistory().then((page) => runExport(kind, doc, services, [...page.records].reverse())).then(
      (result) => finish(result.saved ? { status: 'saved', fileName: result.fileName } : { status: 'idle' }),
      (error: unknown) => finish({ status: 'failed', message: `${FAILED[kind]}: ${describeError(error)}` }),
    );
  }, [store, services]);

  useEffect(() => {
    if (state.status !== 'saved') return undefined;
    const timer = setTimeout(() => setState({ status: 'idle' }), SAVED_MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const dismiss = useCallback(() => setState({ status: 'idle' }), []);
  return { state, start, dismiss };
}
