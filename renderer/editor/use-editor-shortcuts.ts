import { useCallback, useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useMenuCommand } from '../platform/use-menu-command';
import type { MapStore } from '../store/map-store';
import { deleteSelection } from './actions';
import { FIT_VIEW_OPTIONS } from '../canvas/Canvas';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
/** How the modifier is written in tooltips on this platform. */
export const MOD_KEY = IS_MAC ? 'Cmd' : 'Ctrl';

interface EditorCommands {
  onAddFlow(): void;
  onAddSystem(): void;
}

/**
 * Undo and redo from the keyboard and the native menu, which must agree: both act on the map's
 * history wherever focus is, even in a text field (typing is recorded as commands, so the map's
 * undo is the one that knows about it). Delete is only handled on the canvas (see Canvas).
 */
export function useEditorShortcuts(store: MapStore, commands: EditorCommands): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const action = historyAction(event);
      if (!action || event.defaultPrevented) return;
      event.preventDefault();
      if (action === 'undo') store.getState().undo();
      else store.getState().redo();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);

  // 'go-home' and 'new-assessment' belong to the app shell (OpenAssessment).
  useMenuCommand('undo', () => store.getState().undo());
  useMenuCommand('redo', () => store.getState().redo());
  useMenuCommand('delete-selection', () => deleteSelection(store));
  useMenuCommand('add-flow', commands.onAddFlow);
  useMenuCommand('add-system', commands.onAddSystem);
}

/**
 * "Tidy layout", for the toolbar button and the native menu alike: lays the map out (one
 * undoable command) and fits the view to it, since the systems may all have moved out of
 * sight. Call it inside React Flow's provider (the toolbar is): MapEditor, where the other
 * menu commands are handled, sits outside it and so cannot move the view.
 */
export function useTidyLayout(store: MapStore): () => void {
  const { fitView } = useReactFlow();
  const tidy = useCallback(() => {
    store.getState().run('tidyLayout', {});
    // React Flow fits once the moved nodes reach it, on the canvas's next render.
    void fitView(FIT_VIEW_OPTIONS);
  }, [store, fitView]);
  useMenuCommand('tidy-layout', tidy);
  return tidy;
}

function historyAction(event: KeyboardEvent): 'undo' | 'redo' | null {
  const mod = IS_MAC ? event.metaKey : event.ctrlKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !IS_MAC && !event.shiftKey) return 'redo';
  return null;
}
