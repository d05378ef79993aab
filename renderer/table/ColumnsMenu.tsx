import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { MapStore } from '../store/map-store';
import { TABLE_KINDS } from './table-kinds';
import { tableViewOf, type TableKind } from './table-view-state';

/**
 * Shows or hides columns: a disclosure with a checkbox per column. The name column always
 * shows, so every row says what it is. Hidden columns are remembered for the session.
 */
export function ColumnsMenu({ store, kind }: { store: MapStore; kind: TableKind }) {
  const view = tableViewOf(store);
  const hidden = useStore(view, (s) => s.hidden[kind]);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { columns } = TABLE_KINDS[kind];

  // Closes on a click outside it; Escape closes it and returns to its button.
  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div className="columns-menu" ref={root} onKeyDown={(event) => {
      if (event.key === 'Escape' && open) {
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }
    }}>
      <button ref={button} type="button" className="button button--small" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Columns ({columns.length - hidden.length} of {columns.length})
      </button>
      <fieldset id={panelId} className="columns-menu__panel" hidden={!open}>
        <legend className="visually-hidden">Shown columns</legend>
        {columns.map((column, i) => (
          <label key={column.id} className="field__option">
            <input type="checkbox" checked={!hidden.includes(column.id)} disabled={i === 0}
              onChange={(event) => view.getState().setHidden(kind, column.id, !event.target.checked)} />
            {column.label}
          </label>
        ))}
        <button type="button" className="button button--small" disabled={hidden.length === 0} onClick={() => view.getState().showAllColumns(kind)}>
          Show all columns
        </button>
      </fieldset>
    </div>
  );
}
