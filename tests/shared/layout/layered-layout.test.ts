import { describe, expect, it } from 'vitest';
import {
  asFlowId, asSystemId, createFlow, createSystem, documentFrom, flowList, systemList, type MapDocument, type Position, type SystemId,
} from '../../../shared/model';
import { layeredLayout, SYSTEM_BOX } from '../../../shared/layout';
import { generateMap } from '../../../bench/generate-map';
import { mapBuilder, type MapBuilder } from '../../support/map-builder';

const { width: W, height: H } = SYSTEM_BOX;
/** The least room the layout leaves between two systems' boxes, across or down. */
const ROOM = 40;

/** Each system's position by name. */
function layOut(doc: MapDocument, options?: Parameters<typeof layeredLayout>[1]): Record<string, Position> {
  const positions = layeredLayout(doc, options);
  return Object.fromEntries(systemList(doc).map((s) => [s.name, positions.get(s.id)!]));
}

/** Pairs of systems whose boxes overlap or nearly touch; sorted by x, so a big map checks quickly. */
function crowded(positions: Iterable<Position>): Array<[Position, Position]> {
  const sorted = [...positions].sort((a, b) => a.x - b.x);
  const found: Array<[Position, Position]> = [];
  sorted.forEach((a, i) => {
    for (let j = i + 1; j < sorted.length && sorted[j]!.x - a.x < W + ROOM; j += 1) {
      if (Math.abs(sorted[j]!.y - a.y) < H + ROOM) found.push([a, sorted[j]!]);
    }
  });
  return found;
}

/** Pairs of flows between the same two columns whose straight lines cross. */
function crossings(doc: MapDocument, positions: ReadonlyMap<SystemId, Position>): number {
  const lines = flowList(doc).map((f) => [positions.get(f.sourceId)!, positions.get(f.targetId)!] as const);
  let count = 0;
  lines.forEach(([a1, a2], i) => {
    for (const [b1, b2] of lines.slice(i + 1)) {
      if (a1.x === b1.x && a2.x === b2.x && (a1.y - b1.y) * (a2.y - b2.y) < 0) count += 1;
    }
  });
  return count;
}

/** Adds systems with these names, and a flow from each to the next. */
function chain(builder: MapBuilder, ...names: string[]): MapBuilder {
  return names.slice(1).reduce((b, name, i) => b.flow(names[i]!, name), names.reduce((b, name) => b.system(name), builder));
}

describe('layeredLayout', () => {
  it('puts every system left of the systems its flows go to, with room between', () => {
    const doc = mapBuilder().system('Website').system('CRM').system('Finance').system('Bank').system('Mailchimp')
      .flow('Website', 'CRM').flow('CRM', 'Finance').flow('Finance', 'Bank').flow('CRM', 'Mailchimp').flow('Website', 'Mailchimp')
      .build();
    const at = layeredLayout(doc);
    for (const flow of flowList(doc)) expect(at.get(flow.sourceId)!.x + W + ROOM).toBeLessThanOrEqual(at.get(flow.targetId)!.x);
  });

  it('keeps every flow running left to right on a large map without loops', () => {
    // 300 systems and 900 flows, each from a lower-numbered system to a higher one, drawn at random.
    let seed = 7;
    const random = (below: number) => { seed = (seed * 16807) % 2147483647; return seed % below; };
    const systems = Array.from({ length: 300 }, (_, i) => createSystem({ id: asSystemId(`s-${i}`), name: `System ${i}`, position: { x: 0, y: 0 } }));
    const flows = Array.from({ length: 900 }, (_, i) => {
      const a = random(299);
      return createFlow({ id: asFlowId(`f-${i}`), sourceId: systems[a]!.id, targetId: systems[a + 1 + random(299 - a)]!.id });
    });
    const doc = documentFrom(mapBuilder().build().assessment, systems, flows);
    const at = layeredLayout(doc);
    for (const flow of flows) expect(at.get(flow.sourceId)!.x + W + ROOM).toBeLessThanOrEqual(at.get(flow.targetId)!.x);
    expect(crowded(at.values())).toEqual([]);
  });

  it('draws a chain of flows as one straight line', () => {
    const at = layOut(chain(mapBuilder(), 'Website', 'CRM', 'Finance', 'Bank').build());
    expect(new Set(Object.values(at).map((p) => p.y)).size).toBe(1);
    expect(at.Website!.x).toBeLessThan(at.CRM!.x);
    expect(at.CRM!.x).toBeLessThan(at.Finance!.x);
    expect(at.Finance!.x).toBeLessThan(at.Bank!.x);
  });

  it('puts a system that only feeds the last step next to it, not at the far left', () => {
    const at = layOut(chain(mapBuilder(), 'Website', 'CRM', 'Finance', 'Bank').system('Payroll').flow('Payroll', 'Bank').build());
    expect(at.Payroll!.x).toBe(at.Finance!.x);
  });

  it('starts at the top-left corner and uses whole numbers', () => {
    const at = layOut(chain(mapBuilder(), 'Website', 'CRM').system('Printer').build());
    const all = Object.values(at);
    expect(Math.min(...all.map((p) => p.x))).toBe(0);
    expect(Math.min(...all.map((p) => p.y))).toBe(0);
    for (const p of all) expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
  });

  it('lays out a map whose flows go round in circles, the same way every time', () => {
    const doc = chain(mapBuilder(), 'CRM', 'Finance', 'Payroll').flow('Payroll', 'CRM').flow('Finance', 'CRM')
      .system('Website').flow('Website', 'CRM').build();
    const at = layeredLayout(doc);
    expect(at.size).toBe(4);
    expect(crowded(at.values())).toEqual([]);
    expect(layeredLayout(doc)).toEqual(at);
    // Both loops go through CRM to Finance, so drawing that one flow backwards is enough.
    const backwards = flowList(doc).filter((f) => at.get(f.sourceId)!.x >= at.get(f.targetId)!.x);
    expect(backwards.map((f) => f.name)).toEqual(['CRM to Finance']);
  });

  it('depends on neither where systems are now nor the order they are stored in', () => {
    const doc = chain(mapBuilder(), 'Website', 'CRM', 'Finance').system('Donors').flow('Donors', 'CRM').system('Printer').build();
    const shuffled = documentFrom(
      doc.assessment,
      systemList(doc).reverse().map((s, i) => ({ ...s, position: { x: i * 37, y: -i * 91 } })),
      flowList(doc).reverse(),
    );
    expect(layeredLayout(shuffled)).toEqual(layeredLayout(doc));
  });

  it('lays out systems with no flows in a grid below the connected ones, in name order', () => {
    const names = ['Printer', 'Intranet', 'Door entry', 'Phones', 'Wi-Fi', 'Laptops', 'Backup', 'CCTV'];
    const doc = names.reduce((b, name) => b.system(name), chain(mapBuilder(), 'Website', 'CRM', 'Finance')).build();
    const at = layOut(doc);
    expect(crowded(Object.values(at))).toEqual([]);
    const connectedBottom = Math.max(at.Website!.y, at.CRM!.y, at.Finance!.y) + H;
    const grid = names.map((name) => at[name]!);
    for (const p of grid) expect(p.y).toBeGreaterThan(connectedBottom);
    // Reading the grid row by row gives the names in alphabetical order.
    const reading = [...names].sort((a, b) => at[a]!.y - at[b]!.y || at[a]!.x - at[b]!.x);
    expect(reading).toEqual([...names].sort());
    expect(new Set(grid.map((p) => p.y)).size).toBeLessThan(names.length);
  });

  it('lays out a map with no flows at all as a grid wider than it is tall', () => {
    const doc = Array.from({ length: 40 }, (_, i) => `System ${i}`).reduce((b, name) => b.system(name), mapBuilder()).build();
    const at = [...layeredLayout(doc).values()];
    expect(crowded(at)).toEqual([]);
    const width = Math.max(...at.map((p) => p.x)) + W;
    const height = Math.max(...at.map((p) => p.y)) + H;
    expect(width).toBeGreaterThan(height);
    expect(width).toBeLessThan(3 * height);
  });

  it('lays out separate groups of systems one after another, not interleaved', () => {
    const doc = chain(chain(mapBuilder(), 'A1', 'A2', 'A3', 'A4'), 'B1', 'B2', 'B3').flow('B1', 'B3').build();
    const at = layOut(doc);
    const box = (names: string[]) => ({
      left: Math.min(...names.map((n) => at[n]!.x)), right: Math.max(...names.map((n) => at[n]!.x)) + W,
      top: Math.min(...names.map((n) => at[n]!.y)), bottom: Math.max(...names.map((n) => at[n]!.y)) + H,
    });
    const a = box(['A1', 'A2', 'A3', 'A4']);
    const b = box(['B1', 'B2', 'B3']);
    const apart = a.right + ROOM <= b.left || b.right + ROOM <= a.left || a.bottom + ROOM <= b.top || b.bottom + ROOM <= a.top;
    expect(apart).toBe(true);
    // The larger group comes first.
    expect(a.left).toBe(0);
    expect(a.top).toBe(0);
  });

  it('wraps a very tall column into several, so 2,000 systems fed by one hub stay readable', () => {
    const hub = createSystem({ id: asSystemId('hub'), name: 'Hub', position: { x: 0, y: 0 } });
    const leaves = Array.from({ length: 2000 }, (_, i) => createSystem({ id: asSystemId(`leaf-${i}`), name: `Leaf ${i}`, position: { x: 0, y: 0 } }));
    const flows = leaves.map((leaf, i) => createFlow({ id: asFlowId(`flow-${i}`), sourceId: hub.id, targetId: leaf.id }));
    const at = layeredLayout(documentFrom(mapBuilder().build().assessment, [hub, ...leaves], flows));
    const all = [...at.values()];
    expect(crowded(all)).toEqual([]);
    const height = Math.max(...all.map((p) => p.y)) + H;
    const width = Math.max(...all.map((p) => p.x)) + W;
    expect(height).toBeLessThan(12_000);
    expect(width).toBeLessThan(2 * height);
    for (const leaf of leaves) expect(at.get(leaf.id)!.x).toBeGreaterThanOrEqual(at.get(hub.id)!.x + W + ROOM);
  });

  it('wraps a column at the length it is given', () => {
    const doc = Array.from({ length: 10 }, (_, i) => `Leaf ${i}`).reduce((b, name) => b.system(name).flow('Hub', name), mapBuilder().system('Hub')).build();
    const at = layOut(doc, { maxColumnLength: 4 });
    const leafColumns = new Set(Object.entries(at).filter(([name]) => name !== 'Hub').map(([, p]) => p.x));
    expect(leafColumns.size).toBe(3);
    expect(crowded(Object.values(at))).toEqual([]);
  });

  it('crosses fewer flows than keeping each column in name order', () => {
    // With A B C D beside W X Y Z in name order these flows cross 11 times; in A C D B beside Y Z X W, never.
    const doc = ['A', 'B', 'C', 'D', 'W', 'X', 'Y', 'Z'].reduce((b, name) => b.system(name), mapBuilder())
      .flow('A', 'Z').flow('A', 'Y').flow('B', 'W').flow('C', 'Z').flow('D', 'W').flow('D', 'X').flow('C', 'X')
      .build();
    const inNameOrder = new Map(systemList(doc).map((s, i) => [s.id, { x: i < 4 ? 0 : 400, y: (i % 4) * 140 }]));
    expect(crossings(doc, inNameOrder)).toBe(11);
    expect(crossings(doc, layeredLayout(doc))).toBe(0);
  });

  it('lays out 5,000 systems and 20,000 flows without two systems overlapping', () => {
    const doc = generateMap({ systems: 5000, flows: 20_000 });
    const at = layeredLayout(doc);
    expect(at.size).toBe(5000);
    expect(crowded(at.values())).toEqual([]);
  });

  it('lays out an empty map as nothing, and ignores a flow to a system not on the map', () => {
    expect(layeredLayout(mapBuilder().build()).size).toBe(0);
    const doc = mapBuilder().system('CRM').build();
    const stray = createFlow({ id: asFlowId('flow-stray'), sourceId: asSystemId('sys-1'), targetId: asSystemId('sys-gone') });
    expect([...layeredLayout({ ...doc, flows: { [stray.id]: stray } }).values()]).toEqual([{ x: 0, y: 0 }]);
  });

  it('uses the box size it is given', () => {
    const doc = chain(mapBuilder(), 'Website', 'CRM').build();
    const at = layOut(doc, { nodeWidth: 500, nodeHeight: 300 });
    expect(at.CRM!.x - at.Website!.x).toBeGreaterThanOrEqual(500 + ROOM);
  });
});
