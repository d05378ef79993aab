import { useStore } from 'zustand';
import type { MapStore } from '../store/map-store';
import { MOD_KEY } from './use-editor-shortcuts';

/** Undo and Redo, each saying what it would undo or redo. */
export function HistoryButtons({ store }: { store: MapStore }) {
  const undoLabel = useStore(store, (s) => s.past.at(-1)?.label);
  const redoLabel = useStore(store, (s) => s.future.at(-1)?.label);
  return (
    <div className="toolbar__group">
      <button type="button" className="button button--small" disabled={!undoLabel} onClick={() => store.getState().undo()}
        title={undoLabel ? `Undo ${undoLabel} (${MOD_KEY}+Z)` : 'Nothing to undo'}>
        Undo
      </button>
      <button type="button" className="button button--small" disabled={!redoLabel} onClick={() => store.getState().redo()}
        title={redoLabel ? `Redo ${redoLabel} (${MOD_KEY}+Shift+Z)` : 'Nothing to redo'}>
        Redo
      </button>
    </div>
  );
}
