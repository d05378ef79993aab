import {
  UNTREATED, type CustomRisk, type FindingId, type FlowId, type MapDocument, type RiskId, type SystemId,
  type TreatmentFields,
} from '../model';
import { OPEN_TREATMENT_STATUSES, type Impact, type Likelihood, type Severity } from '../vocabulary';
import { checkById } from './catalogue';
import type { Finding } from './check';
import { severityOf, severityRank, worseSeverity } from './severity';

/**
 * One row of the risk register: a finding with its treatment, or a risk the assessor added.
 * The app's risk panel and the workbook's Risk register sheet both list these.
 */
export interface RegisterEntry {
  /** The finding id (`checkId:elementId`) or the custom risk's id. */
  readonly id: FindingId | RiskId;
  /** The check that raised it, or `custom` for a risk the assessor added. */
  readonly checkId: string;
  readonly title: string;
  /** What exactly was found (findings) or the assessor's description (custom risks). */
  readonly detail: string;
  /** The element a finding is about, first; then any others a custom risk names. */
  readonly elementIds: ReadonlyArray<SystemId | FlowId>;
  readonly likelihood: Likelihood;
  readonly impact: Impact;
  readonly severity: Severity;
  readonly raisedBecause: readonly string[];
  readonly why: string;
  readonly whatToDo: string;
  readonly reference: string;
  /** The owner of a custom risk; for findings, the owner of the element (filled by the caller's view). */
  readonly owner: string;
  readonly treatment: TreatmentFields;
  /** Still needs action: its treatment is unchecked, in discussion or in progress. */
  readonly open: boolean;
}

/** The check id that marks a custom risk in the register. */
export const CUSTOM_RISK_CHECK_ID = 'custom';

export function isOpenTreatment(treatment: TreatmentFields): boolean {
  return OPEN_TREATMENT_STATUSES.includes(treatment.status);
}

/**
 * The register: every current finding with its treatment, then every custom risk. Treatments of
 * findings that no longer fire are not listed here (see `closedTreatments`).
 */
export function registerEntries(doc: MapDocument, findings: readonly Finding[]): RegisterEntry[] {
  const entries: RegisterEntry[] = findings.map((finding) => {
    const check = checkById(finding.checkId);
    const treatment = doc.treatments[finding.id] ?? UNTREATED;
    const element = finding.elementKind === 'flow' ? doc.flows[finding.elementId as FlowId] : doc.systems[finding.elementId as SystemId];
    return {
      id: finding.id,
      checkId: finding.checkId,
      title: check?.title ?? finding.checkId,
      detail: finding.detail,
      elementIds: [finding.elementId],
      likelihood: finding.likelihood,
      impact: finding.impact,
      severity: finding.severity,
      raisedBecause: finding.raisedBecause,
      why: check?.why ?? '',
      whatToDo: check?.whatToDo ?? '',
      reference: check?.reference ?? '',
      owner: element?.owner ?? '',
      treatment,
      open: isOpenTreatment(treatment),
    };
  });
  for (const risk of Object.values(doc.risks)) entries.push(customRiskEntry(risk));
  return entries;
}

export function customRiskEntry(risk: CustomRisk): RegisterEntry {
  const { status, justification, checkedBy, checkedOn, nextReview } = risk;
  const treatment = { status, justification, checkedBy, checkedOn, nextReview };
  return {
    id: risk.id,
    checkId: CUSTOM_RISK_CHECK_ID,
    title: risk.title || 'Untitled risk',
    detail: risk.description,
    elementIds: risk.relatedIds,
    likelihood: risk.likelihood,
    impact: risk.impact,
    severity: severityOf(risk.likelihood, risk.impact),
    raisedBecause: [],
    why: risk.description,
    whatToDo: '',
    reference: 'Added by the assessor',
    owner: risk.owner,
    treatment,
    open: isOpenTreatment(treatment),
  };
}

/** Most severe first; then by check, then by id, so the order never depends on map order. */
export function compareEntries(a: RegisterEntry, b: RegisterEntry): number {
  return severityRank(b.severity) - severityRank(a.severity)
    || (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0)
    || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** For each element, the severity of its most severe open finding: what its badge shows. */
export function worstOpenSeverityByElement(doc: MapDocument, findings: readonly Finding[]): Map<string, Severity> {
  const worst = new Map<string, Severity>();
  for (const finding of findings) {
    const treatment = doc.treatments[finding.id];
    if (treatment && !isOpenTreatment(treatment)) continue;
    worst.set(finding.elementId, worseSeverity(worst.get(finding.elementId), finding.severity));
  }
  return worst;
}

/** Treatments whose finding no longer fires: kept as the history of what was decided. */
export function closedTreatments(doc: MapDocument, findings: readonly Finding[]): Array<{ findingId: FindingId } & TreatmentFields> {
  const current = new Set<string>(findings.map((f) => f.id));
  return Object.values(doc.treatments).filter((t) => !current.has(t.findingId));
}
