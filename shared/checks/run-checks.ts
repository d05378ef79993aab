import { flowList, systemList, type IsoDate, type MapDocument, type SystemRecord } from '../model';
import type { Severity } from '../vocabulary';
import { CHECKS } from './catalogue';
import { FIRES, type Check, type Finding, type FlowView, type MapHit, type Rating } from './check';
import { buildContext, viewOf, type CheckContext } from './context';
import { FlowFinding, MapFinding, SystemFinding, type FindingKind } from './finding';
import { raiseSeverity, severityOf, severityRank } from './severity';

/** Every finding for `doc` as of `today`. Pure: the same map and day always give the same findings. */
export function runChecks(doc: MapDocument, today: IsoDate, checks: readonly Check[] = CHECKS): Finding[] {
  const plan = planOf(checks);
  const views: FlowView[] = [];
  const systems = systemList(doc);
  const context = buildContext(doc, today, { flows: () => views, systems });
  const kinds = new FindingKinds(plan, context);
  const findings: Finding[] = [];
  for (const flow of flowList(doc)) {
    const source = doc.systems[flow.sourceId];
    const target = doc.systems[flow.targetId];
    if (!source || !target) continue;
    const view = viewOf(flow, source, target);
    views.push(view);
    if (flow.status !== 'decommissioned') inspectFlow(kinds, view, findings);
  }
  for (const system of systems) {
    if (system.status !== 'decommissioned') inspectSystem(kinds, system, findings);
  }
  for (const finding of mapFindings(kinds, undefined)) findings.push(finding);
  return findings;
}

/** A check with its severities worked out once: most hits take the check's own rating. */
interface PlannedCheck {
  readonly check: Check;
  /** Its place among the plan's checks, where `FindingKinds` keeps its kinds. */
  readonly index: number;
  readonly severity: Severity;
  /** A step higher, for an exposed flow; the same as `severity` when the check is not raised by exposure. */
  readonly raisedSeverity: Severity;
}

/** The checks sorted by what they inspect, ready to run. */
export interface Plan {
  readonly flowChecks: readonly PlannedCheck[];
  readonly systemChecks: readonly PlannedCheck[];
  readonly mapChecks: readonly PlannedCheck[];
  /** Every check, in catalogue order. */
  readonly checks: readonly Check[];
}

export function planOf(checks: readonly Check[]): Plan {
  const planned = (check: Check): PlannedCheck => {
    const severity = severityOf(check.likelihood, check.impact);
    return { check, index: checks.indexOf(check), severity, raisedSeverity: check.raisedByExposure ? raiseSeverity(severity) : severity };
  };
  return {
    checks,
    flowChecks: checks.filter((c) => c.inspectFlow).map(planned),
    systemChecks: checks.filter((c) => c.inspectSystem).map(planned),
    mapChecks: checks.filter((c) => c.inspectMap).map(planned),
  };
}

/** Severities a finding can have (low to critical), times raised or not: the kinds per check. */
const KINDS_PER_CHECK = 10;

/**
 * One run's finding kinds, each made when first needed: per check, one for each severity and
 * whether exposure raised it, shared by every finding of that kind (see `FindingKind`).
 */
export class FindingKinds {
  private readonly made: (FindingKind | undefined)[];

  constructor(readonly plan: Plan, readonly context: CheckContext) {
    this.made = new Array<FindingKind | undefined>(plan.checks.length * KINDS_PER_CHECK).fill(undefined);
  }

  /** The kind for a check's finding that rated `rating`, raised a step or not. */
  of(planned: PlannedCheck, rating: Rating, raised: boolean): FindingKind {
    const severity = severityFor(planned, rating, raised);
    const slot = planned.index * KINDS_PER_CHECK + severityRank(severity) * 2 + (raised ? 1 : 0);
    return (this.made[slot] ??= { check: planned.check, context: this.context, severity, raised });
  }
}

export const NO_FINDINGS: readonly Finding[] = [];

/** Every flow check over one flow, its findings added to `found`. */
export function inspectFlow(kinds: FindingKinds, view: FlowView, found: Finding[]): void {
  const { context } = kinds;
  const exposed = isExposed(view);
  for (const planned of kinds.plan.flowChecks) {
    const rating = planned.check.inspectFlow!(view, context);
    if (rating) found.push(new FlowFinding(kinds.of(planned, rating, exposed && planned.check.raisedByExposure), rating, view));
  }
}

/** Every system check over one system, its findings added to `found`. */
export function inspectSystem(kinds: FindingKinds, system: SystemRecord, found: Finding[]): void {
  for (const planned of kinds.plan.systemChecks) {
    const rating = planned.check.inspectSystem!(system, kinds.context);
    if (rating) found.push(new SystemFinding(kinds.of(planned, rating, false), rating, system));
  }
}

/**
 * The findings of the checks that compare elements. A hit a check returns again as the same
 * object (because nothing it depends on changed) keeps its finding from `remembered`.
 */
export function mapFindings(kinds: FindingKinds, remembered: WeakMap<MapHit, Finding> | undefined): Finding[] {
  const { context } = kinds;
  const findings: Finding[] = [];
  let viewById: Map<string, FlowView> | undefined;
  const viewOfHit = (hit: MapHit): FlowView | undefined => {
    if (hit.elementKind !== 'flow') return undefined;
    if (hit.view) return hit.view;
    viewById ??= new Map(context.flows.map((view) => [view.flow.id, view]));
    return viewById.get(hit.elementId);
  };
  for (const planned of kinds.plan.mapChecks) {
    for (const hit of planned.check.inspectMap!(context)) {
      let finding = remembered?.get(hit);
      if (!finding) {
        const view = planned.check.raisedByExposure ? viewOfHit(hit) : undefined;
        const raisedFor = view && isExposed(view) ? view : undefined;
        finding = new MapFinding(kinds.of(planned, hit, raisedFor !== undefined), hit, raisedFor);
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
