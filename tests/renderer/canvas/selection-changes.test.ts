import { describe, expect, it } from 'vitest';
import { applySelectChanges } from '../../../renderer/canvas/selection-changes';

describe("applying the canvas's selection changes", () => {
  it('adds and removes ids as React Flow selects and deselects', () => {
    const next = applySelectChanges(['a', 'b'], [
      { type: 'select', id: 'b', selected: false },
      { type: 'select', id: 'c', selected: true },
    ]);
    expect(next).toEqual(['a', 'c']);
  });

  it('reports no change when nothing about the selection changed, so the store is left alone', () => {
    expect(applySelectChanges(['a'], [{ type: 'position', id: 'a', position: { x: 1, y: 1 } }])).toBeNull();
    expect(applySelectChanges(['a'], [{ type: 'select', id: 'a', selected: true }])).toBeNull();
  });
});
