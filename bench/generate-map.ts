import { seededRandom } from './seeded-random';
import {
  asAssessmentId, asFlowId, asSystemId, createAssessment, createFlow, createSystem, documentFrom,
  type MapDocument,
} from '../shared/model';
import {
  AUTHENTICATIONS, BOUNDARIES, CREDENTIAL_LOCATIONS, DATA_TYPES, DIRECTIONS, ENCRYPTION_STATES, FLOW_STATUSES,
  FREQUENCIES, MECHANISMS, MFA_STATES, PERMISSIONS, SYSTEM_KINDS, SYSTEM_STATUSES, type Vocabulary,
} from '../shared/vocabulary';

/**
 * A realistic-looking map of the given size: systems on a grid, flows mostly between
 * neighbours (as real maps cluster), and every field filled in the way a half-finished
 * inventory is: mostly answered, some blank, some "unknown", some accounts shared, review and
 * rotation dates spread over four years. So the checks find a realistic mix of problems.
 */
export function generateMap(options: { systems: number; flows: number; seed?: number; id?: string }): MapDocument {
  const random = seededRandom(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // A vocabulary answer, left blank about one time in eight.
  const answer = <V extends string>(vocabulary: Vocabulary<V>): V | '' => (random() < 0.125 ? '' : pick(vocabulary.terms).value);
  const date = (): '' | 'unknown' | `${number}-${number}-${number}` => {
    const roll = random();
    if (roll < 0.1) return '';
    if (roll < 0.15) return 'unknown';
    const day = new Date(Date.UTC(2022, 11, 1) + Math.floor(random() * 4 * 365) * 86_400_000);
    return day.toISOString().slice(0, 10) as `${number}-${number}-${number}`;
  };
  const columns = Math.ceil(Math.sqrt(options.systems * 1.6));
  const systems = Array.from({ length: options.systems }, (_, i) => createSystem({
    id: asSystemId(`bench-sys-${i}`),
    name: `System ${i}`,
    kind: pick(SYSTEM_KINDS.terms).value,
    boundary: pick(BOUNDARIES.terms).value,
    owner: `Owner ${i % 37}`,
    status: random() < 0.9 ? 'active' : pick(SYSTEM_STATUSES.terms).value,
    authoritativeFor: i % 9 === 0 ? `records of kind ${i % 5}` : '',
    lastReviewed: date(),
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
      purpose: random() < 0.7 ? `Keeps records ${i} in step` : '',
      direction: pick(DIRECTIONS.terms).value,
      frequency: answer(FREQUENCIES),
      mechanism: answer(MECHANISMS),
      authentication: pick(AUTHENTICATIONS.terms).value,
      account: random() < 0.8 ? `svc-account-${Math.floor(random() * options.flows * 0.7)}` : '',
      credentialLocation: answer(CREDENTIAL_LOCATIONS),
      credentialLastRotated: date(),
      permissions: answer(PERMISSIONS),
      mfa: answer(MFA_STATES),
      encryptedInTransit: answer(ENCRYPTION_STATES),
      owner: random() < 0.85 ? `Owner ${i % 53}` : '',
      lastReviewed: date(),
      status: random() < 0.85 ? 'active' : pick(FLOW_STATUSES.terms).value,
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
