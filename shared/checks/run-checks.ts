import {
  findingIdOf, flowList, systemList,
  type FlowId, type FlowRecord, type IsoDate, type MapDocument, type SystemId, type SystemRecord,
} from '../model';
import { BOUNDARIES, DATA_TYPES, labelOf } from '../vocabulary';
import { CHECKS } from './catalogue';
import type { Check, ElementKind, Finding, FlowView, Hit } from './check';
import { buildContext, viewOf } from './context';
import { raiseSeverity, severityOf } from './severity';

/** Runs the checks over whole maps, again and again, re-inspecting only what changed. */
export interface CheckRunner {
  /** Every finding for `doc` as of `today`, in map order (flows, then systems, then map-wide checks). */
  run(doc: MapDocument, today: IsoDate): Finding[];
}

/** Every finding for `doc` as of `today`. Pure: the same map and day always give the same findings. */
export function runChecks(doc: MapDocument, today: IsoDate, checks: readonly Check[] = CHECKS): Finding[] {
  return createCheckRunner(checks).run(doc, today);
}

/**
 * A runner that remembers each element's findings. Records are immutable and a change makes new
 * objects only for what it touched, so an element whose record (and, for a flow, both systems)
 * and the settings and day are the same objects as last time has the same findings: one edit
 * re-inspects one element. Checks that compare elements with each other run in full each time.
 */
export function createCheckRunner(checks: readonly Check[] = CHECKS): CheckRunner {
  const flowChecks = checks.filter((c) => c.inspectFlow);
  const systemChecks = checks.filter((c) => c.inspectSystem);
  const mapChecks = checks.filter((c) => c.inspectMap);
  const views = new WeakMap<FlowRecord, FlowView>();
  type Remembered = { readonly settings: unknown; readonly today: IsoDate; readonly findings: readonly Finding[] };
  const remembered = new WeakMap<FlowView | SystemRecord, Remembered>();

  const viewFor = (flow: FlowRecord, doc: MapDocument): FlowView | undefined => {
    const source = doc.systems[flow.sourceId];
    const target = doc.systems[flow.targetId];
    if (!source || !target) return undefined;
    const known = views.get(flow);
    if (known && known.source === source && known.target === target) return known;
    const view = viewOf(flow, source, target);
    views.set(flow, view);
    return view;
  };

  return {
    run(doc, today) {
      const flowViews = flowList(doc).flatMap((flow) => viewFor(flow, doc) ?? []);
      const context = buildContext(doc, today, flowViews);
      const { settings } = context;
      const recall = (key: FlowView | SystemRecord, inspect: () => Finding[]): readonly Finding[] => {
        const known = remembered.get(key);
        if (known && known.settings === settings && known.today === today) return known.findings;
        const findings = inspect();
        remembered.set(key, { settings, today, findings });
        return findings;
      };

      const findings: Finding[] = [];
      for (const view of flowViews) {
        if (view.flow.status === 'decommissioned') continue;
        const found = recall(view, () => flowChecks.flatMap((check) => {
          const hit = check.inspectFlow!(view, context);
          return hit ? [findingFrom(check, 'flow', view.flow.id, hit, view)] : [];
        }));
        for (const finding of found) findings.push(finding);
      }
      for (const system of systemList(doc)) {
        if (system.status === 'decommissioned') continue;
        const found = recall(system, () => systemChecks.flatMap((check) => {
          const hit = check.inspectSystem!(system, context);
          return hit ? [findingFrom(check, 'system', system.id, hit)] : [];
        }));
        for (const finding of found) findings.push(finding);
      }
      const viewById = new Map(flowViews.map((view) => [view.flow.id as string, view]));
      for (const check of mapChecks) {
        for (const hit of check.inspectMap!(context)) {
          findings.push(findingFrom(check, hit.elementKind, hit.elementId, hit, viewById.get(hit.elementId)));
        }
      }
      return findings;
    },
  };
}

/** Rates a hit: the check's likelihood and impact unless the hit says otherwise, raised for exposure. */
export function findingFrom(check: Check, elementKind: ElementKind, elementId: SystemId | FlowId, hit: Hit, view?: FlowView): Finding {
  const likelihood = hit.likelihood ?? check.likelihood;
  const impact = hit.impact ?? check.impact;
  const base = hit.severity ?? severityOf(likelihood, impact);
  const raisedBecause = check.raisedByExposure && view ? exposureOf(view) : [];
  return {
    id: findingIdOf(check.id, elementId),
    checkId: check.id,
    elementKind,
    elementId,
    detail: hit.detail,
    likelihood,
    impact,
    severity: raisedBecause.length > 0 ? raiseSeverity(base) : base,
    raisedBecause,
  };
}

/** Why a flow's findings weigh more, in words: where it goes outside, what sensitive data it carries. */
export function exposureOf(view: FlowView): string[] {
  const reasons: string[] = [];
  const outside = [view.source, view.target].find((s) => s.boundary === 'vendor' || s.boundary === 'partner' || s.boundary === 'former-partner');
  if (view.crossesBoundary && outside) {
    reasons.push(`it crosses the organisation's boundary (${outside.name || 'an unnamed system'} is ${labelOf(BOUNDARIES, outside.boundary).toLowerCase()})`);
  }
  if (view.sensitiveData.length > 0) {
    reasons.push(`it carries ${view.sensitiveData.map((type) => labelOf(DATA_TYPES, type).toLowerCase()).join(', ')}`);
  }
  return reasons;
}
