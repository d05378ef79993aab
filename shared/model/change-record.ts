import { isTimestamp } from './dates';
import type { DocumentChange } from './document-change';
import { describeChange, RECORD_KINDS, type DescribeOptions, type RecordChange, type RecordKind } from './document-diff';
import type { MapDocument } from './document';
import type { Problem } from './fields';
import { splitFindingId, type FindingId } from './ids';
import { isObject } from './system';

/**
 * The change history: one record per user action on an assessment (a command, an undo, a redo),
 * saying when, by whom, as which command, and every field it changed, old and new, in the words
 * the app shows. Records are only ever appended; they travel in the map file with the map.
 */

/** Whether a record is a command done, or an undo or redo of one. */
export type ChangeAction = 'do' | 'undo' | 'redo';
export const CHANGE_ACTIONS: readonly ChangeAction[] = ['do', 'undo', 'redo'];

/** What happened to the record a change is about: it was added, removed, or one of its fields changed. */
export type ChangeType = 'added' | 'removed' | 'changed';
export const CHANGE_TYPES: readonly ChangeType[] = ['added', 'removed', 'changed'];

/**
 * One field of one record, before and after, as a person reads it: labels, not stored codes;
 * blank is `''`. An added record lists each field it was given (before blank), a removed one each
 * field it had (after blank); one with no field filled in has a single change with `field` `''`.
 */
export interface RecordedChange {
  readonly kind: RecordKind;
  /** The record's id: a system, flow or risk id, the assessment's id, or a treatment's finding id. */
  readonly id: string;
  /** What a person called it at the time, e.g. a system's name or "Gift Aid to finance". */
  readonly name: string;
  readonly type: ChangeType;
  /** The field's key, e.g. `owner`; `position` for a system moved on the canvas. */
  readonly field: string;
  /** The field's label, e.g. "Owner". */
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

/** One user action on an assessment, as the history keeps it. */
export interface ChangeRecord {
  /** When it was stored, ISO 8601 in UTC. */
  readonly at: string;
  /** The assessor's name as set in the app when it was made; `''` when none had been given. */
  readonly by: string;
  readonly action: ChangeAction;
  /** The command's stable name, e.g. `updateFlow`; an undo or redo names the command it takes back or repeats. */
  readonly command: string;
  /** The command as the app words it, e.g. "Edit data flow". */
  readonly label: string;
  readonly changes: readonly RecordedChange[];
}

/** What the history shows for a record made without a name. */
export const UNKNOWN_AUTHOR = 'Unknown';

/** The longest name a record keeps as its author, as long as an Owner field may be. */
export const MAX_AUTHOR_LENGTH = 200;

/**
 * The field changes that turn `before` into `after`, where `change` is what storage writes for
 * that step (`diffDocuments(before, after)`). Only the records `change` lists are read, so the
 * cost is that of the edit, not of the map. Systems moved on the canvas count, as "Position".
 */
export function recordedChanges(before: MapDocument, after: MapDocument, change: DocumentChange, options: DescribeOptions = {}): RecordedChange[] {
  const described = describeChange(before, after, change, { ...options, includePosition: true });
  const changes: RecordedChange[] = [];
  const add = (type: ChangeType, records: readonly RecordChange[]) => {
    for (const { kind, id, name, fields } of records) {
      if (fields.length === 0) changes.push({ kind, id, name, type, field: '', label: '', before: '', after: '' });
      for (const field of fields) changes.push({ kind, id, name, type, field: field.key, label: field.label, before: field.before, after: field.after });
    }
  };
  add('changed', described.changed);
  add('added', described.added);
  add('removed', described.removed);
  return changes;
}

/**
 * The changes of a step that is still going on (typing in one field), after one more write:
 * the records `change` touched are described afresh against the step's start (`fresh`), and the
 * step's earlier changes to other records stand. A field typed back to how it was drops out.
 */
export function mergeRecordedChanges(previous: readonly RecordedChange[], fresh: readonly RecordedChange[], change: DocumentChange): RecordedChange[] {
  const touched = new Set<string>([
    ...(change.assessment ? [recordKey('assessment', change.assessment.id)] : []),
    ...change.putSystems.map((s) => recordKey('system', s.id)), ...change.deleteSystemIds.map((id) => recordKey('system', id)),
    ...change.putFlows.map((f) => recordKey('flow', f.id)), ...change.deleteFlowIds.map((id) => recordKey('flow', id)),
    ...change.putTreatments.map((t) => recordKey('treatment', t.findingId)), ...change.deleteTreatmentIds.map((id) => recordKey('treatment', id)),
    ...change.putRisks.map((r) => recordKey('risk', r.id)), ...change.deleteRiskIds.map((id) => recordKey('risk', id)),
  ]);
  return [...previous.filter((c) => !touched.has(recordKey(c.kind, c.id))), ...fresh];
}

function recordKey(kind: RecordKind, id: string): string {
  return `${kind}\u0000${id}`;
}

/** The ids of the systems, flows and other records a history record touches; a treatment counts as its element's too. */
export function elementIdsOf(record: ChangeRecord): Set<string> {
  const ids = new Set<string>();
  for (const change of record.changes) {
    ids.add(change.id);
    if (change.kind === 'treatment') ids.add(splitFindingId(change.id as FindingId).elementId);
  }
  return ids;
}

/** What a person narrows the history to; every part given must match. */
export interface HistoryFilter {
  /** Records touching any of these systems or flows (or their findings' treatments). */
  readonly elementIds?: readonly string[];
  /** Records touching a record whose name contains this text, case ignored. */
  readonly elementText?: string;
  /** Records made by a person whose name contains this, case ignored; {@link UNKNOWN_AUTHOR} finds those made without a name. */
  readonly by?: string;
  /** Records made at or after this moment (ISO 8601 in UTC). */
  readonly since?: string;
  /** Records made before this moment (ISO 8601 in UTC). */
  readonly until?: string;
}

/** Whether `record` is one the filter keeps. */
export function matchesHistoryFilter(record: ChangeRecord, filter: HistoryFilter): boolean {
  if (filter.since !== undefined && record.at < filter.since) return false;
  if (filter.until !== undefined && record.at >= filter.until) return false;
  const by = filter.by?.trim().toLowerCase();
  if (by && !authorOf(record).toLowerCase().includes(by)) return false;
  if (filter.elementIds !== undefined) {
    const ids = elementIdsOf(record);
    if (!filter.elementIds.some((id) => ids.has(id))) return false;
  }
  const text = filter.elementText?.trim().toLowerCase();
  if (text && !record.changes.some((change) => change.name.toLowerCase().includes(text))) return false;
  return true;
}

/** Who made a record, as the history shows it. */
export function authorOf(record: Pick<ChangeRecord, 'by'>): string {
  return record.by.trim() === '' ? UNKNOWN_AUTHOR : record.by;
}

/** What a record did, as the history shows it: "Edit data flow", "Undo Edit data flow", "Redo Delete". */
export function actionLabel(record: Pick<ChangeRecord, 'action' | 'label'>): string {
  return record.action === 'undo' ? `Undo ${record.label}` : record.action === 'redo' ? `Redo ${record.label}` : record.label;
}

const KIND_LABELS: Readonly<Record<RecordKind, string>> = {
  assessment: 'Assessment', system: 'System', flow: 'Integration', treatment: 'Treatment', risk: 'Risk',
};

/** The record a change is about, e.g. "Integration: Gift Aid to finance" (the workbook's word for a flow). */
export function elementLabel(change: Pick<RecordedChange, 'kind' | 'name'>): string {
  return `${KIND_LABELS[change.kind]}: ${change.name}`;
}

/**
 * A history whose records refer to elements by new ids: for a map stored under new ids (a copy
 * kept beside the file it came from), so each element's history follows it. Ids `newIds` does
 * not list stay as they were (an element deleted before the file was saved).
 */
export function historyWithNewIds(history: readonly ChangeRecord[], newIds: ReadonlyMap<string, string>): ChangeRecord[] {
  const renamed = (change: RecordedChange): string => {
    if (change.kind !== 'treatment') return newIds.get(change.id) ?? change.id;
    const { checkId, elementId } = splitFindingId(change.id as FindingId);
    const element = newIds.get(elementId);
    return element ? `${checkId}:${element}` : change.id;
  };
  return history.map((record) => ({ ...record, changes: record.changes.map((change) => ({ ...change, id: renamed(change) })) }));
}

// ---- Reading records from a file ----

/** A history record from a file, with its keys in the order the app writes them; unknown keys are dropped. */
export function restoreChangeRecord(value: Record<string, unknown>): Record<string, unknown> {
  return {
    at: value.at,
    by: value.by ?? '',
    action: value.action,
    command: value.command,
    label: value.label ?? '',
    changes: Array.isArray(value.changes) ? value.changes.map((change) => (isObject(change) ? restoreRecordedChange(change) : change)) : value.changes,
  };
}

function restoreRecordedChange(value: Record<string, unknown>): Record<string, unknown> {
  return {
    kind: value.kind, id: value.id, name: value.name ?? '', type: value.type, field: value.field ?? '', label: value.label ?? '',
    before: value.before ?? '', after: value.after ?? '',
  };
}

/** Checks a (restored) history record; each problem names the field, under `path`. */
export function validateChangeRecord(value: unknown, path = ''): Problem[] {
  if (!isObject(value)) return [{ path: path.replace(/\.$/, '') || '(record)', message: 'A history record must be an object' }];
  const problems: Problem[] = [];
  if (!isTimestamp(value.at)) problems.push({ path: `${path}at`, message: 'When must be an ISO timestamp in UTC' });
  if (typeof value.by !== 'string' || value.by.length > MAX_AUTHOR_LENGTH) problems.push({ path: `${path}by`, message: `Who must be text of up to ${MAX_AUTHOR_LENGTH} characters` });
  if (!CHANGE_ACTIONS.includes(value.action as ChangeAction)) problems.push({ path: `${path}action`, message: `Action must be one of ${CHANGE_ACTIONS.map((a) => `"${a}"`).join(', ')}` });
  if (typeof value.command !== 'string' || value.command === '') problems.push({ path: `${path}command`, message: 'Command must name the command' });
  if (typeof value.label !== 'string') problems.push({ path: `${path}label`, message: 'Label must be text' });
  if (!Array.isArray(value.changes)) {
    problems.push({ path: `${path}changes`, message: 'Changes must be a list' });
    return problems;
  }
  value.changes.forEach((change, i) => problems.push(...validateRecordedChange(change, `${path}changes[${i}].`)));
  return problems;
}

function validateRecordedChange(value: unknown, path: string): Problem[] {
  if (!isObject(value)) return [{ path: path.replace(/\.$/, ''), message: 'A change must be an object' }];
  const problems: Problem[] = [];
  if (!RECORD_KINDS.includes(value.kind as RecordKind)) problems.push({ path: `${path}kind`, message: `Kind must be one of ${RECORD_KINDS.map((k) => `"${k}"`).join(', ')}` });
  if (typeof value.id !== 'string' || value.id === '') problems.push({ path: `${path}id`, message: 'A change must name the id of the record it is about' });
  if (!CHANGE_TYPES.includes(value.type as ChangeType)) problems.push({ path: `${path}type`, message: `Type must be one of ${CHANGE_TYPES.map((t) => `"${t}"`).join(', ')}` });
  for (const key of ['name', 'field', 'label', 'before', 'after'] as const) {
    if (typeof value[key] !== 'string') problems.push({ path: `${path}${key}`, message: `${key[0]!.toUpperCase()}${key.slice(1)} must be text` });
  }
  return problems;
}
