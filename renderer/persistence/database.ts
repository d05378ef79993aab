import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Assessment, AssessmentId, FlowId, FlowRecord, SystemId, SystemRecord } from '../../shared/model';

/** A system as stored: the record plus the assessment it belongs to, so one index finds a map's systems. */
export type StoredSystem = SystemRecord & { readonly assessmentId: AssessmentId };
/** A flow as stored: the record plus the assessment it belongs to. */
export type StoredFlow = FlowRecord & { readonly assessmentId: AssessmentId };

/** The database the app uses unless told otherwise. */
export const DEFAULT_DATABASE_NAME = 'integration-mapper';

/** Where IndexedDB comes from: the browser's by default, `fake-indexeddb` in tests. */
export type IndexedDbDependencies = Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>;

/**
 * The IndexedDB schema. Records are stored one row each (not one blob per map), so a small edit
 * writes a small transaction. Only the repository should use this class; the rest of the app
 * talks to `MapRepository`.
 */
export class MapDatabase extends Dexie {
  // `declare`, not a field: with useDefineForClassFields a field would reset the tables Dexie
  // attaches during `stores()`.
  declare readonly assessments: Table<Assessment, AssessmentId>;
  declare readonly systems: Table<StoredSystem, SystemId>;
  declare readonly flows: Table<StoredFlow, FlowId>;

  constructor(name: string = DEFAULT_DATABASE_NAME, dependencies: IndexedDbDependencies = {}) {
    super(name, dependencies);
    // Never edit a shipped version: add version(2) with an upgrade() so existing users' data moves.
    this.version(1).stores({
      assessments: 'id, updatedAt',
      systems: 'id, assessmentId',
      flows: 'id, assessmentId',
    });
  }
}
