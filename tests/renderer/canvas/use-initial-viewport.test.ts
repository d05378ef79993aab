import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH, toNodes } from '../../../renderer/canvas/projection';
import { fittedViewport } from '../../../renderer/canvas/use-initial-viewport';
import { EMPTY_SELECTION } from '../../../renderer/store/map-store';
import { mapBuilder } from '../../support/map-builder';

const FIT = { padding: 0.2, minZoom: 0.4, maxZoom: 1.2 };

/** Systems at these canvas positions, as nodes. */
function nodesAt(...positions: Array<[number, number]>) {
  let builder = mapBuilder();
  positions.forEach(([x, y], i) => { builder = builder.system(`System ${i}`, { position: { x, y } }); });
  return toNodes(builder.build(), EMPTY_SELECTION);
}

describe('fittedViewport', () => {
  it('shows every system inside the pane, with room around them', () => {
    const nodes = nodesAt([0, 0], [900, 300], [-200, 700]);
    const { x, y, zoom } = fittedViewport(nodes, 1000, 600, FIT);
    for (const { position } of nodes) {
      expect(position.x * zoom + x).toBeGreaterThan(0);
      expect(position.y * zoom + y).toBeGreaterThan(0);
      expect((position.x + NODE_WIDTH) * zoom + x).toBeLessThan(1000);
      expect((position.y + NODE_HEIGHT) * zoom + y).toBeLessThan(600);
    }
  });

  it('does not blow a small map up beyond the largest zoom, and centres it', () => {
    const { x, y, zoom } = fittedViewport(nodesAt([100, 100]), 1000, 600, FIT);
    expect(zoom).toBe(1.2);
    expect(100 * zoom + x + (NODE_WIDTH * zoom) / 2).toBeCloseTo(500);
    expect(100 * zoom + y + (NODE_HEIGHT * zoom) / 2).toBeCloseTo(300);
  });

  it('opens a large map no further out than the smallest zoom', () => {
    expect(fittedViewport(nodesAt([0, 0], [20_000, 9_000]), 1000, 600, FIT).zoom).toBe(0.4);
  });

  it('opens an empty map at the origin, at zoom 1', () => {
    expect(fittedViewport([], 1000, 600, FIT)).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});
