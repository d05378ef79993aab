import {
  asAssessmentId, asFlowId, asSystemId, createAssessment, createFlow, createSystem, documentFrom,
  type MapDocument,
} from '../shared/model';
import { AUTHENTICATIONS, BOUNDARIES, DATA_TYPES, DIRECTIONS, SYSTEM_KINDS } from '../shared/vocabulary';

/** A small seeded random generator (mulberry32), so every run measures the same map. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A realistic-looking map of the given size: systems on a grid, flows mostly between
 * neighbours (as real maps cluster), every flow with a couple of data types filled in.
 */
export function generateMap(options: { systems: number; flows: number; seed?: number; id?: string }): MapDocument {
  const random = seededRandom(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const columns = Math.ceil(Math.sqrt(options.systems * 1.6));
  const systems = Array.from({ length: options.systems }, (_, i) => createSystem({
    id: asSystemId(`bench-sys-${i}`),
    name: `System ${i}`,
    kind: pick(SYSTEM_KINDS.terms).value,
    boundary: pick(BOUNDARIES.terms).value,
    owner: `Owner ${i % 37}`,
    position: { x: (i % columns) * 260, y: Math.floor(i / columns) * 160 },
  }));
  const flows = Array.from({ length: options.flows }, (_, i) => {
    const source = Math.floor(random() * options.systems);
    let target = (source + 1 + Math.floor(random() * Math.min(12, options.systems - 1))) % options.systems;
    if (target === source) target = (source + 1) % options.systems;
    return createFlow({
      id: asFlowId(`bench-flow-${i}`),
      sourceId: systems[source]!.id,
      targetId: systems[target]!.id,
      name: `Flow ${i}`,
      dataTypes: [pick(DATA_TYPES.terms).value, pick(DATA_TYPES.terms).value].filter((v, j, all) => all.indexOf(v) === j),
      direction: pick(DIRECTIONS.terms).value,
      authentication: pick(AUTHENTICATIONS.terms).value,
      owner: `Owner ${i % 53}`,
    });
  });
  const assessment = createAssessment({
    id: asAssessmentId(options.id ?? 'bench-assessment'),
    now: '2026-01-01T00:00:00.000Z',
    name: `Benchmark ${options.systems} systems`,
    organisation: 'Benchmark Trust',
  });
  return documentFrom(assessment, systems, flows);
}
