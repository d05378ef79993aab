import {
  BOUNDARIES, HOSTING, SYSTEM_KINDS, SYSTEM_STATUSES,
  type Boundary, type Hosting, type SystemKind, type SystemStatus,
} from '../vocabulary';
import type { DateAnswer } from './dates';
import { checkFields, MAX_TEXT_LENGTH, withFieldDefaults, type FieldSpec, type Problem } from './fields';
import { isValidId, type SystemId } from './ids';

/** Where a system sits on the canvas, in canvas units. */
export interface Position {
  readonly x: number;
  readonly y: number;
}

/** A system: one node on the map. A choice left as `''` has not been filled in yet. */
export interface SystemRecord {
  readonly id: SystemId;
  readonly name: string;
  readonly kind: SystemKind | '';
  readonly vendor: string;
  readonly owner: string;
  readonly hosting: Hosting | '';
  readonly boundary: Boundary | '';
  readonly status: SystemStatus | '';
  /** Which data this system is the authoritative source (system of record) for. */
  readonly authoritativeFor: string;
  readonly lastReviewed: DateAnswer;
  readonly reviewedBy: string;
  readonly notes: string;
  readonly position: Position;
}

/** The fields a person fills in for a system, in the order the inspector shows them. */
export const SYSTEM_FIELDS: readonly FieldSpec[] = [
  { kind: 'text', key: 'name', label: 'Name', help: 'What people call the system, e.g. "Salesforce NPSP".', maxLength: 200 },
  { kind: 'choice', key: 'kind', label: 'Kind', help: 'What the system is for.', vocabulary: SYSTEM_KINDS },
  { kind: 'text', key: 'vendor', label: 'Vendor', help: 'Who makes or supplies it.', maxLength: 200 },
  { kind: 'text', key: 'owner', label: 'Owner', help: 'The named person responsible for it (a person, not a team mailbox).', maxLength: 200 },
  { kind: 'choice', key: 'hosting', label: 'Hosting', help: 'Where it runs.', vocabulary: HOSTING },
  { kind: 'choice', key: 'boundary', label: 'Boundary', help: "Whose side of your organisation's boundary it sits on.", vocabulary: BOUNDARIES },
  { kind: 'choice', key: 'status', label: 'Status', help: 'Whether it is still in use.', vocabulary: SYSTEM_STATUSES },
  { kind: 'text', key: 'authoritativeFor', label: 'Authoritative source for', help: 'Which data this system is the master copy of, e.g. "donor records, Gift Aid declarations".', maxLength: 1000 },
  { kind: 'date', key: 'lastReviewed', label: 'Last reviewed', help: 'When someone last checked this system and its connections.' },
  { kind: 'text', key: 'reviewedBy', label: 'Reviewed by', help: 'Who did that review.', maxLength: 200 },
  { kind: 'text', key: 'notes', label: 'Notes', help: 'Anything else worth knowing.', maxLength: MAX_TEXT_LENGTH, multiline: true },
];

/** A new system with every field blank except what the caller gives. */
export function createSystem(init: { id: SystemId; position: Position } & Partial<Omit<SystemRecord, 'id' | 'position'>>): SystemRecord {
  return {
    name: '', kind: '', vendor: '', owner: '', hosting: '', boundary: '', status: 'active',
    authoritativeFor: '', lastReviewed: '', reviewedBy: '', notes: '',
    ...init,
  };
}

/** Checks untrusted data is a valid system record; each problem names the field. */
export function validateSystem(value: unknown, path = ''): Problem[] {
  if (!isObject(value)) return [{ path: path.replace(/\.$/, '') || '(system)', message: 'A system must be an object' }];
  const problems: Problem[] = [];
  if (!isValidId(value.id)) problems.push({ path: `${path}id`, message: 'A system needs an id (letters, digits, - _ . :)' });
  problems.push(...checkFields(SYSTEM_FIELDS, value, path));
  if (!isPosition(value.position)) problems.push({ path: `${path}position`, message: 'Position must have finite x and y numbers' });
  return problems;
}

/**
 * Repairs a system from storage or an older file: fills fields it lacks with their defaults and
 * drops properties no field describes. Validate the result; restoring does not make bad values good.
 */
export function restoreSystem(value: Record<string, unknown>): Record<string, unknown> {
  return {
    id: value.id,
    ...withFieldDefaults(SYSTEM_FIELDS, value),
    position: isPosition(value.position) ? { x: value.position.x, y: value.position.y } : { x: 0, y: 0 },
  };
}

function isPosition(value: unknown): value is Position {
  return isObject(value) && Number.isFinite(value.x) && Number.isFinite(value.y);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
