import { describe, expect, it } from 'vitest';
import { asSystemId, createSystem, type Position, type SystemRecord } from '../../../shared/model';
import { findFreeSpot } from '../../../renderer/canvas/placement';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../renderer/canvas/projection';

const at = (n: number, position: Position): SystemRecord => createSystem({ id: asSystemId(`s${n}`), position });

/** True when two systems' boxes (plus room for an edge label between them) overlap. */
function tooClose(a: Position, b: Position): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH + 100 && Math.abs(a.y - b.y) < NODE_HEIGHT + 60;
}

describe('placing a new system', () => {
  it('puts the first system in the middle of the view', () => {
    expect(findFreeSpot([], { x: 500, y: 300 })).toEqual({ x: 500 - NODE_WIDTH / 2, y: 300 - NODE_HEIGHT / 2 });
  });

  it('never puts a system on top of another, leaving room for a label between them', () => {
    const systems: SystemRecord[] = [];
    for (let i = 0; i < 30; i += 1) systems.push(at(i, findFreeSpot(systems, { x: 0, y: 0 })));
    for (const a of systems) {
      for (const b of systems) if (a !== b) expect(tooClose(a.position, b.position), `${a.id} and ${b.id}`).toBe(false);
    }
  });

  it('uses the nearest free spot, so new systems stay near where the user is looking', () => {
    const first = findFreeSpot([], { x: 0, y: 0 });
    const second = findFreeSpot([at(1, first)], { x: 0, y: 0 });
    const distance = Math.hypot(second.x - first.x, second.y - first.y);
    expect(distance).toBeGreaterThan(0);
    expect(distance).toBeLessThan(NODE_WIDTH * 2.5);
  });
});
