import { inDegree, outDegree, type Graph } from './graph';

/**
 * Each node's layer (its column, counting from 0 on the left) in an acyclic graph whose edges
 * all run forwards in `order`: every edge goes from a lower layer to a higher one.
 *
 * Longest path first, which puts every node as far left as its predecessors allow. Then, from
 * the right, each node with at least as many successors as predecessors moves right to sit
 * just before its nearest successor: that shortens its edges in all (or keeps them as long)
 * and keeps a side chain next to where it joins. So HR → Payroll → Bank is drawn just before
 * Bank, not at the far left with one long edge across the whole map.
 */
export function assignLayers(dag: Graph, order: Int32Array): Int32Array {
  const layer = new Int32Array(dag.size);
  for (const v of order) {
    let at = 0;
    for (let i = dag.predStart[v]!; i < dag.predStart[v + 1]!; i += 1) at = Math.max(at, layer[dag.pred[i]!]! + 1);
    layer[v] = at;
  }
  // Backwards through the order, so each successor is already where it will stay; a
  // predecessor moved later moves no further than just before this node.
  for (let k = order.length - 1; k >= 0; k -= 1) {
    const v = order[k]!;
    if (outDegree(dag, v) === 0 || outDegree(dag, v) < inDegree(dag, v)) continue;
    let nearest = Infinity;
    for (let i = dag.succStart[v]!; i < dag.succStart[v + 1]!; i += 1) nearest = Math.min(nearest, layer[dag.succ[i]!]!);
    layer[v] = nearest - 1;
  }
  return layer;
}

/** The nodes of each layer, left to right, each layer's nodes in the order given by `rank` (lowest first). */
export function layersOf(layer: Int32Array, rank: Int32Array): number[][] {
  let count = 0;
  for (const l of layer) count = Math.max(count, l + 1);
  const layers: number[][] = Array.from({ length: count }, () => []);
  layer.forEach((l, v) => layers[l]!.push(v));
  for (const nodes of layers) nodes.sort((a, b) => rank[a]! - rank[b]!);
  return layers.filter((nodes) => nodes.length > 0);
}
