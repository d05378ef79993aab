import { ASSESSMENT_FIELDS } from './assessment';
import { documentFrom, flowList, systemList, type MapDocument } from './document';
import { textField } from './fields';
import type { FlowRecord } from './flow';
import {
  asAssessmentId, asFlowId, asRiskId, asSystemId, findingIdOf, splitFindingId, type AssessmentId, type FlowId, type SystemId,
} from './ids';
import type { CustomRisk } from './risk';
import type { SystemRecord } from './system';
import type { Treatment } from './treatment';

/** What a copy's name ends with, e.g. "Acme review (copy)". */
export const COPY_SUFFIX = ' (copy)';

/**
 * A full, independent copy of an assessment: the assessment, every system and every flow get
 * new ids from `newId`, and each flow is re-pointed at the copies of its systems, so editing or
 * deleting the copy never touches the original. Treatments and custom risks come along,
 * re-keyed to the copied elements. The copy is named "<name> (copy)" and is
 * created and last changed at `now` (an ISO timestamp in UTC).
 *
 * A flow whose source or destination is not in the document (damaged data) is left out: a copy
 * pointing at systems it does not contain would be invalid.
 */
export function duplicateDocument(doc: MapDocument, newId: () => string, now: string): MapDocument {
  const copy = withNewIds(doc, newId);
  return {
    ...copy,
    assessment: { ...copy.assessment, name: nameWithSuffix(doc.assessment.name, COPY_SUFFIX), createdAt: now, updatedAt: now },
  };
}

/**
 * The same map under new ids: every system, flow and custom risk gets one from `newId`, flows
 * are re-pointed at their systems' new ids, treatments and risks follow the elements they are
 * about, and the assessment takes `assessmentId` (a new id by default). Names, contents and
 * timestamps stay as they are. Records are stored under their own ids, so this is how a map
 * is stored beside another that uses the same ids (a copy, or a file opened twice).
 *
 * A flow whose source or destination is not in the document (damaged data) is left out.
 */
export function withNewIds(doc: MapDocument, newId: () => string, assessmentId: AssessmentId = asAssessmentId(newId())): MapDocument {
  return withNewIdsListed(doc, newId, assessmentId).document;
}

/** {@link withNewIds}, and which new id each old one became (the assessment's, systems', flows' and risks'). */
export function withNewIdsListed(
  doc: MapDocument, newId: () => string, assessmentId: AssessmentId = asAssessmentId(newId()),
): { readonly document: MapDocument; readonly newIds: ReadonlyMap<string, string> } {
  const newSystemIds = new Map<SystemId, SystemId>();
  const systems: SystemRecord[] = systemList(doc).map((system) => {
    const id = asSystemId(newId());
    newSystemIds.set(system.id, id);
    return { ...system, id };
  });

  const newElementIds = new Map<string, SystemId | FlowId>(newSystemIds);
  const flows: FlowRecord[] = [];
  for (const flow of flowList(doc)) {
    const sourceId = newSystemIds.get(flow.sourceId);
    const targetId = newSystemIds.get(flow.targetId);
    if (!sourceId || !targetId) continue;
    const id = asFlowId(newId());
    newElementIds.set(flow.id, id);
    flows.push({ ...flow, id, sourceId, targetId });
  }

  // A treatment of a finding about an element that no longer exists is history of the
  // original; it has no element to follow into the copy.
  const treatments: Treatment[] = Object.values(doc.treatments).flatMap((treatment) => {
    const { checkId, elementId } = splitFindingId(treatment.findingId);
    const copiedElement = newElementIds.get(elementId);
    return copiedElement ? [{ ...treatment, findingId: findingIdOf(checkId, copiedElement) }] : [];
  });
  const newIds = new Map<string, string>(newElementIds);
  newIds.set(doc.assessment.id, assessmentId);
  const risks: CustomRisk[] = Object.values(doc.risks).map((risk) => {
    const id = asRiskId(newId());
    newIds.set(risk.id, id);
    return { ...risk, id, relatedIds: risk.relatedIds.flatMap((related) => newElementIds.get(related) ?? []) };
  });

  return { document: documentFrom({ ...doc.assessment, id: assessmentId }, systems, flows, { treatments, risks }), newIds };
}

/** `name` followed by `suffix`, shortened if need be so it stays within the name field's limit. */
export function nameWithSuffix(name: string, suffix: string): string {
  const limit = textField(ASSESSMENT_FIELDS, 'name').maxLength;
  return name.slice(0, limit - suffix.length) + suffix;
}
