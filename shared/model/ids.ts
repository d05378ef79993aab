/**
 * Branded ids: a flow's `sourceId` cannot be given an assessment id by mistake.
 * Ids are opaque strings (UUIDs in the app); the host generates them, so `shared/` stays pure.
 */
export type AssessmentId = string & { readonly __brand: 'AssessmentId' };
export type SystemId = string & { readonly __brand: 'SystemId' };
export type FlowId = string & { readonly __brand: 'FlowId' };

export const asAssessmentId = (id: string): AssessmentId => id as AssessmentId;
export const asSystemId = (id: string): SystemId => id as SystemId;
export const asFlowId = (id: string): FlowId => id as FlowId;

/** Ids are non-empty, at most 100 characters, and printable without spaces. */
export const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,100}$/;

/** True for an id {@link ID_PATTERN} accepts. */
export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** A finding's stable identity: the check that raised it and the element it is about, `checkId:elementId`. */
export type FindingId = string & { readonly __brand: 'FindingId' };
/** A risk the assessor added to the register by hand. */
export type RiskId = string & { readonly __brand: 'RiskId' };

export const asRiskId = (id: string): RiskId => id as RiskId;

/** The id of the finding `checkId` raises about `elementId`; the same every time the checks run. */
export function findingIdOf(checkId: string, elementId: string): FindingId {
  return `${checkId}:${elementId}` as FindingId;
}

/** The check and element a finding id names. Check ids never contain `:`, element ids may. */
export function splitFindingId(id: FindingId): { checkId: string; elementId: string } {
  const colon = id.indexOf(':');
  return { checkId: id.slice(0, colon), elementId: id.slice(colon + 1) };
}
