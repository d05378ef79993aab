import type { Graph } from './graph';

/** Sizes and gaps for placing one component, in canvas units. */
export interface Spacing {
  readonly nodeWidth: number;
  readonly nodeHeight: number;
  /** Between one layer and the next: room for an edge, its arrow and its label. */
  readonly layerGap: number;
  /** Between two systems in the same column. */
  readonly rowGap: number;
  /** Between the columns a tall layer wraps into. */
  readonly columnGap: number;
  /** Most systems in one column; a layer with more wraps into several columns side by side. */
  readonly maxColumnLength: number;
}

/** Where each node of a component goes (top-left corners), measured from its bounding box's top-left. */
export interface Placement {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly width: number;
  readonly height: number;
}

/** Rounds of straightening; each pulls nodes towards their neighbours, and four settle a map. */
const STRAIGHTENING_ROUNDS = 4;

/**
 * Coordinates for ordered layers. Each layer is a column, left to right, wrapped into several
 * columns when it is taller than `maxColumnLength`. Within an unwrapped layer, nodes keep their
 * order and spacing but move up or down towards the mean height of their neighbours, so a chain
 * of flows is drawn as a straight line rather than zig-zagging between centred columns.
 */
export function placeLayers(dag: Graph, layers: readonly number[][], spacing: Spacing): Placement {
  const xs = new Float64Array(dag.size);
  const ys = new Float64Array(dag.size);
  const step = spacing.nodeHeight + spacing.rowGap;
  const straightened: number[][] = [];
  let left = 0;
  for (const nodes of layers) {
    const columns = Math.ceil(nodes.length / spacing.maxColumnLength);
    const rows = Math.ceil(nodes.length / columns);
    nodes.forEach((v, i) => {
      xs[v] = left + Math.floor(i / rows) * (spacing.nodeWidth + spacing.columnGap);
      ys[v] = ((i % rows) - (rows - 1) / 2) * step;
    });
    left += columns * spacing.nodeWidth + (columns - 1) * spacing.columnGap + spacing.layerGap;
    // A wrapped layer stays a centred grid: moving its columns apart would only blur it.
    if (columns === 1) straightened.push(nodes);
  }
  for (let round = 0; round < STRAIGHTENING_ROUNDS; round += 1) {
    const sequence = round % 2 === 0 ? straightened : [...straightened].reverse();
    for (const nodes of sequence) {
      const wanted = nodes.map((v) => neighbourMean(dag, v, ys) ?? ys[v]!);
      spreadInOrder(wanted, step).forEach((y, i) => { ys[nodes[i]!] = y; });
    }
  }
  return normalised(xs, ys, spacing);
}

/** The mean height of `v`'s neighbours on either side, or undefined when it has none. */
function neighbourMean(dag: Graph, v: number, ys: Float64Array): number | undefined {
  let sum = 0;
  let count = 0;
  for (let i = dag.predStart[v]!; i < dag.predStart[v + 1]!; i += 1, count += 1) sum += ys[dag.pred[i]!]!;
  for (let i = dag.succStart[v]!; i < dag.succStart[v + 1]!; i += 1, count += 1) sum += ys[dag.succ[i]!]!;
  return count > 0 ? sum / count : undefined;
}

/**
 * The heights nearest `wanted` (least squares) that keep the same order with at least `gap`
 * between neighbours. Subtracting `i * gap` from the i-th value turns this into fitting a
 * non-decreasing sequence, which pool-adjacent-violators solves in one pass.
 */
export function spreadInOrder(wanted: readonly number[], gap: number): number[] {
  const sums: number[] = [];
  const counts: number[] = [];
  wanted.forEach((value, i) => {
    let sum = value - i * gap;
    let count = 1;
    while (sums.length > 0 && sums.at(-1)! / counts.at(-1)! >= sum / count) {
      sum += sums.pop()!;
      count += counts.pop()!;
    }
    sums.push(sum);
    counts.push(count);
  });
  const spread: number[] = [];
  sums.forEach((sum, block) => {
    for (let k = 0; k < counts[block]!; k += 1) spread.push(sum / counts[block]! + spread.length * gap);
  });
  return spread;
}

function normalised(xs: Float64Array, ys: Float64Array, spacing: Spacing): Placement {
  let top = Infinity;
  let bottom = -Infinity;
  let right = 0;
  for (let v = 0; v < ys.length; v += 1) {
    top = Math.min(top, ys[v]!);
    bottom = Math.max(bottom, ys[v]!);
    right = Math.max(right, xs[v]!);
  }
  for (let v = 0; v < ys.length; v += 1) ys[v]! -= top;
  return { xs, ys, width: right + spacing.nodeWidth, height: bottom - top + spacing.nodeHeight };
}
