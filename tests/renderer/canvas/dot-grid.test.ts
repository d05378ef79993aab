import { describe, expect, it } from 'vitest';
import { dotLayerOf } from '../../../renderer/canvas/DotGrid';

/** Where the layer's first dot lands on screen: each tile has its dot at the middle. */
const firstDot = ({ gap, x, y }: { gap: number; x: number; y: number }) => ({ x: x + gap / 2, y: y + gap / 2 });
const view = (panX: number, panY: number, zoom: number) => ({ transform: [panX, panY, zoom] as [number, number, number] });

describe('dotLayerOf', () => {
  it('puts a dot on every multiple of the gap, wherever the map is panned', () => {
    for (const [panX, panY] of [[0, 0], [13, -7], [-1_000.5, 2_345], [48, 24]]) {
      const layer = dotLayerOf(view(panX!, panY!, 1));
      const dot = firstDot(layer);
      // The dot at canvas (0, 0) is at the pan itself; every other one a whole number of gaps away.
      expect(((dot.x - panX!) / 24) % 1).toBeCloseTo(0);
      expect(((dot.y - panY!) / 24) % 1).toBeCloseTo(0);
    }
  });

  it('moves the layer less than one tile, so a layer one tile larger than the pane always covers it', () => {
    for (const pan of [0, 5, 23.9, -300, 10_000]) {
      const { gap, x, y } = dotLayerOf(view(pan, -pan, 0.5));
      expect(gap).toBe(12);
      expect(x).toBeGreaterThanOrEqual(-gap);
      expect(x).toBeLessThan(0);
      expect(y).toBeGreaterThanOrEqual(-gap);
      expect(y).toBeLessThan(0);
    }
  });
});
