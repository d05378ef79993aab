import { useCallback, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas';
import { Inspector } from '../inspector/Inspector';
import type { MapStore } from '../store/map-store';
import { AddFlowDialog } from './AddFlowDialog';
import './editor.css';
import { Palette, PALETTE_ID } from './Palette';
import { Toolbar } from './Toolbar';
import { useEditorShortcuts } from './use-editor-shortcuts';

/**
 * The map editor: toolbar, palette, canvas and inspector around one store. It composes; the
 * store's commands decide what a change does, and each part reads only the slice it shows.
 */
export function MapEditor({ store, onClose }: { store: MapStore; onClose(): void }) {
  const [addingFlow, setAddingFlow] = useState(false);
  const openAddFlow = useCallback(() => setAddingFlow(true), []);
  const focusPalette = useCallback(() => document.querySelector<HTMLElement>(`#${PALETTE_ID} button`)?.focus(), []);
  useEditorShortcuts(store, { onAddFlow: openAddFlow, onAddSystem: focusPalette });

  return (
    // The provider lets the palette (outside the canvas) ask React Flow where the view is.
    <ReactFlowProvider>
      <div className="map-editor app-body">
        <Toolbar store={store} onHome={onClose} onAddFlow={openAddFlow} />
        <Palette store={store} />
        <Canvas store={store} />
        <Inspector store={store} />
        {addingFlow && <AddFlowDialog store={store} onClose={() => setAddingFlow(false)} />}
      </div>
    </ReactFlowProvider>
  );
}
