import type { Assessment, AssessmentId, DocumentChange, MapDocument } from '../../shared/model';

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
   * Stores a complete new document (a new, duplicated or opened assessment). Fails, writing
   * nothing, if the assessment's id exists, or with a {@link RecordIdConflictError} if another
   * assessment's records use any of its ids.
   */
  createDocument(doc: MapDocument): Promise<void>;
  /**
   * Makes `doc` the whole of its assessment, as when a map file replaces the stored copy: every
   * stored system, flow, treatment and risk of that assessment not in `doc` is removed, and the
   * assessment is created if it is not stored. Fails, writing nothing, with a
   * {@link RecordIdConflictError} if another assessment's records use any of its ids.
   */
  replaceDocument(doc: MapDocument): Promise<void>;
  /**
   * Writes one user action's change and sets the assessment's `updatedAt` to `at`.
   * Fails, writing nothing, when the assessment no longer exists.
   */
  applyChange(id: AssessmentId, change: DocumentChange, at: string): Promise<void>;
  /** Removes the assessment with all its systems and flows. */
  deleteAssessment(id: AssessmentId): Promise<void>;
}

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
