import { restoreAssessment, validateAssessment, type Assessment } from './assessment';
import { restoreChangeRecord, validateChangeRecord, type ChangeRecord } from './change-record';
import { documentFrom, type MapDocument } from './document';
import type { Problem } from './fields';
import { restoreFlow, validateFlow, type FlowRecord } from './flow';
import { CURRENT_SCHEMA_VERSION, migrateDocument } from './migrations';
import { restoreRisk, validateRisk, type CustomRisk } from './risk';
import { isObject, restoreSystem, validateSystem, type SystemRecord } from './system';
import { restoreTreatment, validateTreatment, type Treatment } from './treatment';

/** Marks a JSON document as one of ours, so an unrelated JSON file gets a clear message. */
export const MAP_FORMAT = 'integration-mapper/map';

/** A whole assessment as plain JSON: what is exported, imported and handed to the command line. */
export interface SerializedMap {
  readonly format: typeof MAP_FORMAT;
  readonly schemaVersion: number;
  readonly assessment: Assessment;
  readonly systems: readonly SystemRecord[];
  readonly flows: readonly FlowRecord[];
  /** Treatments of findings, sorted by finding id. */
  readonly treatments: readonly Treatment[];
  readonly risks: readonly CustomRisk[];
  /** The change history, oldest first. Optional when read: a map without one has no history yet. */
  readonly history?: readonly ChangeRecord[];
}

/**
 * Writes a document in a stable form: records sorted by id, and each record's keys in the order
 * its restore function writes them, so the same map always gives the same bytes. `history` is
 * the assessment's change history, oldest first, as it was recorded (never re-sorted).
 */
export function serializeMap(doc: MapDocument, history: readonly ChangeRecord[] = []): SerializedMap {
  const byId = <R extends { id: string }>(a: R, b: R) => compare(a.id, b.id);
  return {
    format: MAP_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    assessment: restoreAssessment({ ...doc.assessment }) as unknown as Assessment,
    systems: Object.values(doc.systems).sort(byId).map((s) => restoreSystem({ ...s }) as unknown as SystemRecord),
    flows: Object.values(doc.flows).sort(byId).map((f) => restoreFlow({ ...f }) as unknown as FlowRecord),
    treatments: Object.values(doc.treatments).sort((a, b) => compare(a.findingId, b.findingId))
      .map((t) => restoreTreatment({ ...t }) as unknown as Treatment),
    risks: Object.values(doc.risks).sort(byId).map((r) => restoreRisk({ ...r }) as unknown as CustomRisk),
    history: history.map((record) => restoreChangeRecord({ ...record }) as unknown as ChangeRecord),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type ParseMapResult =
  | {
    readonly ok: true;
    readonly document: MapDocument;
    /** The map's change history, oldest first; empty when it has none. */
    readonly history: readonly ChangeRecord[];
    readonly migrationsApplied: readonly string[];
  }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * The one door for a map from outside the running app (a file, storage written by an older
 * version): checks the format, migrates, fills defaults, validates every record and every
 * reference, and reports every problem with where it is. Never throws on bad data.
 */
export function parseMap(raw: unknown): ParseMapResult {
  if (isObject(raw) && raw.format !== MAP_FORMAT) {
    return { ok: false, problems: [{ path: 'format', message: `This is not an Integration Mapper map (format should be "${MAP_FORMAT}")` }] };
  }
  const migrated = migrateDocument(raw);
  if (!migrated.ok) return migrated;
  const input = migrated.document;
  const problems: Problem[] = [];

  const assessment = isObject(input.assessment) ? restoreAssessment(input.assessment) : input.assessment;
  problems.push(...validateAssessment(assessment, 'assessment.'));
  const systems = recordList(input.systems, 'systems', restoreSystem, validateSystem, problems);
  const flows = recordList(input.flows, 'flows', restoreFlow, validateFlow, problems);
  const treatments = recordList(input.treatments, 'treatments', restoreTreatment, validateTreatment, problems);
  const risks = recordList(input.risks, 'risks', restoreRisk, validateRisk, problems);
  // A map without a history (storage rows, a file from a script) simply has none yet.
  const history = input.history === undefined ? [] : recordList(input.history, 'history', restoreChangeRecord, validateChangeRecord, problems);

  const systemIds = new Set(systems.map((s) => s.id));
  problems.push(
    ...duplicateIds(systems, 'systems'), ...duplicateIds(flows, 'flows'),
    ...duplicateIds(treatments.map((t) => ({ id: t.findingId as string })), 'treatments'), ...duplicateIds(risks, 'risks'),
  );
  flows.forEach((flow, i) => {
    if (!systemIds.has(flow.sourceId as string)) problems.push({ path: `flows[${i}].sourceId`, message: `Flow "${flow.name || flow.id}" starts at a system that is not in the map` });
    if (!systemIds.has(flow.targetId as string)) problems.push({ path: `flows[${i}].targetId`, message: `Flow "${flow.name || flow.id}" ends at a system that is not in the map` });
  });
  const elementIds = new Set<string>([...systemIds, ...flows.map((f) => f.id)]);
  risks.forEach((risk, i) => {
    const related = Array.isArray(risk.relatedIds) ? risk.relatedIds as unknown[] : [];
    related.forEach((id, j) => {
      if (!elementIds.has(id as string)) problems.push({ path: `risks[${i}].relatedIds[${j}]`, message: `Risk "${risk.title || risk.id}" refers to a system or flow that is not in the map` });
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    // Every record has just been validated, so these are the types they claim to be.
    document: documentFrom(assessment as Assessment, systems as unknown as SystemRecord[], flows as unknown as FlowRecord[], {
      treatments: treatments as unknown as Treatment[],
      risks: risks as unknown as CustomRisk[],
    }),
    history: history as unknown as ChangeRecord[],
    migrationsApplied: migrated.applied,
  };
}

function recordList(
  value: unknown,
  name: string,
  restore: (v: Record<string, unknown>) => Record<string, unknown>,
  validate: (v: unknown, path: string) => Problem[],
  problems: Problem[],
): Array<Record<string, unknown> & { id: string }> {
  if (!Array.isArray(value)) {
    problems.push({ path: name, message: `${name} must be a list` });
    return [];
  }
  // A non-object item is reported and left out, so later reference checks never read from it.
  return value.flatMap((item, i) => {
    if (!isObject(item)) {
      problems.push({ path: `${name}[${i}]`, message: `Item ${i + 1} of ${name} is not a record` });
      return [];
    }
    const restored = restore(item);
    problems.push(...validate(restored, `${name}[${i}].`));
    return [restored as Record<string, unknown> & { id: string }];
  });
}

function duplicateIds(records: ReadonlyArray<{ id: string }>, name: string): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  records.forEach((record, i) => {
    if (seen.has(record.id)) problems.push({ path: `${name}[${i}].id`, message: `The id "${record.id}" is used twice` });
    seen.add(record.id);
  });
  return problems;
}
