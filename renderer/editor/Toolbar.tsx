import { useStore } from 'zustand';
import { ExportMenu } from '../export/ExportMenu';
import { UpdateFromWorkbookButton } from '../import/UpdateFromWorkbookButton';
import type { MapStore } from '../store/map-store';
import { deleteSelection } from './actions';
import { AssessmentDetails } from './AssessmentDetails';
import { HistoryButtons } from './HistoryButtons';
import { SaveIndicator } from './SaveIndicator';
import { useTidyLayout } from './use-editor-shortcuts';

interface ToolbarProps {
  readonly store: MapStore;
  onHome(): void;
  onAddFlow(): void;
}

/** The bar above the map: way home, what is open, history, the editing actions, exports, save state. */
export function Toolbar({ store, onHome, onAddFlow }: ToolbarProps) {
  const hasSelection = useStore(store, (s) => s.selection.systemIds.length + s.selection.flowIds.length > 0);
  const tidyLayout = useTidyLayout(store);
  return (
    <div role="toolbar" aria-label="Map editor" className="toolbar">
      <button type="button" className="button button--small toolbar__home" onClick={onHome}>Home</button>
      <AssessmentDetails store={store} />
      <HistoryButtons store={store} />
      <div className="toolbar__group">
        <button type="button" className="button button--small button--primary" onClick={onAddFlow}>Add data flow</button>
        <button type="button" className="button button--small button--danger-quiet" disabled={!hasSelection} onClick={() => deleteSelection(store)}>
          Delete selection
        </button>
        <button type="button" className="button button--small" onClick={tidyLayout} title="Arrange the systems so data flows run from left to right">
          Tidy layout
        </button>
      </div>
      <ExportMenu store={store} />
      <UpdateFromWorkbookButton store={store} />
      <SaveIndicator store={store} />
    </div>
  );
}
