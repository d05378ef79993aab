import { useCallback, useMemo, useRef, type DragEvent, type KeyboardEvent } from 'react';
import { useReactFlow, type Connection, type EdgeChange, type NodeChange, type OnConnectEnd } from '@xyflow/react';
import { asSystemId, type Position, type SystemId } from '../../shared/model';
import { isTerm, SYSTEM_KINDS } from '../../shared/vocabulary';
import { useServices } from '../app/services';
import {
  addFlowBetween, addSystemOfKind, deleteSelection, focusWhenRendered, inspectorFieldId, isTextEntry, SYSTEM_KIND_DRAG_TYPE,
} from '../editor/actions';
import type { MapStore } from '../store/map-store';
import { NODE_HEIGHT, NODE_WIDTH, type FlowEdgeType, type SystemNodeType } from './projection';
import { applySelectChanges } from './selection-changes';
import { useZoomTo } from './use-zoom-to';

type Moved = ReadonlyArray<{ id: string; position: Position }>;

/** Everything the canvas does in answer to React Flow, each user action as one store command. */
export function useCanvasHandlers(store: MapStore, onLocalChanges: (changes: NodeChange<SystemNodeType>[]) => void) {
  const { newId } = useServices();
  const { screenToFlowPosition } = useReactFlow();
  const { zoomToSelection } = useZoomTo(store);
  // True between a mouse drag's start and stop; position changes outside a drag are arrow-key nudges.
  const dragging = useRef(false);

  const commitMoves = useCallback((moved: Moved, coalesceKey?: string) => {
    const moves = moved.map(({ id, position }) => ({ id: asSystemId(id), position: { x: Math.round(position.x), y: Math.round(position.y) } }));
    store.getState().run('moveSystems', { moves }, coalesceKey ? { coalesceKey } : {});
  }, [store]);

  const onNodesChange = useCallback((changes: NodeChange<SystemNodeType>[]) => {
    onLocalChanges(changes);
    const systemIds = applySelectChanges<SystemId>(store.getState().selection.systemIds, changes);
    if (systemIds) store.getState().select({ systemIds });
    if (dragging.current) return;
    const nudged = changes.flatMap((c) => (c.type === 'position' && c.position && !c.dragging ? [{ id: c.id, position: c.position }] : []));
    // Holding an arrow key nudges many times; one coalesced undo step per nudged set.
    if (nudged.length > 0) commitMoves(nudged, `nudge:${nudged.map((m) => m.id).join(',')}`);
  }, [store, onLocalChanges, commitMoves]);

  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdgeType>[]) => {
    const flowIds = applySelectChanges(store.getState().selection.flowIds, changes);
    if (flowIds) store.getState().select({ flowIds });
  }, [store]);

  const onDragStart = useCallback(() => { dragging.current = true; }, []);
  // One command for the whole drag, with the final position of every node that moved.
  const onDragStop = useCallback((nodes: SystemNodeType[]) => {
    dragging.current = false;
    commitMoves(nodes);
  }, [commitMoves]);
  const onNodeDragStop = useCallback((_e: unknown, _node: SystemNodeType, nodes: SystemNodeType[]) => onDragStop(nodes), [onDragStop]);
  const onSelectionDragStop = useCallback((_e: unknown, nodes: SystemNodeType[]) => onDragStop(nodes), [onDragStop]);

  const onConnect = useCallback((connection: Connection) => {
    addFlowBetween(store, newId(), asSystemId(connection.source), asSystemId(connection.target));
  }, [store, newId]);

  // A drop on another system's body (not exactly on a handle) connects too.
  const onConnectEnd: OnConnectEnd = useCallback((event, state) => {
    if (state.isValid || !state.fromNode) return;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    const element = point && document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node');
    const targetId = element?.getAttribute('data-id');
    if (targetId && targetId !== state.fromNode.id) addFlowBetween(store, newId(), asSystemId(state.fromNode.id), asSystemId(targetId));
  }, [store, newId]);

  const isValidConnection = useCallback((c: { source: string; target: string }) => c.source !== c.target, []);

  // React Flow's own deletion is off (deleteKeyCode={null}) so a delete is one command, not one per element.
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    if (isTextEntry(event.target)) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      deleteSelection(store);
      // The focused node is gone; keep a keyboard user on the map rather than back at the page top.
      event.currentTarget.focus();
    } else if (event.code === 'Digit2' && event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Shift+2 zooms to the selection, as in Figma and other canvas editors (by key position, whatever the layout prints there).
      if (zoomToSelection()) event.preventDefault();
    }
  }, [store, zoomToSelection]);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(SYSTEM_KIND_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback((event: DragEvent) => {
    const kind = event.dataTransfer.getData(SYSTEM_KIND_DRAG_TYPE);
    if (!isTerm(SYSTEM_KINDS, kind)) return;
    event.preventDefault();
    const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    // Centre the new node under the pointer.
    addSystemOfKind(store, newId(), kind, { x: Math.round(point.x - NODE_WIDTH / 2), y: Math.round(point.y - NODE_HEIGHT / 2) });
    focusWhenRendered(inspectorFieldId('name'));
  }, [store, newId, screenToFlowPosition]);

  return useMemo(() => ({
    onNodesChange, onEdgesChange, onNodeDragStart: onDragStart, onNodeDragStop, onSelectionDragStart: onDragStart, onSelectionDragStop,
    onConnect, onConnectEnd, isValidConnection, onKeyDown, onDragOver, onDrop,
  }), [onNodesChange, onEdgesChange, onDragStart, onNodeDragStop, onSelectionDragStop, onConnect, onConnectEnd, isValidConnection, onKeyDown, onDragOver, onDrop]);
}
