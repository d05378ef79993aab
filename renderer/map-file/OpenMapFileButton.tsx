import { useEffect, useRef } from 'react';
import { HOME, replaceRoute } from '../app/routing';
import { useMenuCommand } from '../platform/use-menu-command';
import './map-file.css';
import { ReplaceOrKeepDialog } from './ReplaceOrKeepDialog';
import { UnreadableFileDialog } from './UnreadableFileDialog';
import { useOpenMapFile, type OpenMapFileState } from './use-open-map-file';

interface OpenMapFileButtonProps {
  /** Start at once: the native menu's Open, chosen in another view, brought the user here. */
  readonly startOpening?: boolean;
}

/**
 * The home screen's "Open map file…": the button, the native menu's File > Open, and the
 * dialogs they lead to. A map that opens is shown in the editor.
 */
export function OpenMapFileButton({ startOpening = false }: OpenMapFileButtonProps) {
  const { state, start, choose, dismiss } = useOpenMapFile();
  const working = state.status === 'reading' || state.status === 'storing';
  useMenuCommand('open-map', start);
  // Once per arrival with the flag (Strict Mode runs effects twice; one open dialog is enough).
  const startedOnArrival = useRef(false);
  useEffect(() => {
    if (!startOpening || startedOnArrival.current) return;
    startedOnArrival.current = true;
    replaceRoute(HOME);
    start();
  }, [startOpening, start]);

  return (
    <>
      <button
        type="button"
        className="button"
        // aria-disabled, not disabled: the button keeps focus while the file is read.
        aria-disabled={working || undefined}
        onClick={() => { if (!working) start(); }}
      >
        {working ? 'Opening…' : 'Open map file…'}
      </button>
      <p aria-live="polite" className="visually-hidden">{progressText(state)}</p>
      {state.status === 'unreadable' && (
        <UnreadableFileDialog fileName={state.fileName} summary={state.summary} details={state.details} onClose={dismiss} />
      )}
      {state.status === 'conflict' && (
        <ReplaceOrKeepDialog document={state.opened.document} stored={state.stored}
          onReplace={() => choose('replace')} onKeepBoth={() => choose('keep-both')} onCancel={dismiss} />
      )}
    </>
  );
}

function progressText(state: OpenMapFileState): string {
  if (state.status === 'reading') return `Reading ${state.fileName}…`;
  if (state.status === 'storing') return `Storing ${state.fileName}…`;
  return '';
}
