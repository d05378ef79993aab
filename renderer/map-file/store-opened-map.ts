import { copyFromFile, withNewRecordIds, type AssessmentId, type MapDocument, type MapWithHistory } from '../../shared/model';
import type { AppServices } from '../app/services';
import { whenEditsSaved } from '../open-assessment/pending-saves';
import { RecordIdConflictError, type AssessmentSummary } from '../persistence/repository';

/**
 * How a map read from a file is stored: as a new assessment (none with its id is stored), in
 * place of the stored assessment it is a version of, or beside it under new ids.
 */
export type StoreChoice = 'new' | 'replace' | 'keep-both';

/**
 * The stored assessment the opened map is a version of (same assessment id), if any. Waits for
 * an editor that has just closed to finish writing, so what is compared, and replaced, is current.
 */
export async function findStoredVersion(services: Pick<AppServices, 'repository'>, doc: MapDocument): Promise<AssessmentSummary | undefined> {
  await whenEditsSaved();
  const summaries = await services.repository.listAssessments();
  return summaries.find((summary) => summary.id === doc.assessment.id);
}

/**
 * Stores the opened map as chosen, with the history the file holds, in one transaction, and
 * returns the id to open. Should another assessment's records already use the file's record ids
 * (maps written by scripts often share ids such as `sys-crm`), it is stored under new record ids
 * instead, its history following them: ids are internal, so the user sees the same map.
 */
export async function storeOpenedMap(services: Pick<AppServices, 'repository' | 'newId'>, opened: MapWithHistory, choice: StoreChoice): Promise<AssessmentId> {
  const { repository } = services;
  const newId = () => services.newId();
  const toStore = choice === 'keep-both' ? copyFromFile(opened, newId) : opened;
  const write = ({ document, history }: MapWithHistory) => (choice === 'replace'
    ? repository.replaceDocument(document, history)
    : repository.createDocument(document, history));
  try {
    await write(toStore);
  } catch (error) {
    if (!(error instanceof RecordIdConflictError)) throw error;
    await write(withNewRecordIds(toStore, newId));
  }
  return toStore.document.assessment.id;
}
