import { IMPACTS, LIKELIHOODS, type Impact, type Likelihood } from '../vocabulary';
import { checkFields, MAX_TEXT_LENGTH, withFieldDefaults, type FieldSpec, type Problem } from './fields';
import { isValidId, type FlowId, type RiskId, type SystemId } from './ids';
import { isObject } from './system';
import { TREATMENT_FIELDS, UNTREATED, type TreatmentFields } from './treatment';

/**
 * A risk the assessor adds to the register by hand: something no check can see, such as
 * "the volunteer who built the Zapier flows is the only one who understands them".
 */
export interface CustomRisk extends TreatmentFields {
  readonly id: RiskId;
  readonly title: string;
  readonly description: string;
  /** The systems and flows it concerns; may be empty for an organisation-wide risk. */
  readonly relatedIds: ReadonlyArray<SystemId | FlowId>;
  readonly likelihood: Likelihood;
  readonly impact: Impact;
  readonly owner: string;
}

export const RISK_FIELDS: readonly FieldSpec[] = [
  { kind: 'text', key: 'title', label: 'Title', help: 'The risk in a few words.', maxLength: 200 },
  { kind: 'text', key: 'description', label: 'Description', help: 'What could happen, and why.', maxLength: MAX_TEXT_LENGTH, multiline: true },
  { kind: 'choice', key: 'likelihood', label: 'Likelihood', help: 'How likely the harm is.', vocabulary: LIKELIHOODS },
  { kind: 'choice', key: 'impact', label: 'Impact', help: 'How bad the harm would be.', vocabulary: IMPACTS },
  { kind: 'text', key: 'owner', label: 'Owner', help: 'The named person who deals with it.', maxLength: 200 },
  ...TREATMENT_FIELDS,
];

export function createRisk(init: { id: RiskId } & Partial<Omit<CustomRisk, 'id'>>): CustomRisk {
  return { title: '', description: '', relatedIds: [], likelihood: 'possible', impact: 'moderate', owner: '', ...UNTREATED, ...init };
}

export function validateRisk(value: unknown, path = ''): Problem[] {
  if (!isObject(value)) return [{ path: path.replace(/\.$/, '') || '(risk)', message: 'A risk must be an object' }];
  const problems: Problem[] = [];
  if (!isValidId(value.id)) problems.push({ path: `${path}id`, message: 'A risk needs an id (letters, digits, - _ . :)' });
  if (value.likelihood === '') problems.push({ path: `${path}likelihood`, message: 'A risk needs a likelihood' });
  if (value.impact === '') problems.push({ path: `${path}impact`, message: 'A risk needs an impact' });
  if (value.status === '') problems.push({ path: `${path}status`, message: 'A risk needs a treatment status' });
  problems.push(...checkFields(RISK_FIELDS, value, path));
  if (!Array.isArray(value.relatedIds) || !value.relatedIds.every(isValidId)) {
    problems.push({ path: `${path}relatedIds`, message: 'Related systems and flows must be a list of ids' });
  }
  return problems;
}

export function restoreRisk(value: Record<string, unknown>): Record<string, unknown> {
  const fields = withFieldDefaults(RISK_FIELDS, value);
  return {
    id: value.id,
    ...fields,
    likelihood: fields.likelihood || 'possible',
    impact: fields.impact || 'moderate',
    status: fields.status || 'unchecked',
    relatedIds: value.relatedIds ?? [],
  };
}
