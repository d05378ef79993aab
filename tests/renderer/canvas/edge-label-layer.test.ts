import { describe, expect, it } from 'vitest';
import { labelOnScreen } from '../../../renderer/canvas/EdgeLabelLayer';

/** A pane 800 × 600 pixels, panned by (panX, panY) at this zoom. */
const view = (panX: number, panY: number, zoom: number) => ({ transform: [panX, panY, zoom] as [number, number, number], width: 800, height: 600 });

describe('labelOnScreen', () => {
  it('draws the label of a flow whose middle is in view', () => {
    expect(labelOnScreen(view(0, 0, 1), 400, 300)).toBe(true);
  });

  it('draws a label centred just off screen whose text still reaches into view', () => {
    expect(labelOnScreen(view(0, 0, 1), -60, 300)).toBe(true);
    expect(labelOnScreen(view(0, 0, 1), 400, 610)).toBe(true);
  });

  it('leaves out a label wholly off screen, as a flow running across the view has', () => {
    expect(labelOnScreen(view(0, 0, 1), 2_000, 300)).toBe(false);
    expect(labelOnScreen(view(0, 0, 1), 400, -100)).toBe(false);
  });

  it('follows the pan and the zoom', () => {
    expect(labelOnScreen(view(-1_600, 0, 1), 2_000, 300)).toBe(true);
    expect(labelOnScreen(view(0, 0, 0.25), 2_000, 300)).toBe(true);
  });

  it('draws nothing before the pane has been measured', () => {
    expect(labelOnScreen({ ...view(0, 0, 1), width: 0, height: 0 }, 0, 0)).toBe(false);
  });
});
