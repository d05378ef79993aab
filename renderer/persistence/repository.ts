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
  /** Stores a complete new document (a new or duplicated assessment). Fails if the id exists. */
  createDocument(doc: MapDocument): Promise<void>;
  /**
   * Writes one user action's change and sets the assessment's `updatedAt` to `at`.
   * Fails, writing nothing, when the assessment no longer exists.
   */
  applyChange(id: AssessmentId, change: DocumentChange, at: string): Promise<void>;
  /** Removes the assessment with all its systems and flows. */
  deleteAssessment(id: AssessmentId): Promise<void>;
}
