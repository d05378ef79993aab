import type { Position, SystemRecord } from '../../shared/model';
import { NODE_HEIGHT, NODE_WIDTH } from './projection';

/** Room between systems for an edge, its arrows and a label such as "personal data, financial". */
const GAP_X = 200;
const GAP_Y = 120;

/**
 * Where to put a new system near `centre` (a point in canvas units) so it does not cover an
 * existing one: tries the centre, then rings of grid cells around it, nearest first.
 */
export function findFreeSpot(systems: readonly SystemRecord[], centre: Position): Position {
  const origin = { x: Math.round(centre.x - NODE_WIDTH / 2), y: Math.round(centre.y - NODE_HEIGHT / 2) };
  const stepX = NODE_WIDTH + GAP_X;
  const stepY = NODE_HEIGHT + GAP_Y;
  for (let ring = 0; ring <= 12; ring += 1) {
    for (const [i, j] of ringCells(ring)) {
      const candidate = { x: origin.x + i * stepX, y: origin.y + j * stepY };
      if (!systems.some((system) => overlaps(system.position, candidate))) return candidate;
    }
  }
  return origin;
}

function overlaps(a: Position, b: Position): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH + GAP_X / 2 && Math.abs(a.y - b.y) < NODE_HEIGHT + GAP_Y / 2;
}

/** Grid offsets on the square ring at distance `ring`, sides before corners (they are nearer). */
function ringCells(ring: number): Array<[number, number]> {
  if (ring === 0) return [[0, 0]];
  const cells: Array<[number, number]> = [];
  for (let k = -ring; k <= ring; k += 1) {
    cells.push([ring, k], [-ring, k]);
    if (Math.abs(k) !== ring) cells.push([k, ring], [k, -ring]);
  }
  return cells.sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]));
}
