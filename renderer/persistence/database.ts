import Dexie, { type DexieOptions, type Table } from 'dexie';
import type {
  Assessment, AssessmentId, ChangeRecord, CustomRisk, FindingId, FlowId, FlowRecord, RiskId, SystemId, SystemRecord, Treatment,
} from '../../shared/model';

/** A system as stored: the record plus the assessment it belongs to, so one index finds a map's systems. */
export type StoredSystem = SystemRecord & { readonly assessmentId: AssessmentId };
/** A flow as stored: the record plus the assessment it belongs to. */
export type StoredFlow = FlowRecord & { readonly assessmentId: AssessmentId };
/** A treatment as stored; finding ids are unique only within one assessment. */
export type StoredTreatment = Treatment & { readonly assessmentId: AssessmentId };
export type StoredRisk = CustomRisk & { readonly assessmentId: AssessmentId };
/** A history record as stored: `seq` (given by IndexedDB, rising) is the order records were appended in. */
export type StoredChangeRecord = ChangeRecord & { readonly assessmentId: AssessmentId; readonly seq?: number };
/**
 * The record of a step still going on (typing in one field), one per assessment. Each write of
 * the step replaces it, in the write's own transaction; the write that begins another step
 * appends it to the history. So the history table is only ever appended to, and a step that is
 * cut short (the window closed mid-word) is still on record.
 */
export interface OpenStep {
  readonly assessmentId: AssessmentId;
  readonly step: string;
  readonly record: ChangeRecord;
}
/** One app setting, e.g. the assessor's name, stored under its key. */
export interface StoredSetting {
  readonly key: string;
  readonly value: unknown;
}
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
  declare readonly history: Table<StoredChangeRecord, number>;
  declare readonly openSteps: Table<OpenStep, AssessmentId>;
  declare readonly settings: Table<StoredSetting, string>;

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
    // Version 3 (schema 3) adds the change history, the step being typed, and the app's
    // settings. Existing rows need no rewrite; maps made before it start with no history.
    this.version(3).stores({
      history: '++seq, [assessmentId+seq]',
      openSteps: 'assessmentId',
      settings: 'key',
    });
  }
}
