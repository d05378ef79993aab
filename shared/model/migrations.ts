import type { Problem } from './fields';
import { isObject } from './system';

/**
 * The version of the stored and exported document format. Raise it, and add a migration below,
 * whenever a change to the records means older data needs rewriting to stay valid.
 */
export const CURRENT_SCHEMA_VERSION = 3;

/** Turns a raw document of version `from` into version `from + 1`. Pure; must not throw on odd data. */
export interface Migration {
  readonly from: number;
  readonly description: string;
  migrate(document: Record<string, unknown>): Record<string, unknown>;
}

/** Every migration ever written, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    description: 'Added the risk register: treatments of findings and custom risks (none yet)',
    migrate: (map) => ({ ...map, treatments: map.treatments ?? [], risks: map.risks ?? [] }),
  },
  {
    from: 2,
    description: 'Added the change history (empty: changes made before it were not recorded)',
    migrate: (map) => ({ ...map, history: map.history ?? [] }),
  },
];

export type MigrationResult =
  | { readonly ok: true; readonly document: Record<string, unknown>; readonly applied: readonly string[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Brings a raw document up to `targetVersion`, one step at a time. A document from a newer
 * version of the app is refused rather than guessed at, so nothing is silently lost.
 */
export function migrateDocument(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  targetVersion: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  if (!isObject(raw)) return fail('(document)', 'The file does not contain a map document (expected a JSON object)');
  const version = raw.schemaVersion;
  if (!Number.isInteger(version) || (version as number) < 1) {
    return fail('schemaVersion', 'The document has no valid schema version (expected a whole number from 1)');
  }
  if ((version as number) > targetVersion) {
    return fail('schemaVersion', `The document was written by a newer version of Integration Mapper (schema ${version}; this version reads up to ${targetVersion}). Update the app to open it.`);
  }
  let document = raw;
  const applied: string[] = [];
  for (let v = version as number; v < targetVersion; v += 1) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return fail('schemaVersion', `No migration from schema ${v} to ${v + 1}`);
    document = { ...step.migrate(document), schemaVersion: v + 1 };
    applied.push(step.description);
  }
  return { ok: true, document, applied };
}

function fail(path: string, message: string): MigrationResult {
  return { ok: false, problems: [{ path, message }] };
}
