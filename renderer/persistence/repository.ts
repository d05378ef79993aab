import type { Assessment, AssessmentId, ChangeRecord, DocumentChange, HistoryFilter, MapDocument } from '../../shared/model';

/** What the home view lists for each stored assessment: its details and how much it holds. */
export type AssessmentSummary = Pick<Assessment, 'id' | 'name' | 'organisation' | 'assessor' | 'createdAt' | 'updatedAt'> & {
  readonly systemCount: number;
  readonly flowCount: number;
};

/**
 * Where assessments are kept. The store and the views talk only to this interface; the Dexie
 * implementation is the one the app uses. Every method that writes does so in one
 * transaction: it either all happens or none of it does.
 */
export interface MapRepository {
  /** All stored assessments, most recently changed first. */
  listAssessments(): Promise<AssessmentSummary[]>;
  /** The whole document, or undefined when no assessment has that id. */
  loadDocument(id: AssessmentId): Promise<MapDocument | undefined>;
  /**
   * Stores a complete new document (a new, duplicated or opened assessment) with the history it
   * brings (an opened map file's; none for a new one). Fails, writing nothing, if the
   * assessment's id exists, or with a {@link RecordIdConflictError} if another assessment's
   * records use any of its ids.
   */
  createDocument(doc: MapDocument, history?: readonly ChangeRecord[]): Promise<void>;
  /**
   * Makes `doc` the whole of its assessment, as when a map file replaces the stored copy: every
   * stored system, flow, treatment and risk of that assessment not in `doc` is removed, its
   * history becomes `history` (the file's), and the assessment is created if it is not stored.
   * Fails, writing nothing, with a {@link RecordIdConflictError} if another assessment's records
   * use any of its ids.
   */
  replaceDocument(doc: MapDocument, history?: readonly ChangeRecord[]): Promise<void>;
  /**
   * Writes one user action's change and its history record, and sets the assessment's
   * `updatedAt` to `at`, all in one transaction. Fails, writing nothing (neither the change nor
   * the record), when the assessment no longer exists or any write fails.
   */
  applyChange(id: AssessmentId, change: DocumentChange, at: string, history: HistoryWrite): Promise<void>;
  /** Removes the assessment with all its systems, flows, register records and history. */
  deleteAssessment(id: AssessmentId): Promise<void>;
  /**
   * The assessment's history, newest first, narrowed by `query.filter`: at most `query.limit`
   * records (all when no limit is given), and whether more match.
   */
  loadHistory(id: AssessmentId, query?: HistoryQuery): Promise<HistoryPage>;
  /** The app's own settings, kept on this computer across assessments. */
  loadSettings(): Promise<AppSettings>;
  saveSettings(settings: AppSettings): Promise<void>;
}

/**
 * The history record to store with a change. A record with a `step` belongs to a step still
 * going on (typing in one field): the step's latest record stands for it until a write with
 * another step, or none, appends it to the history, so a word typed letter by letter is one
 * record. The history itself is only ever appended to.
 */
export interface HistoryWrite {
  readonly record: ChangeRecord;
  readonly step?: string;
}

export interface HistoryQuery {
  readonly filter?: HistoryFilter;
  readonly limit?: number;
}

/** A history record as loaded: with a key that tells it apart from the others. */
export type LoadedChangeRecord = ChangeRecord & { readonly key: string };

export interface HistoryPage {
  /** Newest first. */
  readonly records: readonly LoadedChangeRecord[];
  /** Whether more records match than the limit let through. */
  readonly more: boolean;
}

/** The app's settings: not part of any assessment. */
export interface AppSettings {
  /** Who is using the app: recorded with every change. Blank until someone gives it. */
  readonly assessorName: string;
}

export const DEFAULT_APP_SETTINGS: AppSettings = { assessorName: '' };

/**
 * Records are stored under their own ids, across all assessments, so a map cannot be stored
 * while another assessment's records use its ids (a file made by a script that names its
 * systems `sys-crm`, opened beside another such map). Storing it under new ids works.
 */
export class RecordIdConflictError extends Error {
  constructor(readonly conflictingIds: readonly string[]) {
    super(`Another assessment on this computer already uses ${conflictingIds.length === 1 ? 'the id' : 'the ids'} `
      + `${conflictingIds.slice(0, 3).map((id) => `"${id}"`).join(', ')}${conflictingIds.length > 3 ? ' and others' : ''} for its records.`);
    this.name = 'RecordIdConflictError';
  }
}
