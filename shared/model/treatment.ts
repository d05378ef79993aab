import { TREATMENT_STATUSES, type TreatmentStatus } from '../vocabulary';
import type { DateAnswer } from './dates';
import { checkFields, withFieldDefaults, type FieldSpec, type Problem } from './fields';
import { isValidId, type FindingId } from './ids';
import { isObject } from './system';

/** What the assessor decided about a risk: shared by findings' treatments and custom risks. */
export interface TreatmentFields {
  readonly status: TreatmentStatus;
  /** Why it was accepted, why it is a false positive, or what the fix is. */
  readonly justification: string;
  readonly checkedBy: string;
  readonly checkedOn: DateAnswer;
  /** When to look at it again, e.g. a year after accepting a risk. */
  readonly nextReview: DateAnswer;
}

/**
 * The assessor's treatment of one finding. Stored apart from the finding, under the finding's
 * stable id, so it survives every re-run of the checks. A treatment whose finding no longer
 * fires is kept: it is the history of what was decided.
 */
export interface Treatment extends TreatmentFields {
  readonly findingId: FindingId;
}

export const TREATMENT_FIELDS: readonly FieldSpec[] = [
  { kind: 'choice', key: 'status', label: 'Treatment', help: 'What has been decided about it.', vocabulary: TREATMENT_STATUSES },
  { kind: 'text', key: 'justification', label: 'Justification', help: 'Why it is accepted or a false positive, or what the fix is.', maxLength: 4000, multiline: true },
  { kind: 'text', key: 'checkedBy', label: 'Checked by', help: 'Who made the decision.', maxLength: 200 },
  { kind: 'date', key: 'checkedOn', label: 'Checked on', help: 'When the decision was made.' },
  { kind: 'date', key: 'nextReview', label: 'Next review', help: 'When to look at it again.' },
];

export const UNTREATED: TreatmentFields = { status: 'unchecked', justification: '', checkedBy: '', checkedOn: '', nextReview: '' };

export function createTreatment(findingId: FindingId, fields: Partial<TreatmentFields> = {}): Treatment {
  return { findingId, ...UNTREATED, ...fields };
}

export function validateTreatment(value: unknown, path = ''): Problem[] {
  if (!isObject(value)) return [{ path: path.replace(/\.$/, '') || '(treatment)', message: 'A treatment must be an object' }];
  const problems: Problem[] = [];
  if (!isValidId(value.findingId)) problems.push({ path: `${path}findingId`, message: 'A treatment needs the id of its finding' });
  if (value.status === '') problems.push({ path: `${path}status`, message: 'A treatment needs a status' });
  problems.push(...checkFields(TREATMENT_FIELDS, value, path));
  return problems;
}

export function restoreTreatment(value: Record<string, unknown>): Record<string, unknown> {
  const fields = withFieldDefaults(TREATMENT_FIELDS, value);
  return { findingId: value.findingId, ...fields, status: fields.status === '' ? 'unchecked' : fields.status };
}
