import type { Assessment } from './assessment';
import type { MapDocument } from './document';
import type { FlowRecord } from './flow';
import type { FindingId, FlowId, RiskId, SystemId } from './ids';
import type { CustomRisk } from './risk';
import type { SystemRecord } from './system';
import type { Treatment } from './treatment';

/** What must be written to storage to turn one document into another. */
export interface DocumentChange {
  /** Present when the assessment's own fields changed. */
  readonly assessment?: Assessment;
  readonly putSystems: readonly SystemRecord[];
  readonly deleteSystemIds: readonly SystemId[];
  readonly putFlows: readonly FlowRecord[];
  readonly deleteFlowIds: readonly FlowId[];
  readonly putTreatments: readonly Treatment[];
  readonly deleteTreatmentIds: readonly FindingId[];
  readonly putRisks: readonly CustomRisk[];
  readonly deleteRiskIds: readonly RiskId[];
}

/** A change that writes nothing; spread it and fill in what changes. */
export const NO_CHANGE: DocumentChange = {
  putSystems: [], deleteSystemIds: [], putFlows: [], deleteFlowIds: [],
  putTreatments: [], deleteTreatmentIds: [], putRisks: [], deleteRiskIds: [],
};

/**
 * Compares two versions of a document by record identity. Commands never mutate records, so a
 * record that is not the same object has changed. Linear in the number of records.
 */
export function diffDocuments(before: MapDocument, after: MapDocument): DocumentChange {
  const systems = diffRecords(before.systems, after.systems);
  const flows = diffRecords(before.flows, after.flows);
  const treatments = diffRecords(before.treatments, after.treatments);
  const risks = diffRecords(before.risks, after.risks);
  return {
    ...(before.assessment !== after.assessment ? { assessment: after.assessment } : {}),
    putSystems: systems.put,
    deleteSystemIds: systems.deleted as SystemId[],
    putFlows: flows.put,
    deleteFlowIds: flows.deleted as FlowId[],
    putTreatments: treatments.put,
    deleteTreatmentIds: treatments.deleted as FindingId[],
    putRisks: risks.put,
    deleteRiskIds: risks.deleted as RiskId[],
  };
}

export function isEmptyChange(change: DocumentChange): boolean {
  return !change.assessment && change.putSystems.length === 0 && change.deleteSystemIds.length === 0
    && change.putFlows.length === 0 && change.deleteFlowIds.length === 0
    && change.putTreatments.length === 0 && change.deleteTreatmentIds.length === 0
    && change.putRisks.length === 0 && change.deleteRiskIds.length === 0;
}

function diffRecords<R>(before: Readonly<Record<string, R>>, after: Readonly<Record<string, R>>): { put: R[]; deleted: string[] } {
  if (before === after) return { put: [], deleted: [] };
  const put: R[] = [];
  const deleted: string[] = [];
  for (const id in after) if (before[id] !== after[id]) put.push(after[id]!);
  for (const id in before) if (!Object.hasOwn(after, id)) deleted.push(id);
  return { put, deleted };
}
