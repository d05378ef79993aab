import { useCallback, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas';
import { AuthorNotice } from '../settings/AuthorNotice';
import { createRiskPanelStore, RiskPanelContext } from '../risks/risk-panel-state';
import { SidePanel } from '../risks/SidePanel';
import type { MapStore } from '../store/map-store';
import { TableView } from '../table/TableView';
import { ViewSwitch, type EditorView } from '../table/ViewSwitch';
import { AddFlowDialog } from './AddFlowDialog';
import './editor.css';
import { Palette, PALETTE_ID } from './Palette';
import { Toolbar } from './Toolbar';
import { useEditorShortcuts } from './use-editor-shortcuts';

/**
 * The map editor: toolbar, palette and canvas (or, switched to Table, the table of flows and
 * systems) and a side column (the inspector and the risk register) around one store. It
 * composes; the store's commands decide what a change does, and each part reads only the slice
 * it shows.
 */
export function MapEditor({ store, onClose }: { store: MapStore; onClose(): void }) {
  const [addingFlow, setAddingFlow] = useState(false);
  const [view, setView] = useState<EditorView>('map');
  // What the side column shows (tab, open finding, filters): view state for this map only.
  const [riskPanel] = useState(createRiskPanelStore);
  const openAddFlow = useCallback(() => setAddingFlow(true), []);
  const focusPalette = useCallback(() => document.querySelector<HTMLElement>(`#${PALETTE_ID} button`)?.focus(), []);
  useEditorShortcuts(store, { onAddFlow: openAddFlow, onAddSystem: focusPalette });

  return (
    // The provider lets the palette (outside the canvas) ask React Flow where the view is.
    <ReactFlowProvider>
      <RiskPanelContext.Provider value={riskPanel}>
        <div className="map-editor map-editor--views app-body">
          <div className="map-editor__top">
            <Toolbar store={store} onHome={onClose} onAddFlow={openAddFlow} />
            <AuthorNotice store={store} />
          </div>
          <ViewSwitch view={view} onChange={setView} />
          {view === 'map' ? <><Palette store={store} /><Canvas store={store} /></> : <TableView store={store} />}
          <SidePanel store={store} />
          {addingFlow && <AddFlowDialog store={store} onClose={() => setAddingFlow(false)} />}
        </div>
      </RiskPanelContext.Provider>
    </ReactFlowProvider>
  );
}
