import type { Graph } from './graph';

/** Rounds of sweeps and swaps; crossings rarely fall further after the first three or four. */
const ROUNDS = 4;
/** Most passes of {@link transpose} in a round; most maps settle in two or three. */
const TRANSPOSE_PASSES = 4;

/**
 * A first order to refine: depth first from the nodes in `order` (sources first), numbering
 * each node as it is reached. A tree comes out with no crossings at all, and siblings start
 * next to each other, so the sweeps have less to undo.
 */
export function depthFirstRank(dag: Graph, order: Int32Array): Int32Array {
  const rank = new Int32Array(dag.size).fill(-1);
  let next = 0;
  const stack: number[] = [];
  for (const root of order) {
    if (rank[root] !== -1) continue;
    stack.push(root);
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (rank[v] !== -1) continue;
      rank[v] = next++;
      // Pushed last to first, so the lowest-numbered successor is visited first.
      for (let i = dag.succStart[v + 1]! - 1; i >= dag.succStart[v]!; i -= 1) {
        if (rank[dag.succ[i]!] === -1) stack.push(dag.succ[i]!);
      }
    }
  }
  return rank;
}

/**
 * The layers reordered to cross fewer edges. Each round sweeps left to right, sorting each
 * layer by the mean position of its predecessors (the barycenter heuristic; a node with none
 * keeps its place), then right to left by successors, then swaps neighbours where that helps
 * ({@link transpose}). The best order seen is kept, judged by the crossings between
 * neighbouring layers. Positions are counted from each layer's middle, as layers are drawn,
 * so layers of different sizes compare; an edge spanning several layers pulls like any other.
 */
export function reduceCrossings(dag: Graph, layers: readonly number[][]): number[][] {
  const position = new Float64Array(dag.size);
  const layerOf = new Int32Array(dag.size);
  const key = new Float64Array(dag.size);
  const current = layers.map((nodes) => [...nodes]);
  current.forEach((nodes, l) => { for (const v of nodes) layerOf[v] = l; place(nodes, position); });
  let best = current.map((nodes) => [...nodes]);
  let fewest = countCrossings(dag, current, layerOf);
  for (let round = 0; round < ROUNDS && fewest > 0; round += 1) {
    for (let l = 1; l < current.length; l += 1) sortByBarycenter(current[l]!, dag.predStart, dag.pred, position, key);
    for (let l = current.length - 2; l >= 0; l -= 1) sortByBarycenter(current[l]!, dag.succStart, dag.succ, position, key);
    transpose(dag, current, layerOf, position, round % 2 === 1);
    const crossings = countCrossings(dag, current, layerOf);
    if (crossings < fewest) {
      fewest = crossings;
      best = current.map((nodes) => [...nodes]);
    }
  }
  return best;
}

function place(nodes: readonly number[], position: Float64Array): void {
  const middle = (nodes.length - 1) / 2;
  for (let i = 0; i < nodes.length; i += 1) position[nodes[i]!] = i - middle;
}

/** Sorts `nodes` in place by the mean position of the neighbours listed in `start`/`list`. */
function sortByBarycenter(nodes: number[], start: Int32Array, list: Int32Array, position: Float64Array, key: Float64Array): void {
  for (const v of nodes) {
    let sum = 0;
    for (let i = start[v]!; i < start[v + 1]!; i += 1) sum += position[list[i]!]!;
    key[v] = start[v + 1]! > start[v]! ? sum / (start[v + 1]! - start[v]!) : position[v]!;
  }
  // Equal means keep their current order: position still holds it.
  nodes.sort((a, b) => key[a]! - key[b]! || position[a]! - position[b]!);
  place(nodes, position);
}

/**
 * Swaps neighbours within each layer wherever that crosses fewer edges to the layers either
 * side (the "transpose" step of Gansner et al.'s dot), which finishes what the barycenters
 * leave nearly right. With `evenSwaps` it also swaps where that crosses as many, to step off
 * a plateau the sweeps stall on.
 */
function transpose(dag: Graph, layers: number[][], layerOf: Int32Array, position: Float64Array, evenSwaps: boolean): void {
  // Buffers shared by every layer: a thousand small layers would otherwise mean a thousand allocations a pass.
  let widest = 0;
  for (const nodes of layers) widest = Math.max(widest, nodes.length);
  const above = { from: new Int32Array(widest + 1), ends: new Float64Array(dag.pred.length) };
  const below = { from: new Int32Array(widest + 1), ends: new Float64Array(dag.succ.length) };
  const slot = new Int32Array(widest);
  for (let pass = 0; pass < TRANSPOSE_PASSES; pass += 1) {
    let gained = 0;
    for (let l = 0; l < layers.length; l += 1) {
      const nodes = layers[l]!;
      if (nodes.length < 2) continue;
      collectFarEnds(above, nodes, dag.predStart, dag.pred, layerOf, l - 1, position);
      collectFarEnds(below, nodes, dag.succStart, dag.succ, layerOf, l + 1, position);
      // Which node's ends sit at each place; the ends themselves never move.
      for (let i = 0; i < nodes.length; i += 1) slot[i] = i;
      for (let i = 0; i + 1 < nodes.length; i += 1) {
        const a = slot[i]!;
        const b = slot[i + 1]!;
        const kept = crossed(above, a, b) + crossed(below, a, b);
        const swapped = crossed(above, b, a) + crossed(below, b, a);
        if (swapped > kept || (swapped === kept && (!evenSwaps || kept === 0))) continue;
        gained += kept - swapped;
        slot[i] = b;
        slot[i + 1] = a;
        const u = nodes[i]!;
        const v = nodes[i + 1]!;
        nodes[i] = v;
        nodes[i + 1] = u;
        const y = position[u]!;
        position[u] = position[v]!;
        position[v] = y;
      }
    }
    if (gained === 0) return;
  }
}

/** For the i-th node of a layer, the sorted positions of its neighbours in one adjacent layer are `ends[from[i]]` up to `ends[from[i + 1]]`. */
interface FarEnds {
  readonly from: Int32Array;
  readonly ends: Float64Array;
}

function collectFarEnds(
  into: FarEnds, nodes: readonly number[], start: Int32Array, list: Int32Array, layerOf: Int32Array, target: number, position: Float64Array,
): void {
  const { from, ends } = into;
  let count = 0;
  for (let i = 0; i < nodes.length; i += 1) {
    const v = nodes[i]!;
    for (let k = start[v]!; k < start[v + 1]!; k += 1) {
      const w = list[k]!;
      if (layerOf[w] !== target) continue;
      // Insertion sort as they come: most systems have a handful of flows. A hub's hundreds
      // are sorted in one go below instead.
      let at = count++;
      if (count - from[i]! <= 16) for (; at > from[i]! && ends[at - 1]! > position[w]!; at -= 1) ends[at] = ends[at - 1]!;
      ends[at] = position[w]!;
    }
    if (count - from[i]! > 16) ends.subarray(from[i]!, count).sort();
    from[i + 1] = count;
  }
}

/** Crossings among the edges of the nodes whose ends are at `first` and `second` when `first` is placed above. */
function crossed({ from, ends }: FarEnds, first: number, second: number): number {
  let count = 0;
  let atMost = from[first]!;
  for (let k = from[second]!; k < from[second + 1]!; k += 1) {
    while (atMost < from[first + 1]! && ends[atMost]! <= ends[k]!) atMost += 1;
    count += from[first + 1]! - atMost;
  }
  return count;
}

/**
 * Crossings between edges that join neighbouring layers: for each pair of layers, the edges
 * sorted by where they start, then the pairs whose ends are the other way round, counted
 * with a Fenwick tree in O(E log V). Longer edges are left out of the count, which is only
 * used to choose between orders.
 */
function countCrossings(dag: Graph, layers: readonly number[][], layerOf: Int32Array): number {
  const indexOf = new Int32Array(dag.size);
  let widest = 0;
  for (const nodes of layers) {
    for (let i = 0; i < nodes.length; i += 1) indexOf[nodes[i]!] = i;
    widest = Math.max(widest, nodes.length);
  }
  const ends = new Int32Array(dag.succ.length);
  const tree = new Int32Array(widest + 1);
  let crossings = 0;
  for (let l = 0; l + 1 < layers.length; l += 1) {
    let count = 0;
    for (const u of layers[l]!) {
      const first = count;
      for (let i = dag.succStart[u]!; i < dag.succStart[u + 1]!; i += 1) {
        const w = dag.succ[i]!;
        if (layerOf[w] === l + 1) ends[count++] = indexOf[w]!;
      }
      if (count - first > 1) ends.subarray(first, count).sort();
    }
    crossings += inversions(ends, count, tree, layers[l + 1]!.length);
  }
  return crossings;
}

/** Pairs i < j < count with values[i] > values[j], for values in 0..size-1, counted with a Fenwick tree. */
function inversions(values: Int32Array, count: number, tree: Int32Array, size: number): number {
  tree.fill(0, 0, size + 1);
  let found = 0;
  for (let seen = 0; seen < count; seen += 1) {
    let atMost = 0;
    for (let i = values[seen]! + 1; i > 0; i -= i & -i) atMost += tree[i]!;
    found += seen - atMost;
    for (let i = values[seen]! + 1; i <= size; i += i & -i) tree[i]! += 1;
  }
  return found;
}
