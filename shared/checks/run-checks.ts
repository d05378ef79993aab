import {
  flowList,
  type FlowId, type FlowRecord, type IsoDate, type MapDocument, type SystemId, type SystemRecord,
} from '../model';
import { CHECKS } from './catalogue';
import type { Check, ElementKind, Finding, FlowView, Hit, MapHit } from './check';
import { buildContext, viewOf, type CheckContext } from './context';
import { CheckFinding } from './finding';
import { raiseSeverity, severityOf } from './severity';

/** Runs the checks over whole maps, again and again, re-inspecting only what changed. */
export interface CheckRunner {
  /** Every finding for `doc` as of `today`, in map order (flows, then systems, then map-wide checks). */
  run(doc: MapDocument, today: IsoDate): Finding[];
}

/** Every finding for `doc` as of `today`. Pure: the same map and day always give the same findings. */
export function runChecks(doc: MapDocument, today: IsoDate, checks: readonly Check[] = CHECKS): Finding[] {
  // One run remembers nothing: keeping memos it would never read only slows the garbage collector.
  return runOnce(planOf(checks), doc, today, undefined);
}

/**
 * A runner that remembers each element's findings. Records are immutable and a change makes new
 * objects only for what it touched, so an element whose record (and, for a flow, both systems)
 * and the settings and day are the same objects as last time has the same findings: one edit
 * re-inspects one element. Checks that compare elements with each other run in full each time;
 * a hit they return again as the same object (because nothing it depends on changed) keeps its
 * finding. A change no check reads (a treatment, a custom risk, a name) reuses the last findings.
 */
export function createCheckRunner(checks: readonly Check[] = CHECKS): CheckRunner {
  const plan = planOf(checks);
  const memory: Memory = { flows: new WeakMap(), systems: new WeakMap(), mapHits: new WeakMap() };
  let last: { flows: unknown; systems: unknown; settings: unknown; today: IsoDate; findings: readonly Finding[] } | undefined;
  return {
    run(doc, today) {
      // Every check reads only systems, flows, settings and the day: a change to treatments, custom
      // risks or the assessment's name leaves all of them as they were, so the findings are too.
      const { settings } = doc.assessment;
      if (last && last.flows === doc.flows && last.systems === doc.systems && last.settings === settings && last.today === today) {
        return [...last.findings];
      }
      const findings = runOnce(plan, doc, today, memory);
      last = { flows: doc.flows, systems: doc.systems, settings, today, findings: [...findings] };
      return findings;
    },
  };
}

interface Plan {
  readonly flowChecks: readonly Check[];
  readonly systemChecks: readonly Check[];
  readonly mapChecks: readonly Check[];
}

function planOf(checks: readonly Check[]): Plan {
  return {
    flowChecks: checks.filter((c) => c.inspectFlow),
    systemChecks: checks.filter((c) => c.inspectSystem),
    mapChecks: checks.filter((c) => c.inspectMap),
  };
}

/** What a runner remembers between runs; each entry is valid for one settings object and day. */
interface Memory {
  readonly flows: WeakMap<FlowRecord, { readonly view: FlowView } & Remembered<readonly Finding[]>>;
  readonly systems: WeakMap<SystemRecord, Remembered<readonly Finding[]>>;
  readonly mapHits: WeakMap<MapHit, Remembered<Finding>>;
  /** The systems of the last run's document. */
  systemsSeen?: MapDocument['systems'];
}
interface Remembered<T> {
  readonly settings: unknown;
  readonly today: IsoDate;
  readonly found: T;
}

const NO_FINDINGS: readonly Finding[] = [];

function runOnce(plan: Plan, doc: MapDocument, today: IsoDate, memory: Memory | undefined): Finding[] {
  // Filled in the flow loop below; only map-wide checks read it, and they run after that loop.
  const views: FlowView[] = [];
  const context = buildContext(doc, today, views);
  const { settings } = context;
  const findings: Finding[] = [];
  const fresh = <T>(known: Remembered<T> | undefined): T | undefined =>
    (known && known.settings === settings && known.today === today ? known.found : undefined);
  // The same systems object means no system changed, so a remembered flow's ends are still its ends.
  const systemsUnchanged = memory !== undefined && memory.systemsSeen === doc.systems;

  for (const flow of flowList(doc)) {
    let known = memory?.flows.get(flow);
    if (known && !systemsUnchanged && (known.view.source !== doc.systems[flow.sourceId] || known.view.target !== doc.systems[flow.targetId])) {
      known = undefined;
    }
    let view = known?.view;
    if (!view) {
      const source = doc.systems[flow.sourceId];
      const target = doc.systems[flow.targetId];
      if (!source || !target) continue;
      view = viewOf(flow, source, target);
    }
    views.push(view);
    if (flow.status === 'decommissioned') continue;
    let found = fresh(known);
    if (!found) {
      found = inspectFlow(plan.flowChecks, view, context);
      memory?.flows.set(flow, { view, settings, today, found });
    }
    for (const finding of found) findings.push(finding);
  }
  if (memory) memory.systemsSeen = doc.systems;

  for (const system of context.systems) {
    if (system.status === 'decommissioned') continue;
    let found = fresh(memory?.systems.get(system));
    if (!found) {
      found = inspectSystem(plan.systemChecks, system, context);
      memory?.systems.set(system, { settings, today, found });
    }
    for (const finding of found) findings.push(finding);
  }

  let viewById: Map<string, FlowView> | undefined;
  const viewOfHit = (hit: MapHit): FlowView | undefined => {
    if (hit.elementKind !== 'flow') return undefined;
    if (hit.view) return hit.view;
    // A remembering runner already holds each flow's view; a single run indexes them once, if asked.
    const flow = doc.flows[hit.elementId as FlowId];
    const remembered = flow && memory?.flows.get(flow)?.view;
    if (remembered) return remembered;
    viewById ??= new Map(views.map((view) => [view.flow.id, view]));
    return viewById.get(hit.elementId);
  };
  for (const check of plan.mapChecks) {
    for (const hit of check.inspectMap!(context)) {
      let finding = fresh(memory?.mapHits.get(hit));
      if (!finding) {
        const view = check.raisedByExposure ? viewOfHit(hit) : undefined;
        finding = rate(check, hit.elementKind, hit.elementId, hit, view && isExposed(view) ? view : undefined);
        memory?.mapHits.set(hit, { settings, today, found: finding });
      }
      findings.push(finding);
    }
  }
  return findings;
}

function inspectFlow(checks: readonly Check[], view: FlowView, context: CheckContext): readonly Finding[] {
  let found: Finding[] | undefined;
  const exposed = isExposed(view);
  for (const check of checks) {
    const hit = check.inspectFlow!(view, context);
    if (hit) (found ??= []).push(rate(check, 'flow', view.flow.id, hit, exposed ? view : undefined));
  }
  return found ?? NO_FINDINGS;
}

function inspectSystem(checks: readonly Check[], system: SystemRecord, context: CheckContext): readonly Finding[] {
  let found: Finding[] | undefined;
  for (const check of checks) {
    const hit = check.inspectSystem!(system, context);
    if (hit) (found ??= []).push(rate(check, 'system', system.id, hit, undefined));
  }
  return found ?? NO_FINDINGS;
}

/** Rates a hit: the check's likelihood and impact unless the hit says otherwise, a step higher for an exposed flow. */
function rate(check: Check, elementKind: ElementKind, elementId: SystemId | FlowId, hit: Hit, exposedFlow: FlowView | undefined): Finding {
  const base = hit.severity ?? severityOf(hit.likelihood ?? check.likelihood, hit.impact ?? check.impact);
  const raisedFor = check.raisedByExposure ? exposedFlow : undefined;
  return new CheckFinding(check, elementKind, elementId, hit, raisedFor ? raiseSeverity(base) : base, raisedFor);
}

/** Whether a flow's findings weigh more: it crosses the organisation's boundary or carries sensitive data. */
function isExposed(view: FlowView): boolean {
  return view.crossesBoundary || view.sensitiveData.length > 0;
}
