import {
  asAssessmentId, createAssessment, diffDocuments, documentFrom, duplicateDocument, recordedChanges, type AssessmentId, type MapDocument,
} from '../../shared/model';
import type { AppServices } from '../app/services';
import { updateAssessment } from '../commands/map-commands';
import type { AssessmentSummary } from '../persistence/repository';

/**
 * What the home view can do to stored assessments. Each is one repository call (one
 * transaction), so a failure leaves storage as it was; callers show the error.
 */
export interface NewAssessmentDetails {
  readonly name: string;
  readonly organisation: string;
  readonly assessor: string;
}

export async function createNewAssessment(services: AppServices, details: NewAssessmentDetails): Promise<AssessmentId> {
  const name = details.name.trim();
  const assessment = createAssessment({
    id: asAssessmentId(services.newId()),
    now: services.now().toISOString(),
    // A blank name keeps the model's default ("Untitled assessment") rather than an empty one.
    ...(name ? { name } : {}),
    organisation: details.organisation.trim(),
    assessor: details.assessor.trim(),
  });
  await services.repository.createDocument(documentFrom(assessment, [], []));
  return assessment.id;
}

/** Renames through the same named command the editor uses, so both write the same change and history record. */
export async function renameAssessment(services: AppServices, summary: AssessmentSummary, name: string): Promise<void> {
  const doc = await loadExisting(services, summary);
  const renamed = updateAssessment.perform(doc, { changes: { name: name.trim() } });
  if (renamed === doc) return;
  const change = diffDocuments(doc, renamed);
  const at = services.now().toISOString();
  await services.repository.applyChange(summary.id, change, at, {
    record: {
      at, by: services.settings.getState().assessorName, action: 'do', command: updateAssessment.name, label: updateAssessment.label,
      changes: recordedChanges(doc, renamed, change),
    },
  });
}

export async function duplicateAssessment(services: AppServices, summary: AssessmentSummary): Promise<AssessmentId> {
  const doc = await loadExisting(services, summary);
  const copy = duplicateDocument(doc, () => services.newId(), services.now().toISOString());
  await services.repository.createDocument(copy);
  return copy.assessment.id;
}

export async function deleteAssessment(services: AppServices, summary: AssessmentSummary): Promise<void> {
  await services.repository.deleteAssessment(summary.id);
}

async function loadExisting(services: AppServices, summary: AssessmentSummary): Promise<MapDocument> {
  const doc = await services.repository.loadDocument(summary.id);
  if (!doc) throw new Error(`"${summary.name}" no longer exists; it may have been deleted in another window.`);
  return doc;
}
