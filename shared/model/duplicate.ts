import { ASSESSMENT_FIELDS } from './assessment';
import { documentFrom, flowList, systemList, type MapDocument } from './document';
import { textField } from './fields';
import type { FlowRecord } from './flow';
import { asAssessmentId, asFlowId, asSystemId, type SystemId } from './ids';
import type { SystemRecord } from './system';

/** What a copy's name ends with, e.g. "Acme review (copy)". */
export const COPY_SUFFIX = ' (copy)';

/**
 * A full, independent copy of an assessment: the assessment, every system and every flow get
 * new ids from `newId`, and each flow is re-pointed at the copies of its systems, so editing or
 * deleting the copy never touches the original. The copy is named "<name> (copy)" and is
 * created and last changed at `now` (an ISO timestamp in UTC).
 *
 * A flow whose source or destination is not in the document (damaged data) is left out: a copy
 * pointing at systems it does not contain would be invalid.
 */
export function duplicateDocument(doc: MapDocument, newId: () => string, now: string): MapDocument {
  const newSystemIds = new Map<SystemId, SystemId>();
  const systems: SystemRecord[] = systemList(doc).map((system) => {
    const id = asSystemId(newId());
    newSystemIds.set(system.id, id);
    return { ...system, id };
  });

  const flows: FlowRecord[] = [];
  for (const flow of flowList(doc)) {
    const sourceId = newSystemIds.get(flow.sourceId);
    const targetId = newSystemIds.get(flow.targetId);
    if (sourceId && targetId) flows.push({ ...flow, id: asFlowId(newId()), sourceId, targetId });
  }

  const assessment = {
    ...doc.assessment,
    id: asAssessmentId(newId()),
    name: copyName(doc.assessment.name),
    createdAt: now,
    updatedAt: now,
  };
  return documentFrom(assessment, systems, flows);
}

/** "<name> (copy)", shortened if need be so the copy's name stays within the field's limit. */
function copyName(name: string): string {
  const limit = textField(ASSESSMENT_FIELDS, 'name').maxLength;
  return name.slice(0, limit - COPY_SUFFIX.length) + COPY_SUFFIX;
}
