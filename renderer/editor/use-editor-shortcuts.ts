import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/platform';
import { useServices } from '../app/services';
import type { MapStore } from '../store/map-store';
import { deleteSelection } from './actions';

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
  const { platform } = useServices();
  const latest = useRef(commands);
  useEffect(() => { latest.current = commands; });

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

  useEffect(() => platform.onMenuCommand((command: MenuCommand) => {
    switch (command) {
      case 'undo': return store.getState().undo();
      case 'redo': return store.getState().redo();
      case 'delete-selection': return deleteSelection(store);
      case 'add-flow': return latest.current.onAddFlow();
      case 'add-system': return latest.current.onAddSystem();
      default: return undefined; // 'go-home' and 'new-assessment' belong to the app shell.
    }
  }), [platform, store]);
}

function historyAction(event: KeyboardEvent): 'undo' | 'redo' | null {
  const mod = IS_MAC ? event.metaKey : event.ctrlKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !IS_MAC && !event.shiftKey) return 'redo';
  return null;
}
