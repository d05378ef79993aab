import { labelOf } from '../vocabulary';
import { ASSESSMENT_FIELDS, type Assessment } from './assessment';
import { diffDocuments, type DocumentChange } from './document-change';
import type { MapDocument } from './document';
import type { FieldSpec } from './fields';
import { FLOW_FIELDS, type FlowRecord } from './flow';
import { splitFindingId, type FindingId, type FlowId, type SystemId } from './ids';
import { RISK_FIELDS, type CustomRisk } from './risk';
import { SYSTEM_FIELDS, type SystemRecord } from './system';
import { TREATMENT_FIELDS, UNTREATED } from './treatment';

/**
 * What changed between two versions of one assessment, worded for the person who must approve
 * it (a re-imported workbook, say): records by name, fields by label, values as the app shows
 * them. `diffDocuments` in document-change.ts is the other comparison: what storage must write.
 */
export interface DocumentChanges {
  readonly added: readonly RecordChange[];
  readonly removed: readonly RecordChange[];
  readonly changed: readonly RecordChange[];
  /** How many records of each kind were added, removed and changed. */
  readonly counts: Readonly<Record<RecordKind, ChangeCounts>>;
  /** Nothing a person would notice changed. */
  readonly empty: boolean;
}

export type RecordKind = 'assessment' | 'system' | 'flow' | 'treatment' | 'risk';

/** The order kinds are listed in: the assessment, the map, then the register. */
export const RECORD_KINDS: readonly RecordKind[] = ['assessment', 'system', 'flow', 'treatment', 'risk'];

export interface ChangeCounts {
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
}

/**
 * One record added, removed or changed. `fields` lists what differs: every filled-in field of an
 * added record (before blank), every filled-in field of a removed one (after blank).
 */
export interface RecordChange {
  readonly kind: RecordKind;
  readonly id: string;
  /** What a person calls it: a system's name, a flow's name or ends, a finding's check and element. */
  readonly name: string;
  readonly fields: readonly FieldChange[];
}

/** One field's value before and after, as a person reads it: labels, not stored codes; blank is `''`. */
export interface FieldChange {
  readonly key: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

export interface DescribeOptions {
  /**
   * A check's title for naming a finding's treatment, e.g. "No named owner". The checks sit
   * above the model, so the caller supplies them; without it the check id is used.
   */
  readonly checkTitle?: (checkId: string) => string | undefined;
  /**
   * Counts a system moved on the canvas as a change of its "Position" field. Off by default: the
   * layout is not what a person approves in a re-import; the change history records it.
   */
  readonly includePosition?: boolean;
}

/**
 * Compares two versions of an assessment for display. A system's position is not a change (the
 * layout is not what a person approves) unless `options.includePosition` says so. A treatment
 * counts as changed, never added or removed: every finding has a treatment, "Unchecked" with
 * blank details until someone records one, so a new record reads as "Unchecked → Accepted".
 * Lists are sorted by kind ({@link RECORD_KINDS}), then name (case ignored, code-point order),
 * then id, so the same two documents always read the same.
 */
export function describeDocumentChanges(before: MapDocument, after: MapDocument, options: DescribeOptions = {}): DocumentChanges {
  return describeChange(before, after, diffDocuments(before, after), options);
}

/**
 * {@link describeDocumentChanges} for the records `change` lists (`change` being
 * `diffDocuments(before, after)`, or any change that turns `before` into `after`), without looking
 * at any other record: describing one keystroke's edit of a 20,000-flow map reads one flow.
 */
export function describeChange(before: MapDocument, after: MapDocument, change: DocumentChange, options: DescribeOptions = {}): DocumentChanges {
  const added: RecordChange[] = [];
  const removed: RecordChange[] = [];
  const changed: RecordChange[] = [];

  if (change.assessment) {
    const assessmentFields = compareAssessments(before.assessment, after.assessment);
    if (assessmentFields.length > 0) changed.push({ kind: 'assessment', id: after.assessment.id, name: after.assessment.name, fields: assessmentFields });
  }

  const compare = <R extends object>(
    kind: RecordKind,
    put: readonly R[],
    deleted: readonly string[],
    records: (doc: MapDocument) => Readonly<Record<string, R>>,
    fieldsOf: (doc: MapDocument) => readonly Field<R>[],
    nameOf: (doc: MapDocument, record: R) => string,
  ) => {
    if (put.length === 0 && deleted.length === 0) return;
    const [old, now] = [records(before), records(after)];
    const [oldFields, newFields] = [fieldsOf(before), fieldsOf(after)];
    for (const record of put) {
      const id = (record as { id: string }).id;
      const was = old[id];
      if (was === record) continue;
      const fields = compareFields(was && oldFields, was, newFields, record);
      if (was && fields.length === 0) continue;
      (was ? changed : added).push({ kind, id, name: nameOf(after, record), fields });
    }
    for (const id of deleted) {
      const was = old[id];
      if (!was || Object.hasOwn(now, id)) continue;
      removed.push({ kind, id, name: nameOf(before, was), fields: compareFields(oldFields, was, undefined, undefined) });
    }
  };
  const systemFields = systemFieldsOf(options.includePosition ?? false);
  compare('system', change.putSystems, change.deleteSystemIds, (doc) => doc.systems, () => systemFields, (_, system) => systemLabel(system));
  compare('flow', change.putFlows, change.deleteFlowIds, (doc) => doc.flows, flowFields, (doc, flow) => flowLabel(doc, flow));
  compare('risk', change.putRisks, change.deleteRiskIds, (doc) => doc.risks, riskFields, (_, risk) => risk.title.trim() || 'Untitled risk');

  // Treatments: a missing record is the untreated one, so both sides are always compared.
  const treatmentIds: FindingId[] = [...change.putTreatments.map((t) => t.findingId), ...change.deleteTreatmentIds];
  for (const id of treatmentIds) {
    const was = before.treatments[id];
    const now = after.treatments[id];
    if (was === now) continue;
    const fields = compareFields(TREATMENT_COMPARED, was ?? UNTREATED, TREATMENT_COMPARED, now ?? UNTREATED);
    if (fields.length > 0) changed.push({ kind: 'treatment', id, name: findingLabel(before, after, id, options), fields });
  }

  for (const list of [added, removed, changed]) list.sort(compareChanges);
  return { added, removed, changed, counts: countsOf(added, removed, changed), empty: added.length + removed.length + changed.length === 0 };
}

/** A field as compared and shown: its key, label and how to read its value. */
interface Field<R> {
  readonly key: string;
  readonly label: string;
  readonly show: (record: R) => string;
  /** Compares what is stored, for a field shown through another record: a flow's end, not its name. */
  readonly same?: (before: R, after: R) => boolean;
}

function fieldsFrom<R extends object>(specs: readonly FieldSpec[]): Field<R>[] {
  return specs.map((spec) => ({ key: spec.key, label: spec.label, show: (record: R) => shown(spec, (record as Record<string, unknown>)[spec.key]) }));
}

const SYSTEM_COMPARED = fieldsFrom<SystemRecord>(SYSTEM_FIELDS);
const TREATMENT_COMPARED = fieldsFrom<object>(TREATMENT_FIELDS);

/** Where a system sits, to the whole canvas unit: enough to tell a move apart, compared exactly. */
const POSITION_FIELD: Field<SystemRecord> = {
  key: 'position', label: 'Position',
  show: (system) => `${Math.round(system.position.x)}, ${Math.round(system.position.y)}`,
  same: (a, b) => a.position.x === b.position.x && a.position.y === b.position.y,
};
const SYSTEM_COMPARED_WITH_POSITION = [...SYSTEM_COMPARED, POSITION_FIELD];

function systemFieldsOf(includePosition: boolean): readonly Field<SystemRecord>[] {
  return includePosition ? SYSTEM_COMPARED_WITH_POSITION : SYSTEM_COMPARED;
}

/** A stored value as the app shows it. */
function shown(spec: FieldSpec, value: unknown): string {
  switch (spec.kind) {
    case 'text': return typeof value === 'string' ? value : '';
    case 'choice': return typeof value === 'string' ? labelOf(spec.vocabulary, value) : '';
    case 'choices': return Array.isArray(value) ? value.map((v) => labelOf(spec.vocabulary, String(v))).join('; ') : '';
    case 'date': return value === 'unknown' ? 'Unknown' : typeof value === 'string' ? value : '';
  }
}

/** A flow's ends by name, in the document the flow is read from, then its recorded fields. */
function flowFields(doc: MapDocument): Field<FlowRecord>[] {
  const end = (id: SystemId) => (doc.systems[id] ? systemLabel(doc.systems[id]) : id);
  return [
    // Renaming a system renames no flow's end: the ends are compared by id.
    { key: 'sourceId', label: 'Source', show: (flow) => end(flow.sourceId), same: (a, b) => a.sourceId === b.sourceId },
    { key: 'targetId', label: 'Destination', show: (flow) => end(flow.targetId), same: (a, b) => a.targetId === b.targetId },
    ...fieldsFrom<FlowRecord>(FLOW_FIELDS),
  ];
}

/** A risk's recorded fields, and the systems and flows it concerns by name. */
function riskFields(doc: MapDocument): Field<CustomRisk>[] {
  return [
    ...fieldsFrom<CustomRisk>(RISK_FIELDS),
    {
      key: 'relatedIds', label: 'Concerns',
      show: (risk) => risk.relatedIds.map((id) => elementLabel(doc, id)).join('; '),
      same: (a, b) => a.relatedIds.length === b.relatedIds.length && a.relatedIds.every((id, i) => b.relatedIds[i] === id),
    },
  ];
}

function compareAssessments(before: Assessment, after: Assessment): FieldChange[] {
  if (before === after) return [];
  const fields: Field<Assessment>[] = [
    { key: 'id', label: 'Assessment ID', show: (a) => a.id },
    ...fieldsFrom<Assessment>(ASSESSMENT_FIELDS),
    { key: 'reviewIntervalMonths', label: 'Review interval (months)', show: (a) => String(a.settings.reviewIntervalMonths) },
    { key: 'rotationIntervalDays', label: 'Rotation interval (days)', show: (a) => String(a.settings.rotationIntervalDays) },
    { key: 'leavers', label: 'People who have left', show: (a) => a.settings.leavers.join('; ') },
  ];
  return compareFields(fields, before, fields, after);
}

/** The fields whose shown values differ; a missing side shows as blank. */
function compareFields<R>(
  beforeFields: readonly Field<R>[] | undefined, before: R | undefined,
  afterFields: readonly Field<R>[] | undefined, after: R | undefined,
): FieldChange[] {
  const fields = afterFields ?? beforeFields ?? [];
  const changes: FieldChange[] = [];
  fields.forEach((field, i) => {
    const was = before === undefined ? '' : beforeFields![i]!.show(before);
    const now = after === undefined ? '' : field.show(after);
    const same = before !== undefined && after !== undefined && field.same ? field.same(before, after) : was === now;
    if (!same) changes.push({ key: field.key, label: field.label, before: was, after: now });
  });
  return changes;
}

// The checks' systemName and flowName, which the model cannot import (the checks import it).
function systemLabel(system: SystemRecord): string {
  return system.name.trim() || 'Unnamed system';
}

function flowLabel(doc: MapDocument, flow: FlowRecord): string {
  const end = (id: SystemId) => (doc.systems[id] ? systemLabel(doc.systems[id]) : id);
  return flow.name.trim() || `${end(flow.sourceId)} → ${end(flow.targetId)}`;
}

function elementLabel(doc: MapDocument, id: string): string {
  const system = doc.systems[id as SystemId];
  if (system) return systemLabel(system);
  const flow = doc.flows[id as FlowId];
  return flow ? flowLabel(doc, flow) : id;
}

/** "No named owner: Gift Aid to finance": the check, then the element as it is now (or was). */
function findingLabel(before: MapDocument, after: MapDocument, id: FindingId, options: DescribeOptions): string {
  const { checkId, elementId } = splitFindingId(id);
  const inAfter = after.systems[elementId as SystemId] ?? after.flows[elementId as FlowId];
  const element = elementLabel(inAfter ? after : before, elementId);
  return `${options.checkTitle?.(checkId) ?? checkId}: ${element}`;
}

function compareChanges(a: RecordChange, b: RecordChange): number {
  const [nameA, nameB] = [a.name.trim().toLowerCase(), b.name.trim().toLowerCase()];
  return RECORD_KINDS.indexOf(a.kind) - RECORD_KINDS.indexOf(b.kind)
    || (nameA < nameB ? -1 : nameA > nameB ? 1 : 0)
    || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function countsOf(added: readonly RecordChange[], removed: readonly RecordChange[], changed: readonly RecordChange[]): Record<RecordKind, ChangeCounts> {
  const count = (list: readonly RecordChange[], kind: RecordKind) => list.filter((change) => change.kind === kind).length;
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, { added: count(added, kind), removed: count(removed, kind), changed: count(changed, kind) }])) as Record<RecordKind, ChangeCounts>;
}
