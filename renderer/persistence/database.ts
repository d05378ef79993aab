import Dexie, { type DexieOptions, type Table } from 'dexie';
import type {
  Assessment, AssessmentId, CustomRisk, FindingId, FlowId, FlowRecord, RiskId, SystemId, SystemRecord, Treatment,
} from '../../shared/model';

/** A system as stored: the record plus the assessment it belongs to, so one index finds a map's systems. */
export type StoredSystem = SystemRecord & { readonly assessmentId: AssessmentId };
/** A flow as stored: the record plus the assessment it belongs to. */
export type StoredFlow = FlowRecord & { readonly assessmentId: AssessmentId };
/** A treatment as stored; finding ids are unique only within one assessment. */
export type StoredTreatment = Treatment & { readonly assessmentId: AssessmentId };
export type StoredRisk = CustomRisk & { readonly assessmentId: AssessmentId };

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
  declare readonly treatments: Table<StoredTreatment, [AssessmentId, FindingId]>;
  declare readonly risks: Table<StoredRisk, RiskId>;

  constructor(name: string = DEFAULT_DATABASE_NAME, dependencies: IndexedDbDependencies = {}) {
    super(name, dependencies);
    // Never edit a shipped version: add version(2) with an upgrade() so existing users' data moves.
    this.version(1).stores({
      assessments: 'id, updatedAt',
      systems: 'id, assessmentId',
      flows: 'id, assessmentId',
    });
    // Version 2 (schema 2) adds the risk register. Existing rows need no rewrite: restore fills
    // the new assessment setting (leavers) and the new tables start empty.
    this.version(2).stores({
      treatments: '[assessmentId+findingId], assessmentId',
      risks: 'id, assessmentId',
    });
  }
}
