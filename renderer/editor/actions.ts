import {
  asFlowId, asSystemId, createFlow, createSystem, type FlowId, type Position, type SystemId,
} from '../../shared/model';
import { SYSTEM_KINDS, labelOf, type SystemKind } from '../../shared/vocabulary';
import type { MapStore } from '../store/map-store';

/**
 * The editor's compound actions, shared by the palette, the canvas, the toolbar, the keyboard
 * and the native menu so each behaves the same whichever way the user reaches it.
 */

/** The drag-and-drop data type a palette item carries: the system kind's value. */
export const SYSTEM_KIND_DRAG_TYPE = 'application/x-integration-mapper-system-kind';

/** Adds a system of `kind` named "New <label>" at `position` and selects it. */
export function addSystemOfKind(store: MapStore, id: string, kind: SystemKind, position: Position): SystemId {
  const system = createSystem({ id: asSystemId(id), kind, name: `New ${labelOf(SYSTEM_KINDS, kind)}`, position });
  store.getState().run('addSystem', { system });
  store.getState().select({ systemIds: [system.id], flowIds: [] });
  return system.id;
}

/** Adds a flow from one system to another and selects it; refuses (returns null) a loop onto itself. */
export function addFlowBetween(store: MapStore, id: string, sourceId: SystemId, targetId: SystemId): FlowId | null {
  if (sourceId === targetId) return null;
  const flow = createFlow({ id: asFlowId(id), sourceId, targetId });
  if (!store.getState().run('addFlow', { flow })) return null;
  store.getState().select({ systemIds: [], flowIds: [flow.id] });
  return flow.id;
}

/** Deletes everything selected as one undoable command. */
export function deleteSelection(store: MapStore): void {
  const { selection, run } = store.getState();
  if (selection.systemIds.length === 0 && selection.flowIds.length === 0) return;
  run('deleteElements', { systemIds: selection.systemIds, flowIds: selection.flowIds });
}

/** True for an element where typing text is expected, so single-key shortcuts must not fire. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}

/**
 * Focuses (and selects the text of) the element with `id` once React has rendered it; the
 * inspector mounts its form in the same commit as the selection change, a frame is plenty.
 */
export function focusWhenRendered(id: string, attempts = 5): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      element.focus();
      element.select();
    } else if (element instanceof HTMLElement) {
      element.focus();
    } else if (attempts > 1) {
      focusWhenRendered(id, attempts - 1);
    }
  });
}

/** The id the inspector gives a field's control; the editor focuses "name" after adding. */
export function inspectorFieldId(key: string): string {
  return `inspector-field-${key}`;
}
