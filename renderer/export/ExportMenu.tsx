import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useMenuCommand } from '../platform/use-menu-command';
import type { MapStore } from '../store/map-store';
import { Alert } from '../ui/Alert';
import type { ExportKind } from './exports';
import { useExport, type ExportState } from './use-export';

const CHOICES: ReadonlyArray<{ kind: ExportKind; label: string; help: string }> = [
  { kind: 'register', label: 'Export risk register (.xlsx)', help: 'An Excel workbook of every finding, for the people who own the risks.' },
  { kind: 'map', label: 'Save map file (.intmap)', help: 'The whole assessment as one file: to keep a copy, open it on another computer, or check it from the command line.' },
];

/**
 * The toolbar's Export button: a disclosure that shows the risk register export and saving the
 * map file, with a polite status line saying how the last one went. The native menu's File >
 * Export risk register and File > Save map file start the same.
 */
export function ExportMenu({ store }: { store: MapStore }) {
  const { state, start, dismiss } = useExport(store);
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const running = state.status === 'running';
  useMenuCommand('export-register', () => start('register'));
  useMenuCommand('save-map', () => start('map'));

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) trigger.current?.focus();
  };
  const choose = (kind: ExportKind) => {
    close(true);
    start(kind);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close(true);
    }
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    // Clicking or tabbing anywhere outside closes the list, as a menu would.
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };

  return (
    <div className="export-menu" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={trigger}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={listId}
        // aria-disabled, not disabled: the button keeps focus while the export runs.
        aria-disabled={running || undefined}
        onClick={() => { if (!running) setOpen(!open); }}
      >
        {running ? 'Exporting…' : 'Export'}
      </button>
      <ul id={listId} className="export-menu__list" hidden={!open}>
        {CHOICES.map(({ kind, label, help }) => (
          <li key={kind}>
            {/* Named by its label alone, with the help read as its description. */}
            <button
              type="button"
              className="export-menu__item"
              aria-labelledby={`${listId}-${kind}`}
              aria-describedby={`${listId}-${kind}-help`}
              onClick={() => choose(kind)}
            >
              <span id={`${listId}-${kind}`} className="export-menu__label">{label}</span>
              <span id={`${listId}-${kind}-help`} className="export-menu__help">{help}</span>
            </button>
          </li>
        ))}
      </ul>
      {/* A live region rather than role="status": the toolbar's one status is the save indicator. */}
      <p aria-live="polite" aria-atomic="true" className="export-menu__status">{statusText(state)}</p>
      {state.status === 'failed' && (
        <div className="export-menu__alert"><Alert message={state.message} onDismiss={dismiss} /></div>
      )}
    </div>
  );
}

function statusText(state: ExportState): string {
  if (state.status === 'running') return state.kind === 'register' ? 'Exporting the risk register…' : 'Saving the map file…';
  if (state.status === 'saved') return `Saved ${state.fileName}`;
  return '';
}
