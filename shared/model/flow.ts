import {
  AUTHENTICATIONS, CREDENTIAL_LOCATIONS, DATA_TYPES, DIRECTIONS, DISCOVERY_SOURCES, ENCRYPTION_STATES,
  FLOW_STATUSES, FREQUENCIES, MECHANISMS, MFA_STATES, PERMISSIONS,
  type Authentication, type CredentialLocation, type DataType, type Direction, type DiscoverySource,
  type EncryptionState, type FlowStatus, type Frequency, type Mechanism, type MfaState, type Permission,
} from '../vocabulary';
import type { DateAnswer } from './dates';
import { checkFields, MAX_TEXT_LENGTH, withFieldDefaults, type FieldSpec, type Problem } from './fields';
import { isValidId, type FlowId, type SystemId } from './ids';
import { isObject } from './system';

/** A data flow (integration): one edge on the map, from `sourceId` to `targetId`. */
export interface FlowRecord {
  readonly id: FlowId;
  readonly sourceId: SystemId;
  readonly targetId: SystemId;
  readonly name: string;
  readonly purpose: string;
  readonly dataTypes: readonly DataType[];
  readonly direction: Direction | '';
  readonly frequency: Frequency | '';
  readonly mechanism: Mechanism | '';
  readonly authentication: Authentication | '';
  /** The account, app registration or key the integration uses; the same value on two flows means a shared credential. */
  readonly account: string;
  readonly credentialLocation: CredentialLocation | '';
  /** The exact place, in the assessor's words, e.g. "Shared spreadsheet on SharePoint". */
  readonly credentialLocationDetail: string;
  readonly credentialLastRotated: DateAnswer;
  readonly permissions: Permission | '';
  readonly mfa: MfaState | '';
  readonly encryptedInTransit: EncryptionState | '';
  readonly owner: string;
  readonly lastReviewed: DateAnswer;
  readonly reviewedBy: string;
  readonly status: FlowStatus | '';
  readonly discoveredVia: readonly DiscoverySource[];
  readonly notes: string;
}

/** The fields a person fills in for a flow, in the order the inspector shows them. */
export const FLOW_FIELDS: readonly FieldSpec[] = [
  { kind: 'text', key: 'name', label: 'Name', help: 'A short name, e.g. "Donations to Xero".', maxLength: 200 },
  { kind: 'text', key: 'purpose', label: 'Purpose', help: 'The business reason it exists, e.g. "Gift Aid claims to finance".', maxLength: 2000, multiline: true },
  { kind: 'choices', key: 'dataTypes', label: 'Data transferred', help: 'Every kind of data the flow carries.', vocabulary: DATA_TYPES },
  { kind: 'choice', key: 'direction', label: 'Direction', help: 'Which way data moves.', vocabulary: DIRECTIONS },
  { kind: 'choice', key: 'frequency', label: 'Frequency', help: 'How often data moves.', vocabulary: FREQUENCIES },
  { kind: 'choice', key: 'mechanism', label: 'Mechanism', help: 'How data moves.', vocabulary: MECHANISMS },
  { kind: 'choice', key: 'authentication', label: 'Authentication', help: 'How the integration signs in.', vocabulary: AUTHENTICATIONS },
  { kind: 'text', key: 'account', label: 'Account / credential', help: 'The account, app or key it signs in with, e.g. "svc-crm-sync".', maxLength: 200 },
  { kind: 'choice', key: 'credentialLocation', label: 'Credential stored in', help: 'Where its password, key or token is kept.', vocabulary: CREDENTIAL_LOCATIONS },
  { kind: 'text', key: 'credentialLocationDetail', label: 'Credential location detail', help: 'Exactly where, in your own words.', maxLength: 1000 },
  { kind: 'date', key: 'credentialLastRotated', label: 'Credential last rotated', help: 'When the secret was last changed.' },
  { kind: 'choice', key: 'permissions', label: 'Permissions', help: 'What the account may do.', vocabulary: PERMISSIONS },
  { kind: 'choice', key: 'mfa', label: 'MFA on the account', help: 'Whether a second factor protects the account.', vocabulary: MFA_STATES },
  { kind: 'choice', key: 'encryptedInTransit', label: 'Encrypted in transit', help: 'Whether data is encrypted while it travels.', vocabulary: ENCRYPTION_STATES },
  { kind: 'text', key: 'owner', label: 'Owner', help: 'The named person responsible (a person, not a team mailbox).', maxLength: 200 },
  { kind: 'date', key: 'lastReviewed', label: 'Last reviewed', help: 'When someone last checked this flow is needed and safe.' },
  { kind: 'text', key: 'reviewedBy', label: 'Reviewed by', help: 'Who did that review.', maxLength: 200 },
  { kind: 'choice', key: 'status', label: 'Status', help: 'Whether the flow is still running.', vocabulary: FLOW_STATUSES },
  { kind: 'choices', key: 'discoveredVia', label: 'Discovered via', help: 'Where you found out about it.', vocabulary: DISCOVERY_SOURCES },
  { kind: 'text', key: 'notes', label: 'Notes', help: 'Anything else worth knowing.', maxLength: MAX_TEXT_LENGTH, multiline: true },
];

/** A new flow between two systems, every field blank except what the caller gives. */
export function createFlow(init: { id: FlowId; sourceId: SystemId; targetId: SystemId } & Partial<Omit<FlowRecord, 'id' | 'sourceId' | 'targetId'>>): FlowRecord {
  return {
    name: '', purpose: '', dataTypes: [], direction: '', frequency: '', mechanism: '', authentication: '',
    account: '', credentialLocation: '', credentialLocationDetail: '', credentialLastRotated: '',
    permissions: '', mfa: '', encryptedInTransit: '', owner: '', lastReviewed: '', reviewedBy: '',
    status: 'active', discoveredVia: [], notes: '',
    ...init,
  };
}

/** Checks untrusted data is a valid flow record; each problem names the field. */
export function validateFlow(value: unknown, path = ''): Problem[] {
  if (!isObject(value)) return [{ path: path.replace(/\.$/, '') || '(flow)', message: 'A flow must be an object' }];
  const problems: Problem[] = [];
  if (!isValidId(value.id)) problems.push({ path: `${path}id`, message: 'A flow needs an id (letters, digits, - _ . :)' });
  if (!isValidId(value.sourceId)) problems.push({ path: `${path}sourceId`, message: 'A flow needs the id of its source system' });
  if (!isValidId(value.targetId)) problems.push({ path: `${path}targetId`, message: 'A flow needs the id of its destination system' });
  if (value.sourceId === value.targetId && isValidId(value.sourceId)) {
    problems.push({ path: `${path}targetId`, message: 'A flow must connect two different systems' });
  }
  problems.push(...checkFields(FLOW_FIELDS, value, path));
  return problems;
}

/** Repairs a flow from storage or an older file: fills missing fields, drops unknown properties. */
export function restoreFlow(value: Record<string, unknown>): Record<string, unknown> {
  return { id: value.id, sourceId: value.sourceId, targetId: value.targetId, ...withFieldDefaults(FLOW_FIELDS, value) };
}
