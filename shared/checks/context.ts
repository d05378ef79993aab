import {
  flowList, isIsoDate, systemList,
  type AssessmentSettings, type FlowRecord, type IsoDate, type MapDocument, type SystemId, type SystemRecord,
} from '../model';
import type { Boundary, DataType } from '../vocabulary';
import type { FlowView } from './check';

/** Everything a check may read besides the element in front of it. Built once per run. */
export interface CheckContext {
  readonly doc: MapDocument;
  /** The day the checks are run for, so results are reproducible. */
  readonly today: IsoDate;
  readonly settings: AssessmentSettings;
  /** Every flow that has both its systems, with the common questions answered. */
  readonly flows: readonly FlowView[];
  readonly systems: readonly SystemRecord[];
  /** Whether `name` is someone the assessment lists as having left (case and spacing ignored). */
  isLeaver(name: string): boolean;
}

/** Boundaries outside the organisation: data sent there is in someone else's hands. */
export const OUTSIDE_BOUNDARIES: readonly Boundary[] = ['vendor', 'partner', 'former-partner'];

/** Data that makes a flow's exposure matter more: personal, payment, HR or financial. */
export const SENSITIVE_DATA_TYPES: readonly DataType[] = [
  'personal', 'special-category', 'financial', 'payment-card', 'donor-records', 'employee-hr',
];

/** Case, spacing and punctuation ignored, so "Jo  Smith" and "jo smith" are the same person. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}@.]+/gu, ' ').trim();
}

export function isOutside(system: SystemRecord): boolean {
  return system.boundary !== '' && OUTSIDE_BOUNDARIES.includes(system.boundary);
}

/** A flow with the questions most checks ask answered once. */
export function viewOf(flow: FlowRecord, source: SystemRecord, target: SystemRecord): FlowView {
  return {
    flow,
    source,
    target,
    crossesBoundary: isOutside(source) || isOutside(target),
    sensitiveData: flow.dataTypes.filter((type) => SENSITIVE_DATA_TYPES.includes(type)),
    active: flow.status === 'active' || flow.status === 'suspected-orphaned' || flow.status === '',
  };
}

export function buildContext(doc: MapDocument, today: IsoDate, views?: readonly FlowView[]): CheckContext {
  if (!isIsoDate(today)) throw new Error(`Checks need today's date as YYYY-MM-DD, not "${today}"`);
  const leavers = new Set(doc.assessment.settings.leavers.map(normaliseName).filter((name) => name !== ''));
  return {
    doc,
    today,
    settings: doc.assessment.settings,
    flows: views ?? flowViews(doc),
    systems: systemList(doc),
    isLeaver: (name) => leavers.size > 0 && leavers.has(normaliseName(name)),
  };
}

function flowViews(doc: MapDocument): FlowView[] {
  const views: FlowView[] = [];
  for (const flow of flowList(doc)) {
    const source = doc.systems[flow.sourceId as SystemId];
    const target = doc.systems[flow.targetId as SystemId];
    if (source && target) views.push(viewOf(flow, source, target));
  }
  return views;
}

/** How findings name a flow: its own name, or "Source → Destination" when it has none. */
export function flowName(view: Pick<FlowView, 'flow' | 'source' | 'target'>): string {
  return view.flow.name.trim() || `${systemName(view.source)} → ${systemName(view.target)}`;
}

export function systemName(system: SystemRecord): string {
  return system.name.trim() || 'Unnamed system';
}
