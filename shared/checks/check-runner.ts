import {
  flowList, replacedBetween, systemList, type FlowRecord, type IsoDate, type MapDocument, type SystemRecord,
} from '../model';
import { CHECKS } from './catalogue';
import type { Check, Finding, FlowView, MapHit } from './check';
import { buildContext, viewOf } from './context';
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
 * building a list of 100,000 findings again. When the app's commands made the new record maps
 * from the old by replacing records (`withReplaced`), the runner learns which without even
 * listing the map. Checks that compare elements with each other run in full each time; a hit
 * they return again as the same object keeps its finding. A change no check reads (a treatment,
 * a custom risk, a name) reuses the last findings.
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
  /** The last document's record maps: the same objects mean nothing in them changed. */
  flowsSeen: MapDocument['flows'] | undefined;
  systemsSeen: MapDocument['systems'] | undefined;
  flows: FlowRecord[];
  flowEntries: RememberedFlow[];
  /** Every flow's view, in map order; when some flow lacks a system, the views of those that have both. */
  views: FlowView[];
  systems: SystemRecord[];
  systemFindings: (readonly Finding[])[];
  /** Each id's position in `flows` and `systems`, made when first needed and kept while the ids stay. */
  flowPositions: Map<string, number> | undefined;
  systemPositions: Map<string, number> | undefined;
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
    settings, today, flowsSeen: undefined, systemsSeen: undefined, flows: [], flowEntries: [], views: [], systems: [], systemFindings: [],
    flowPositions: undefined, systemPositions: undefined, findings: [], elementCount: 0,
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
  const replacedFlows = memory.flowsSeen && replacedBetween(memory.flowsSeen, doc.flows);
  const replacedSystems = memory.systemsSeen && replacedBetween(memory.systemsSeen, doc.systems);
  const kinds = new FindingKinds(plan, buildContext(doc, today, { flows: () => memory.views, systems: systemsOf(doc, memory, replacedSystems) }));
  const patches = replacedFlows && replacedSystems
    ? patchReplaced(kinds, doc, memory, replacedFlows, replacedSystems)
    : patchByPosition(kinds, doc, memory);

  // One copy of last run's list, patched where elements changed: far cheaper than pushing 100,000
  // findings one by one. The map-wide checks' findings replace the old ones at the end.
  let findings: Finding[];
  if (patches.length > MOST_PATCHES) findings = [...memory.flowEntries.flatMap((entry) => entry.found), ...memory.systemFindings.flat()];
  else {
    findings = patched(memory.findings, patches);
    // Dropping the old map-wide findings keeps the list's room (V8 shrinks an array only by half or
    // more), so the new ones are pushed without copying 100,000 findings into a bigger array.
    findings.length -= memory.findings.length - memory.elementCount;
  }
  const elementCount = findings.length;
  for (const finding of mapFindings(kinds, memory.mapHits)) findings.push(finding);
  Object.assign(memory, { flowsSeen: doc.flows, systemsSeen: doc.systems, findings, elementCount });
  return findings;
}

/** The map's systems in order: last run's list, patched when systems were only replaced. */
function systemsOf(doc: MapDocument, memory: Memory, replaced: ReadonlySet<string> | undefined): SystemRecord[] {
  if (!replaced) return systemList(doc);
  if (replaced.size === 0) return memory.systems;
  const positions = (memory.systemPositions ??= positionsOf(memory.systems));
  const systems = memory.systems.slice();
  for (const id of replaced) systems[positions.get(id)!] = doc.systems[id as SystemRecord['id']]!;
  return systems;
}

/**
 * The patches after an edit that only replaced records: the replaced flows and the flows touching
 * replaced systems are inspected again, and so are the replaced systems. Nothing is listed.
 */
function patchReplaced(kinds: FindingKinds, doc: MapDocument, memory: Memory, replacedFlows: ReadonlySet<string>, replacedSystems: ReadonlySet<string>): Patch[] {
  const flowPositions = (memory.flowPositions ??= positionsOf(memory.flows));
  const changed = new Set<number>();
  for (const id of replacedFlows) changed.add(flowPositions.get(id)!);
  if (replacedSystems.size > 0) {
    memory.flowEntries.forEach(({ view }, i) => {
      if (!view || replacedSystems.has(view.source.id) || replacedSystems.has(view.target.id)) changed.add(i);
    });
  }

  const patches: Patch[] = [];
  const before = memory.flowEntries;
  const flows = memory.flows.slice();
  const flowEntries = before.slice();
  // Last run's views stand one for one with its flows when every flow had both systems: then the
  // changed flows' views are put in place, rather than all 20,000 listed again.
  let views = memory.views.length === flows.length ? memory.views.slice() : undefined;
  let at = 0;
  let counted = 0;
  for (const i of [...changed].sort((a, b) => a - b)) {
    while (counted < i) at += before[counted++]!.found.length;
    const flow = doc.flows[flows[i]!.id]!;
    const entry = entryOf(kinds, flow, doc, memory);
    flows[i] = flow;
    flowEntries[i] = entry;
    if (views && entry.view) views[i] = entry.view;
    else views = undefined;
    const found = before[i]!.found;
    if (entry.found !== found) patches.push({ at, remove: found.length, insert: entry.found });
  }
  Object.assign(memory, { flows, flowEntries, views: views ?? viewsOf(flowEntries) });

  if (replacedSystems.size > 0) {
    while (counted < before.length) at += before[counted++]!.found.length;
    patches.push(...patchSystems(kinds, memory, at));
  }
  return patches;
}

/**
 * The patches after any other edit: every position is compared with last run's, and an element
 * that is not the same object there (or a flow whose systems changed) is inspected again, unless
 * its record was inspected before (it moved up because an earlier one was deleted).
 */
function patchByPosition(kinds: FindingKinds, doc: MapDocument, memory: Memory): Patch[] {
  const flows = memory.flowsSeen === doc.flows ? memory.flows : flowList(doc);
  const flowEntries = memory.flowEntries.slice(0, flows.length);
  const patches: Patch[] = [];
  // The same systems object means no system changed, so a remembered flow's ends are still its ends.
  const systemsUnchanged = memory.systemsSeen === doc.systems;
  let at = 0;
  for (let i = 0; i < Math.max(flows.length, memory.flows.length); i += 1) {
    const before = memory.flowEntries[i];
    const removed = before?.found.length ?? 0;
    const flow = flows[i];
    if (flow !== undefined && !(memory.flows[i] === flow && before && (systemsUnchanged || endsAreCurrent(before, flow, doc)))) {
      const entry = entryOf(kinds, flow, doc, memory);
      flowEntries[i] = entry;
      if (entry.found !== before?.found) patches.push({ at, remove: removed, insert: entry.found });
    } else if (flow === undefined && removed > 0) {
      patches.push({ at, remove: removed, insert: NO_FINDINGS });
    }
    at += removed;
  }
  Object.assign(memory, { flows, flowEntries, views: viewsOf(flowEntries), flowPositions: flows === memory.flows ? memory.flowPositions : undefined });
  return [...patches, ...patchSystems(kinds, memory, at)];
}

/** The patches to systems' findings, which begin at `at` in last run's list. */
function patchSystems(kinds: FindingKinds, memory: Memory, at: number): Patch[] {
  const { systems } = kinds.context;
  if (systems === memory.systems) return [];
  const patches: Patch[] = [];
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
  const samePositions = systems.length === memory.systems.length && systems.every((system, i) => system.id === memory.systems[i]!.id);
  Object.assign(memory, { systems, systemFindings, systemPositions: samePositions ? memory.systemPositions : undefined });
  return patches;
}

/** A flow's findings: remembered for its record when its systems are still the same objects, else inspected now. */
function entryOf(kinds: FindingKinds, flow: FlowRecord, doc: MapDocument, memory: Memory): RememberedFlow {
  let entry = memory.flowsByRecord.get(flow);
  if (!entry || !endsAreCurrent(entry, flow, doc)) {
    entry = rememberFlow(kinds, flow, doc);
    memory.flowsByRecord.set(flow, entry);
  }
  return entry;
}

/** Whether a remembered flow's view still has the map's systems at both ends (none, for a flow missing one). */
function endsAreCurrent({ view }: RememberedFlow, flow: FlowRecord, doc: MapDocument): boolean {
  const source = doc.systems[flow.sourceId];
  const target = doc.systems[flow.targetId];
  return view === undefined ? !source || !target : view.source === source && view.target === target;
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

function positionsOf(records: ReadonlyArray<{ readonly id: string }>): Map<string, number> {
  return new Map(records.map((record, i) => [record.id, i]));
}
