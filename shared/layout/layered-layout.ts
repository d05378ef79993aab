import type { FlowId, MapDocument, Position, SystemId, SystemRecord } from '../model';
import { acyclicGraph, feedbackOrder } from './acyclic';
import { placeLayers, type Placement, type Spacing } from './coordinates';
import { componentsOf, graphOf, inDegree, outDegree, subgraph, type Graph } from './graph';
import { assignLayers, layersOf } from './layering';
import { depthFirstRank, reduceCrossings } from './ordering';

/**
 * The size of a system's box on the canvas, in canvas units: what the layout assumes unless
 * told otherwise. The canvas draws every system this size (renderer/canvas/projection.ts).
 */
export const SYSTEM_BOX = { width: 200, height: 80 } as const;

export interface LayoutOptions {
  /** The width of a system's box; {@link SYSTEM_BOX} by default. */
  readonly nodeWidth?: number;
  /** The height of a system's box; {@link SYSTEM_BOX} by default. */
  readonly nodeHeight?: number;
  /**
   * Most systems stacked in one column before a layer wraps into several columns. By default
   * it grows with the size of the connected group: at least 20, about 1.5 × √(systems in it),
   * so 2,000 systems fed by one hub make a block of about 67 × 30, not a column 200,000 units tall.
   */
  readonly maxColumnLength?: number;
}

/** The map's width over its height that groups and unconnected systems are packed towards (a screen's). */
const ASPECT = 16 / 10;
/** Room for a flow's label (at most 190 wide on the canvas, editor.css) with its arrowhead beside it. */
const LAYER_GAP = 240;
const ROW_GAP = 60;
const COLUMN_GAP = 60;
/** Between separate groups of connected systems, and between them and the unconnected ones. */
const GROUP_GAP = 160;
const GRID_GAP_X = 80;
const GRID_GAP_Y = 60;

/**
 * Where to put every system so data flows run left to right: a layered ("Sugiyama") layout.
 *
 * Flows that close a cycle are counted backwards (as few as a greedy heuristic can manage);
 * then every system gets a column, each column is ordered to cross few flows, and systems move
 * up or down to keep chains of flows straight. Separate groups of connected systems are laid
 * out one after another, largest first, packed into rows; systems with no flows follow in a
 * grid below. Boxes never overlap.
 *
 * The result depends only on the systems' ids and names and on which systems each flow joins
 * (not on where the systems are now, nor on the order of records), so laying out a tidy map
 * again changes nothing. Top-left is at (0, 0); coordinates are whole numbers.
 * 5,000 systems and 20,000 flows take about 50 ms, or up to 300 ms the first time (before the
 * JavaScript engine has optimised it) on a slow two-core machine.
 */
export function layeredLayout(map: Pick<MapDocument, 'systems' | 'flows'>, options: LayoutOptions = {}): Map<SystemId, Position> {
  const nodeWidth = options.nodeWidth ?? SYSTEM_BOX.width;
  const nodeHeight = options.nodeHeight ?? SYSTEM_BOX.height;
  const systems = sortedSystems(map.systems);
  const graph = flowGraph(systems, map.flows);

  const groups = componentsOf(graph).map((members) => {
    const spacing: Spacing = {
      nodeWidth, nodeHeight, layerGap: LAYER_GAP, rowGap: ROW_GAP, columnGap: COLUMN_GAP,
      maxColumnLength: Math.max(1, options.maxColumnLength ?? Math.max(20, Math.ceil(1.5 * Math.sqrt(members.length)))),
    };
    return { members, placement: layOutGroup(subgraph(graph, members), spacing) };
  });
  // Largest first; componentsOf lists groups by their first system, which settles ties.
  groups.sort((a, b) => b.members.length - a.members.length);
  const unconnected = systems.map((_, v) => v).filter((v) => inDegree(graph, v) + outDegree(graph, v) === 0);
  const step = { x: nodeWidth + GRID_GAP_X, y: nodeHeight + GRID_GAP_Y };

  const xs = new Float64Array(systems.length);
  const ys = new Float64Array(systems.length);
  const packed = packInRows(groups.map((group) => group.placement), unconnected.length * step.x * step.y);
  groups.forEach(({ members, placement }, g) => {
    members.forEach((v, i) => {
      xs[v] = packed.offsets[g]!.x + placement.xs[i]!;
      ys[v] = packed.offsets[g]!.y + placement.ys[i]!;
    });
  });
  // The unconnected systems in rows as wide as the groups above, or wider if there are many.
  const squareish = Math.ceil(Math.sqrt((unconnected.length * ASPECT * step.y) / step.x));
  const columns = Math.max(1, Math.min(unconnected.length, Math.max(squareish, Math.floor((packed.width + GRID_GAP_X) / step.x))));
  const top = groups.length > 0 ? packed.height + GROUP_GAP : 0;
  unconnected.forEach((v, i) => {
    xs[v] = (i % columns) * step.x;
    ys[v] = top + Math.floor(i / columns) * step.y;
  });

  return new Map(systems.map((system, v) => [system.id, { x: Math.round(xs[v]!), y: Math.round(ys[v]!) }]));
}

/** The flows as a graph on the systems' places in `systems`; a flow to a system not listed is left out. */
function flowGraph(systems: readonly SystemRecord[], flows: MapDocument['flows']): Graph {
  const index = new Map<string, number>(systems.map((system, i) => [system.id, i]));
  const from: number[] = [];
  const to: number[] = [];
  for (const id in flows) {
    const flow = flows[id as FlowId]!;
    const source = index.get(flow.sourceId);
    const target = index.get(flow.targetId);
    if (source !== undefined && target !== undefined) { from.push(source); to.push(target); }
  }
  return graphOf(systems.length, from, to);
}

/** One connected group: break cycles, assign columns, order them, place them. */
function layOutGroup(graph: Graph, spacing: Spacing): Placement {
  const order = feedbackOrder(graph);
  const dag = acyclicGraph(graph, order);
  const layers = layersOf(assignLayers(dag, order), depthFirstRank(dag, order));
  return placeLayers(dag, reduceCrossings(dag, layers), spacing);
}

/**
 * Systems sorted by name (ignoring case, then exactly) and then id: the order that settles
 * every tie in the layout, so it never depends on the order records happen to be stored in.
 * Compared by code unit, not locale, so every machine agrees.
 */
function sortedSystems(records: Readonly<Record<SystemId, SystemRecord>>): SystemRecord[] {
  const keyed: Array<{ system: SystemRecord; folded: string }> = [];
  for (const id in records) {
    const system = records[id as SystemId];
    keyed.push({ system, folded: system.name.toLowerCase() });
  }
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  keyed.sort((a, b) => compare(a.folded, b.folded) || compare(a.system.name, b.system.name) || compare(a.system.id, b.system.id));
  return keyed.map(({ system }) => system);
}

interface Packing {
  readonly offsets: readonly Position[];
  readonly width: number;
  readonly height: number;
}

/**
 * Places boxes left to right in rows (shelves), in the order given, starting a new row when
 * the next would pass a width chosen to make the whole, with `extraArea` below it, about
 * {@link ASPECT} times as wide as it is tall. A box wider than that gets a row to itself.
 */
function packInRows(boxes: readonly Placement[], extraArea: number): Packing {
  const gap = GROUP_GAP;
  let area = extraArea;
  let widest = 0;
  for (const box of boxes) {
    area += (box.width + gap) * (box.height + gap);
    widest = Math.max(widest, box.width);
  }
  const rowWidth = Math.max(widest, Math.sqrt(area * ASPECT));
  const offsets: Position[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const box of boxes) {
    if (x > 0 && x + box.width > rowWidth) {
      y += rowHeight + gap;
      x = 0;
      rowHeight = 0;
    }
    offsets.push({ x, y });
    width = Math.max(width, x + box.width);
    rowHeight = Math.max(rowHeight, box.height);
    x += box.width + gap;
  }
  return { offsets, width, height: y + rowHeight };
}
