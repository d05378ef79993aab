import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, migrateDocument, MIGRATIONS, type Migration } from '../../../shared/model';

/** Test migrations that leave a trail, so the order they ran in is visible. */
const step = (from: number): Migration => ({
  from,
  description: `schema ${from} to ${from + 1}`,
  migrate: (doc) => ({ ...doc, trail: [...((doc.trail as string[] | undefined) ?? []), `ran ${from}`] }),
});

describe('migrating a stored or imported document', () => {
  it('refuses a document from a newer version of the app and tells the user to update', () => {
    const result = migrateDocument({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ path: 'schemaVersion', message: expect.stringMatching(/newer version.*Update the app/) }]);
  });

  it('refuses a document that does not say which schema version it is', () => {
    for (const schemaVersion of [undefined, 0, 1.5, '1', null]) {
      const result = migrateDocument({ schemaVersion });
      expect(result, String(schemaVersion)).toEqual({ ok: false, problems: [{ path: 'schemaVersion', message: expect.stringContaining('no valid schema version') }] });
    }
  });

  it('refuses something that is not a document at all', () => {
    for (const raw of [null, 'text', 42, []]) expect(migrateDocument(raw).ok, String(raw)).toBe(false);
  });

  it('passes a current document through untouched, applying nothing', () => {
    const doc = { schemaVersion: CURRENT_SCHEMA_VERSION, assessment: {} };
    expect(migrateDocument(doc)).toEqual({ ok: true, document: doc, applied: [] });
  });

  it('applies each migration in version order, whatever order they are listed in', () => {
    const result = migrateDocument({ schemaVersion: 1 }, [step(3), step(1), step(2)], 4);
    expect(result).toEqual({
      ok: true,
      document: { schemaVersion: 4, trail: ['ran 1', 'ran 2', 'ran 3'] },
      applied: ['schema 1 to 2', 'schema 2 to 3', 'schema 3 to 4'],
    });
  });

  it('starts from the version the document was written in', () => {
    const result = migrateDocument({ schemaVersion: 2 }, [step(1), step(2)], 3);
    expect(result).toMatchObject({ ok: true, document: { schemaVersion: 3, trail: ['ran 2'] }, applied: ['schema 2 to 3'] });
  });

  it('reports which step is missing instead of skipping it', () => {
    const result = migrateDocument({ schemaVersion: 1 }, [step(1), step(3)], 4);
    expect(result).toEqual({ ok: false, problems: [{ path: 'schemaVersion', message: 'No migration from schema 2 to 3' }] });
  });

  it('ships exactly one migration for every schema version before the current one', () => {
    const froms = MIGRATIONS.map((m) => m.from).sort((a, b) => a - b);
    expect(froms).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });
});

describe('the migration to schema 3', () => {
  it('gives a version 2 map an empty change history, and keeps everything else as it was', () => {
    const v2 = { format: 'integration-mapper/map', schemaVersion: 2, assessment: { id: 'a1' }, systems: [], flows: [], treatments: [], risks: [] };
    expect(migrateDocument(v2)).toEqual({
      ok: true,
      document: { ...v2, schemaVersion: 3, history: [] },
      applied: [expect.stringContaining('change history')],
    });
  });
});
