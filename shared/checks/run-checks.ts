import { flowList, systemList, type IsoDate, type MapDocument, type SystemRecord } from '../model';
import type { Severity } from '../vocabulary';
import { CHECKS } from './catalogue';
import { FIRES, type Check, type Finding, type FlowView, type MapHit, type Rating } from './check';
import { buildContext, viewOf, type CheckContext } from './context';
import { FlowFinding, MapFinding, SystemFinding } from './finding';
import { raiseSeverity, severityOf } from './severity';

/** Every finding for `doc` as of `today`. Pure: the same map and day always give the same findings. */
export function runChecks(doc: MapDocument, today: IsoDate, checks: readonly Check[] = CHECKS): Finding[] {
  const plan = planOf(checks);
  const views: FlowView[] = [];
  const systems = systemList(doc);
  const context = buildContext(doc, today, { flows: () => views, systems });
  const findings: Finding[] = [];
  for (const flow of flowList(doc)) {
    const source = doc.systems[flow.sourceId];
    const target = doc.systems[flow.targetId];
    if (!source || !target) continue;
    const view = viewOf(flow, source, target);
    views.push(view);
    if (flow.status !== 'decommissioned') inspectFlow(plan, view, context, findings);
  }
  for (const system of systems) {
    if (system.status !== 'decommissioned') inspectSystem(plan, system, context, findings);
  }
  for (const finding of mapFindings(plan, context, undefined)) findings.push(finding);
  return findings;
}

/** A check with its severities worked out once: most hits take the check's own rating. */
interface PlannedCheck {
  readonly check: Check;
  readonly severity: Severity;
  /** A step higher, for an exposed flow; the same as `severity` when the check is not raised by exposure. */
  readonly raisedSeverity: Severity;
}

/** The checks sorted by what they inspect, ready to run. */
export interface Plan {
  readonly flowChecks: readonly PlannedCheck[];
  readonly systemChecks: readonly PlannedCheck[];
  readonly mapChecks: readonly Check[];
}

export function planOf(checks: readonly Check[]): Plan {
  const planned = (check: Check): PlannedCheck => {
    const severity = severityOf(check.likelihood, check.impact);
    return { check, severity, raisedSeverity: check.raisedByExposure ? raiseSeverity(severity) : severity };
  };
  return {
    flowChecks: checks.filter((c) => c.inspectFlow).map(planned),
    systemChecks: checks.filter((c) => c.inspectSystem).map(planned),
    mapChecks: checks.filter((c) => c.inspectMap),
  };
}

export const NO_FINDINGS: readonly Finding[] = [];

/** Every flow check over one flow, its findings added to `found`. */
export function inspectFlow(plan: Plan, view: FlowView, context: CheckContext, found: Finding[]): void {
  const exposed = isExposed(view);
  for (const planned of plan.flowChecks) {
    const rating = planned.check.inspectFlow!(view, context);
    if (rating) {
      const raised = exposed && planned.check.raisedByExposure;
      found.push(new FlowFinding(planned.check, view, context, rating, severityFor(planned, rating, raised), raised));
    }
  }
}

/** Every system check over one system, its findings added to `found`. */
export function inspectSystem(plan: Plan, system: SystemRecord, context: CheckContext, found: Finding[]): void {
  for (const planned of plan.systemChecks) {
    const rating = planned.check.inspectSystem!(system, context);
    if (rating) found.push(new SystemFinding(planned.check, system, context, rating, severityFor(planned, rating, false)));
  }
}

/**
 * The findings of the checks that compare elements. A hit a check returns again as the same
 * object (because nothing it depends on changed) keeps its finding from `remembered`.
 */
export function mapFindings(plan: Plan, context: CheckContext, remembered: WeakMap<MapHit, Finding> | undefined): Finding[] {
  const findings: Finding[] = [];
  let viewById: Map<string, FlowView> | undefined;
  const viewOfHit = (hit: MapHit): FlowView | undefined => {
    if (hit.elementKind !== 'flow') return undefined;
    if (hit.view) return hit.view;
    viewById ??= new Map(context.flows.map((view) => [view.flow.id, view]));
    return viewById.get(hit.elementId);
  };
  for (const check of plan.mapChecks) {
    for (const hit of check.inspectMap!(context)) {
      let finding = remembered?.get(hit);
      if (!finding) {
        const view = check.raisedByExposure ? viewOfHit(hit) : undefined;
        const raisedFor = view && isExposed(view) ? view : undefined;
        const base = hit.severity ?? severityOf(hit.likelihood ?? check.likelihood, hit.impact ?? check.impact);
        finding = new MapFinding(check, hit, raisedFor ? raiseSeverity(base) : base, raisedFor);
        remembered?.set(hit, finding);
      }
      findings.push(finding);
    }
  }
  return findings;
}

/** The check's likelihood and impact unless the rating says otherwise, a step higher for an exposed flow. */
function severityFor({ check, severity, raisedSeverity }: PlannedCheck, rating: Rating, raised: boolean): Severity {
  if (rating === FIRES) return raised ? raisedSeverity : severity;
  const base = rating.severity ?? severityOf(rating.likelihood ?? check.likelihood, rating.impact ?? check.impact);
  return raised ? raiseSeverity(base) : base;
}

/** Whether a flow's findings weigh more: it crosses the organisation's boundary or carries sensitive data. */
function isExposed(view: FlowView): boolean {
  return view.crossesBoundary || view.sensitiveData.length > 0;
}
