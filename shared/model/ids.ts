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
export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_.:-]{1,100}$/.test(value);
}
