import { FLOW_FIELDS, type FieldSpec, type FlowRecord } from '../model';
import { DESTINATION_HEADER, SOURCE_HEADER } from '../workbook';
import { ID_COLUMN } from '../workbook/field-columns';
import { cellText, normaliseHeader } from './cell-text';
import { columnLetter, type SheetCell } from './sheet-table';

/** A flow field a column can fill: every recorded field except the id and the two ends. */
export type FlowFieldKey = Exclude<keyof FlowRecord, 'id' | 'sourceId' | 'targetId'>;

/**
 * Where a column's values go: the flow's id, its source or destination system, one of its
 * fields, the notes as "Header: value" lines (`keep-in-notes`, what an unrecognised column gets),
 * or nowhere (`ignore`, only when the user or a known derived column says so).
 */
export type ImportTarget = 'id' | 'source' | 'destination' | FlowFieldKey | 'keep-in-notes' | 'ignore';

/** One column of the sheet and where its values go. The user may change `target` before importing. */
export interface ColumnMapping {
  /** The column's index in the sheet, from 0 ("A"). */
  readonly column: number;
  /** The header as written, trimmed; blank when the column has none. */
  readonly header: string;
  readonly target: ImportTarget;
}

/** A target as the mapping screen offers it. */
export interface ImportTargetChoice {
  readonly target: ImportTarget;
  readonly label: string;
  readonly help: string;
}

const ID_HEADER = ID_COLUMN.header;

const FIELD_BY_KEY: ReadonlyMap<string, FieldSpec> = new Map(FLOW_FIELDS.map((field) => [field.key, field]));

/** The flow field a target fills, or undefined for the id, the ends, notes lines and ignore. */
export function fieldOfTarget(target: ImportTarget): FieldSpec | undefined {
  return FIELD_BY_KEY.get(target);
}

/** Every target a column can be given, in the order a dropdown shows them, each with its label. */
export const IMPORT_TARGETS: readonly ImportTargetChoice[] = [
  { target: 'id', label: 'ID', help: 'Kept as the flow\'s id when it is a valid id; otherwise a new one is made.' },
  { target: 'source', label: 'Source', help: 'The system the data comes from. Systems are matched by name, ignoring case.' },
  { target: 'destination', label: 'Destination', help: 'The system the data goes to.' },
  ...FLOW_FIELDS.map((field) => ({ target: field.key as FlowFieldKey, label: field.label, help: field.help })),
  { target: 'keep-in-notes', label: 'Keep in notes', help: 'Each value is added to the flow\'s notes as "Header: value".' },
  { target: 'ignore', label: 'Do not import', help: 'The column is left out.' },
];

const LABEL_BY_TARGET: ReadonlyMap<ImportTarget, string> = new Map(IMPORT_TARGETS.map((choice) => [choice.target, choice.label]));

/** The label the mapping screen shows for a target, e.g. "Credential stored in". */
export function labelOfTarget(target: ImportTarget): string {
  return LABEL_BY_TARGET.get(target) ?? target;
}

/**
 * Headers people write for each target, beyond our own workbook's (every field's label and key
 * is recognised already). Compared after normalising, so case, punctuation and spacing do not
 * matter: "Auth method", "auth-method" and "AUTH METHOD?" are the same header.
 */
const HEADER_SYNONYMS: Readonly<Partial<Record<ImportTarget, readonly string[]>>> = {
  id: ['ID', 'Flow ID', 'Integration ID', 'Ref', 'Reference', 'Ref no'],
  source: ['Source', 'Source system', 'Source application', 'Source app', 'From', 'From system', 'From application', 'Sending system', 'Sender', 'Origin', 'Upstream system', 'System from'],
  destination: ['Destination', 'Destination system', 'Destination application', 'Destination app', 'Target', 'Target system', 'Target application', 'Target app', 'To', 'To system', 'To application', 'Receiving system', 'Receiver', 'Recipient system', 'Downstream system', 'System to'],
  name: ['Integration', 'Integration name', 'Flow', 'Flow name', 'Title', 'Connection', 'Connection name', 'Interface', 'Interface name'],
  purpose: ['Description', 'What for', 'What is it for', 'Business purpose', 'Justification', 'Business justification', 'Reason', 'Why', 'Use', 'Use case', 'Business reason', 'Summary'],
  dataTypes: ['Data', 'What data', 'Data types', 'Data type', 'Data shared', 'Data categories', 'Data category', 'Data classification', 'Data exchanged', 'Data sent', 'Information shared', 'Types of data', 'Kind of data'],
  direction: ['Data direction', 'Flow direction', 'Sync direction', 'One way or two way', 'One way two way', 'Which way'],
  frequency: ['How often', 'Schedule', 'Timing', 'Cadence', 'Sync frequency', 'Run frequency', 'When', 'Runs'],
  mechanism: ['Method', 'How', 'Integration method', 'Integration type', 'Connection type', 'Connection method', 'Transfer method', 'Technology', 'Tool', 'Transport', 'How it works', 'How data moves', 'Via', 'Type'],
  authentication: ['Auth', 'Auth method', 'Auth type', 'Authentication method', 'Authentication type', 'Sign in method', 'Login method', 'How it signs in', 'How it authenticates'],
  account: ['Account', 'Service account', 'User', 'Username', 'User account', 'Credential', 'Credentials', 'Run as', 'Runs as', 'Identity', 'App registration', 'Login', 'Connected account', 'Integration user', 'Account used'],
  credentialLocation: ['Credentials stored', 'Credential stored', 'Credentials stored in', 'Credential storage', 'Credential location', 'Credentials location', 'Where is the key', 'Where is the password', 'Where is the secret', 'Where are the credentials', 'Where is it stored', 'Where stored', 'Stored in', 'Secret location', 'Key location', 'Password location', 'Secret storage', 'Credentials kept'],
  credentialLocationDetail: ['Credential location details', 'Credential detail', 'Credential details', 'Where exactly', 'Location detail', 'Storage detail', 'Vault path', 'Secret name'],
  credentialLastRotated: ['Rotated', 'Last rotated', 'Key last changed', 'Password last changed', 'Secret last changed', 'Credential last changed', 'Last rotation', 'Rotation date', 'Date rotated', 'Key rotated', 'Password changed', 'Credential rotated'],
  permissions: ['Permission', 'Scopes', 'Scope', 'Access', 'Access level', 'Permission level', 'Rights', 'Access rights', 'Privileges', 'Role', 'Roles', 'API permissions'],
  mfa: ['MFA', '2FA', 'MFA enabled', 'MFA on account', 'Multi factor', 'Multi factor authentication', 'Two factor', 'Two factor authentication', '2SV', 'Two step verification'],
  encryptedInTransit: ['Encryption', 'Encrypted', 'Encryption in transit', 'TLS', 'HTTPS', 'SSL', 'Secure transport', 'Transport encryption'],
  owner: ['Named owner', 'Flow owner', 'Integration owner', 'Business owner', 'Responsible', 'Responsible person', 'Owned by', 'Accountable', 'Who owns it'],
  lastReviewed: ['Review date', 'Reviewed', 'Reviewed on', 'Date reviewed', 'Last review', 'Last review date', 'Date of last review', 'Last checked', 'Checked on'],
  reviewedBy: ['Reviewer', 'Checked by', 'Last reviewed by'],
  status: ['State', 'Flow status', 'Integration status'],
  discoveredVia: ['Source of info', 'Source of information', 'Information source', 'Discovered', 'Discovery', 'Discovery source', 'Found via', 'Found in', 'Found by', 'How found', 'How discovered', 'Where found', 'Evidence'],
  notes: ['Note', 'Comments', 'Comment', 'Remarks', 'Other info', 'Other information', 'Additional info', 'Additional information', 'Further information'],
  // Our workbook's computed column: reading it back would only copy a stale finding into the notes.
  ignore: ['Highest open risk'],
};

/**
 * Words that say how to fill a column in, not what it holds ("MFA (Y/N)", "Last reviewed
 * (dd/mm/yyyy)", "Owner name"): dropped when the header as written matches nothing.
 */
const FILLER_WORDS = new Set(['the', 'a', 'an', 'of', 'is', 'are', 'used', 'name', 'names', 'please', 'optional', 'required', 'if', 'known', 'eg', 'e', 'g', 'y', 'n', 'yes', 'no', 'dd', 'mm', 'yy', 'yyyy', 'date', 'format']);

const TARGET_BY_HEADER: ReadonlyMap<string, ImportTarget> = (() => {
  const map = new Map<string, ImportTarget>();
  const add = (header: string, target: ImportTarget) => {
    const key = normaliseHeader(header);
    if (key !== '' && !map.has(key)) map.set(key, target);
  };
  // Our own workbook's headers first, so they always mean what the workbook meant.
  add(ID_HEADER, 'id');
  add(SOURCE_HEADER, 'source');
  add(DESTINATION_HEADER, 'destination');
  for (const field of FLOW_FIELDS) add(field.label, field.key as FlowFieldKey);
  for (const field of FLOW_FIELDS) add(field.key, field.key as FlowFieldKey);
  for (const [target, headers] of Object.entries(HEADER_SYNONYMS)) for (const header of headers!) add(header, target as ImportTarget);
  return map;
})();

/** The target a header names, or undefined when it names none. Whole headers only: "Source owner" is not the source. */
export function targetOfHeader(header: string): ImportTarget | undefined {
  const key = normaliseHeader(header);
  const exact = TARGET_BY_HEADER.get(key);
  if (exact) return exact;
  const words = key.split(' ').filter((word) => !FILLER_WORDS.has(word));
  if (words.length === 0) return undefined;
  const withoutFiller = words.join(' ');
  // A plural of a known header: "Owners", "Data transfers".
  return TARGET_BY_HEADER.get(withoutFiller) ?? (withoutFiller.endsWith('s') ? TARGET_BY_HEADER.get(withoutFiller.slice(0, -1)) : undefined);
}

/** A header cell's text, trimmed; blank for an empty cell. */
export function headerText(cell: SheetCell | null | undefined): string {
  return cell ? cellText(cell).trim() : '';
}

/**
 * Proposes where each column goes, from the header row. Each target other than `ignore` goes to
 * one column only, the first that names it; a later column naming the same target, and every
 * column naming none, keeps its values in the notes. The user corrects this before importing.
 */
export function proposeMapping(headerRow: ReadonlyArray<SheetCell | null>): ColumnMapping[] {
  const taken = new Set<ImportTarget>();
  return headerRow.map((cell, column) => {
    const header = headerText(cell);
    const named = targetOfHeader(header);
    const target: ImportTarget = named && (named === 'ignore' || !taken.has(named)) ? named : 'keep-in-notes';
    taken.add(target);
    return { column, header, target };
  });
}

/** How a column is named in notes and messages: its header, or "Column F" when it has none. */
export function columnTitle(mapping: ColumnMapping): string {
  return mapping.header || `Column ${columnLetter(mapping.column)}`;
}
