import { MarkerType, Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { FlowRecord, MapDocument, SystemRecord } from '../../shared/model';
import { BOUNDARIES, DATA_TYPES, SEVERITIES, SYSTEM_KINDS, labelOf } from '../../shared/vocabulary';
import type { ElementBadge } from '../risks/analysis';
import type { Selection } from '../store/map-store';
import { SYSTEM_BOX } from '../../shared/layout';

/**
 * React Flow's nodes and edges are a projection of the map document, never its source of truth.
 * Each projection takes the previous result and hands back the very same object for every record
 * whose content and selection state are unchanged, so one edit re-renders one node, not 1,000.
 */

/**
 * Every system node has this fixed size (canvas units), and its handles sit at known places.
 * Telling React Flow both up front means it need not render and measure all 1,000 nodes
 * before it can draw edges, fit the view, or skip what is off screen.
 */
export const NODE_WIDTH = SYSTEM_BOX.width;
export const NODE_HEIGHT = SYSTEM_BOX.height;
const HANDLE_SIZE = 10;
const NODE_SIZE = { width: NODE_WIDTH, height: NODE_HEIGHT };
const half = HANDLE_SIZE / 2;
/** One handle per side; in loose mode each is a source that also accepts connections. */
const HANDLES: NodeHandle[] = ([
  ['top', Position.Top, NODE_WIDTH / 2 - half, -half],
  ['right', Position.Right, NODE_WIDTH - half, NODE_HEIGHT / 2 - half],
  ['bottom', Position.Bottom, NODE_WIDTH / 2 - half, NODE_HEIGHT - half],
  ['left', Position.Left, -half, NODE_HEIGHT / 2 - half],
] as const).map(([id, position, x, y]) => ({ id, position, x, y, width: HANDLE_SIZE, height: HANDLE_SIZE, type: 'source' }));

export interface SystemNodeData extends Record<string, unknown> {
  /** The record this node shows; compared by identity to decide whether the node changed. */
  readonly record: SystemRecord;
  readonly name: string;
  readonly kindLabel: string;
  readonly boundaryLabel: string;
}
export type SystemNodeType = Node<SystemNodeData, 'system'>;

export interface FlowEdgeData extends Record<string, unknown> {
  readonly record: FlowRecord;
  readonly sourceName: string;
  readonly targetName: string;
  /** Short data-type labels, e.g. "personal data, financial", or "data not set". */
  readonly dataLabel: string;
}
export type FlowEdgeType = Edge<FlowEdgeData, 'flow'>;

/** Handle ids on each side of a system node; any of them can start or end a flow (loose mode). */
export type Side = 'top' | 'right' | 'bottom' | 'left';

export const UNNAMED_SYSTEM = 'Unnamed system';
export const DATA_NOT_SET = 'data not set';

export function systemName(system: SystemRecord): string {
  return system.name.trim() || UNNAMED_SYSTEM;
}

export function toNodes(doc: MapDocument, selection: Selection, previous: readonly SystemNodeType[] = []): SystemNodeType[] {
  const before = new Map(previous.map((node) => [node.id, node]));
  const selected = new Set<string>(selection.systemIds);
  return Object.values(doc.systems).map((system) => {
    const old = before.get(system.id);
    const isSelected = selected.has(system.id);
    if (old && old.data.record === system && Boolean(old.selected) === isSelected) return old;
    return systemNode(system, isSelected);
  });
}

/**
 * React Flow describes every node and edge with its keyboard help, under these ids (its own,
 * for the default flow id "1"); a badge's words are added to that description, not put in the
 * name, so a system is still called by its name, kind and boundary. Every element points at its
 * badge's words (and its review marker's) whether it has one or not (a missing id adds nothing
 * to a description), so one appearing or changing re-renders itself alone, not the node or edge.
 */
const NODE_HELP_ID = 'react-flow__node-desc-1';
const EDGE_HELP_ID = 'react-flow__edge-desc-1';

/** The id of the hidden text that describes an element's badge to screen readers. */
export function badgeDescriptionId(elementId: string): string {
  return `badge-description-${elementId}`;
}

/** The id of the text that says an element's review is overdue or never done (ReviewMarker), pointed at the same way. */
export function reviewDescriptionId(elementId: string): string {
  return `review-description-${elementId}`;
}

/** What a badge says in words, e.g. "Worst open finding: High, 3 open findings". */
export function describeBadge(badge: ElementBadge): string {
  const count = `${badge.openCount} open finding${badge.openCount === 1 ? '' : 's'}`;
  return `Worst open finding: ${labelOf(SEVERITIES, badge.severity)}, ${count}`;
}

function systemNode(system: SystemRecord, selected: boolean): SystemNodeType {
  const name = systemName(system);
  const kindLabel = labelOf(SYSTEM_KINDS, system.kind) || 'kind not set';
  const boundaryLabel = labelOf(BOUNDARIES, system.boundary).toLowerCase() || 'boundary not set';
  return {
    id: system.id,
    type: 'system',
    position: { x: system.position.x, y: system.position.y },
    data: { record: system, name, kindLabel, boundaryLabel },
    selected,
    ariaLabel: `System ${name}, ${kindLabel}, ${boundaryLabel}`,
    domAttributes: { 'aria-describedby': `${NODE_HELP_ID} ${badgeDescriptionId(system.id)} ${reviewDescriptionId(system.id)}` },
    ...NODE_SIZE,
    measured: NODE_SIZE,
    handles: HANDLES,
  };
}

export function toEdges(doc: MapDocument, selection: Selection, previous: readonly FlowEdgeType[] = []): FlowEdgeType[] {
  const before = new Map(previous.map((edge) => [edge.id, edge]));
  const selected = new Set<string>(selection.flowIds);
  const edges: FlowEdgeType[] = [];
  for (const flow of Object.values(doc.flows)) {
    const source = doc.systems[flow.sourceId];
    const target = doc.systems[flow.targetId];
    if (!source || !target) continue;
    const [sourceHandle, targetHandle] = facingSides(source, target);
    const isSelected = selected.has(flow.id);
    const old = before.get(flow.id);
    const unchanged = old && old.data?.record === flow && Boolean(old.selected) === isSelected
      && old.sourceHandle === sourceHandle && old.targetHandle === targetHandle
      && old.data.sourceName === systemName(source) && old.data.targetName === systemName(target);
    edges.push(unchanged ? old : flowEdge(flow, source, target, { selected: isSelected, sourceHandle, targetHandle }));
  }
  return edges;
}

interface EdgeState {
  readonly selected: boolean;
  readonly sourceHandle: Side;
  readonly targetHandle: Side;
}

function flowEdge(flow: FlowRecord, source: SystemRecord, target: SystemRecord, { selected, sourceHandle, targetHandle }: EdgeState): FlowEdgeType {
  const sourceName = systemName(source);
  const targetName = systemName(target);
  const dataLabel = dataTypesLabel(flow);
  const arrow = { type: MarkerType.ArrowClosed, width: 18, height: 18 };
  return {
    id: flow.id,
    type: 'flow',
    source: flow.sourceId,
    target: flow.targetId,
    sourceHandle,
    targetHandle,
    selected,
    markerEnd: arrow,
    ...(flow.direction === 'two-way' ? { markerStart: arrow } : {}),
    data: { record: flow, sourceName, targetName, dataLabel },
    ariaLabel: `Data flow from ${sourceName} to ${targetName}${flow.direction === 'two-way' ? ' (two-way)' : ''}: ${dataLabel}`,
    domAttributes: { 'aria-describedby': `${EDGE_HELP_ID} ${badgeDescriptionId(flow.id)} ${reviewDescriptionId(flow.id)}` },
  };
}

/** "personal data, financial": each data type's label up to any " / ", in lower case. */
export function dataTypesLabel(flow: FlowRecord): string {
  if (flow.dataTypes.length === 0) return DATA_NOT_SET;
  return flow.dataTypes.map((type) => labelOf(DATA_TYPES, type).split(' / ')[0]!.toLowerCase()).join(', ');
}

/** The sides where an edge between two systems looks natural: the ones facing each other. */
export function facingSides(source: SystemRecord, target: SystemRecord): [Side, Side] {
  const dx = target.position.x - source.position.x;
  const dy = target.position.y - source.position.y;
  if (Math.abs(dx) / NODE_WIDTH >= Math.abs(dy) / NODE_HEIGHT) return dx >= 0 ? ['right', 'left'] : ['left', 'right'];
  return dy >= 0 ? ['bottom', 'top'] : ['top', 'bottom'];
}
