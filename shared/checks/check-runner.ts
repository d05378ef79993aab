import {
  flowList, systemList, type FlowRecord, type IsoDate, type MapDocument, type SystemRecord,
} from '../model';
import { CHECKS } from './catalogue';
import type { Check, Finding, FlowView, MapHit } from './check';
import { buildContext, viewOf, type CheckContext } from './context';
import { FindingKinds, inspectFlow, inspectSystem, mapFindings, NO_FINDINGS, planOf, type Plan } from './run-checks';

/** Runs the checks over whole maps, again and again, re-inspecting only what changed. */
export interface CheckRunner {
  /**
   * Every finding for `doc` as of `today`, in map order (flows, then systems, then map-wide
   * checks). Read-only: the list is shared with the runner's memory, which saves copying it.
   */
  run(doc: MapDocument, today: IsoDate): readonly Finding[];
}

/**
 * A runner that remembers each element's findings. Records are immutable and a change makes new
 * objects only for what it touched, so an element whose record (and, for a flow, both systems)
 * and the settings and day are the same objects as last time has the same findings: one edit
 * re-inspects one element, and patches that element's findings into last run's list instead of
 * building a list of 100,000 findings again. Checks that compare elements with each other run in
 * full each time; a hit they return again as the same object keeps its finding. A change no
 * check reads (a treatment, a custom risk, a name) reuses the last findings.
 */
export function createCheckRunner(checks: readonly Check[] = CHECKS): CheckRunner {
  const plan = planOf(checks);
  let memory: Memory | undefined;
  let last: { doc: MapDocument; today: IsoDate; findings: readonly Finding[] } | undefined;
  return {
    run(doc, today) {
      // Every check reads only systems, flows, settings and the day: a change to treatments, custom
      // risks or the assessment's name leaves all of them as they were, so the findings are too.
      const { settings } = doc.assessment;
      if (last && last.doc.flows === doc.flows && last.doc.systems === doc.systems && last.doc.assessment.settings === settings && last.today === today) {
        return last.findings;
      }
      // Another day or other settings can change any finding: nothing remembered still holds.
      if (!memory || memory.settings !== settings || memory.today !== today) memory = emptyMemory(settings, today);
      const findings = runAgain(plan, doc, today, memory);
      last = { doc, today, findings };
      return findings;
    },
  };
}

/**
 * What a runner remembers from its last run, valid for one settings object and day. Elements are
 * remembered by position, since an edit replaces a record where it stands and the same object at
 * the same position costs one comparison; and by record, for elements that moved because an
 * earlier one was deleted.
 */
interface Memory {
  readonly settings: unknown;
  readonly today: IsoDate;
  /** The last document's systems: the same object means no system changed. */
  systemsSeen: MapDocument['systems'] | undefined;
  flows: FlowRecord[];
  flowEntries: RememberedFlow[];
  systems: SystemRecord[];
  systemFindings: (readonly Finding[])[];
  /** The last answer: every flow's findings, then every system's, then the map-wide checks'. */
  findings: readonly Finding[];
  /** How many of those are flows' and systems' findings. */
  elementCount: number;
  readonly flowsByRecord: WeakMap<FlowRecord, RememberedFlow>;
  readonly systemsByRecord: WeakMap<SystemRecord, readonly Finding[]>;
  readonly mapHits: WeakMap<MapHit, Finding>;
}

interface RememberedFlow {
  /** Undefined for a flow missing one of its systems: nothing to check, nothing to list. */
  readonly view: FlowView | undefined;
  readonly found: readonly Finding[];
}

function emptyMemory(settings: unknown, today: IsoDate): Memory {
  return {
    settings, today, systemsSeen: undefined, flows: [], flowEntries: [], systems: [], systemFindings: [], findings: [], elementCount: 0,
    flowsByRecord: new WeakMap(), systemsByRecord: new WeakMap(), mapHits: new WeakMap(),
  };
}

/** Replace `remove` findings at `at` in last run's list with `insert`. */
interface Patch {
  readonly at: number;
  readonly remove: number;
  readonly insert: readonly Finding[];
}

/** Past this many changed elements, building the list afresh is cheaper than patching it. */
const MOST_PATCHES = 200;

function runAgain(plan: Plan, doc: MapDocument, today: IsoDate, memory: Memory): Finding[] {
  const flows = flowList(doc);
  const systems = memory.systemsSeen === doc.systems ? memory.systems : systemList(doc);
  const flowEntries = memory.flowEntries.slice(0, flows.length);
  const context = buildContext(doc, today, { flows: () => viewsOf(flowEntries), systems });
  const kinds = new FindingKinds(plan, context);
  const patches: Patch[] = [];
  // The same systems object means no system changed, so a remembered flow's ends are still its ends.
  const systemsUnchanged = memory.systemsSeen === doc.systems;
  const ends = (entry: RememberedFlow | undefined, flow: FlowRecord) =>
    entry !== undefined && (systemsUnchanged || (entry.view !== undefined && entry.view.source === doc.systems[flow.sourceId] && entry.view.target === doc.systems[flow.targetId]));

  // `at` walks last run's list: where the findings of the element at each position began.
  let at = 0;
  for (let i = 0; i < Math.max(flows.length, memory.flows.length); i += 1) {
    const before = memory.flowEntries[i];
    const removed = before?.found.length ?? 0;
    const flow = flows[i];
    if (flow !== undefined && !(memory.flows[i] === flow && ends(before, flow))) {
      let entry = memory.flowsByRecord.get(flow);
      if (!ends(entry, flow)) {
        entry = rememberFlow(kinds, flow, doc);
        memory.flowsByRecord.set(flow, entry);
      }
      flowEntries[i] = entry!;
      if (entry!.found !== before?.found) patches.push({ at, remove: removed, insert: entry!.found });
    } else if (flow === undefined && removed > 0) {
      patches.push({ at, remove: removed, insert: NO_FINDINGS });
    }
    at += removed;
  }

  const systemFindings = memory.systemFindings.slice(0, systems.length);
  for (let i = 0; i < Math.max(systems.length, memory.systems.length); i += 1) {
    const before = memory.systemFindings[i];
    const removed = before?.length ?? 0;
    const system = systems[i];
    if (system !== undefined && memory.systems[i] !== system) {
      let found = memory.systemsByRecord.get(system);
      if (!found) {
        found = system.status === 'decommissioned' ? NO_FINDINGS : ownList((into) => inspectSystem(kinds, system, into));
        memory.systemsByRecord.set(system, found);
      }
      systemFindings[i] = found;
      if (found !== before) patches.push({ at, remove: removed, insert: found });
    } else if (system === undefined && removed > 0) {
      patches.push({ at, remove: removed, insert: NO_FINDINGS });
    }
    at += removed;
  }

  // One copy of last run's list, patched where elements changed: far cheaper than pushing 100,000
  // findings one by one. The map-wide checks' findings replace the old ones at the end.
  let findings: Finding[];
  if (patches.length > MOST_PATCHES) findings = [...flowEntries.flatMap((entry) => entry.found), ...systemFindings.flat()];
  else {
    findings = patched(memory.findings, patches);
    // Dropping the old map-wide findings keeps the list's room (V8 shrinks an array only by half or
    // more), so the new ones are pushed without copying 100,000 findings into a bigger array.
    findings.length -= memory.findings.length - memory.elementCount;
  }
  const elementCount = findings.length;
  for (const finding of mapFindings(kinds, memory.mapHits)) findings.push(finding);
  Object.assign(memory, { systemsSeen: doc.systems, flows, flowEntries, systems, systemFindings, findings, elementCount });
  return findings;
}

function rememberFlow(kinds: FindingKinds, flow: FlowRecord, doc: MapDocument): RememberedFlow {
  const source = doc.systems[flow.sourceId];
  const target = doc.systems[flow.targetId];
  if (!source || !target) return { view: undefined, found: NO_FINDINGS };
  const view = viewOf(flow, source, target);
  return { view, found: flow.status === 'decommissioned' ? NO_FINDINGS : ownList((into) => inspectFlow(kinds, view, into)) };
}

/** One element's findings as a list of their own; the shared empty list when there are none. */
function ownList(inspect: (into: Finding[]) => void): readonly Finding[] {
  const found: Finding[] = [];
  inspect(found);
  return found.length > 0 ? found : NO_FINDINGS;
}

/** Last run's findings with the patches applied, last first so earlier positions stay put. */
function patched(list: readonly Finding[], patches: readonly Patch[]): Finding[] {
  const result = list.slice();
  for (let p = patches.length - 1; p >= 0; p -= 1) {
    const { at, remove, insert } = patches[p]!;
    result.splice(at, remove, ...insert);
  }
  return result;
}

/** The views of the flows that have both their systems, in map order. */
function viewsOf(entries: readonly RememberedFlow[]): FlowView[] {
  const views: FlowView[] = [];
  for (const entry of entries) if (entry.view) views.push(entry.view);
  return views;
}
