import { isTimestamp } from './dates';
import { checkFields, withFieldDefaults, type FieldSpec, type Problem } from './fields';
import { isValidId, type AssessmentId } from './ids';
import { isObject } from './system';

/** Settings that later checks read; kept per assessment so results are reproducible. */
export interface AssessmentSettings {
  /** How long a flow may go without review before it is overdue. */
  readonly reviewIntervalMonths: number;
  /** How long a credential may go unrotated before it is stale. */
  readonly rotationIntervalDays: number;
  /** People who have left the organisation: anything they still own is orphaned. */
  readonly leavers: readonly string[];
}

export const DEFAULT_SETTINGS: AssessmentSettings = { reviewIntervalMonths: 12, rotationIntervalDays: 365, leavers: [] };

/** An interval setting's limits and unit. */
export interface IntervalLimit {
  readonly min: number;
  readonly max: number;
  readonly unit: string;
}

/**
 * The settings typed as whole numbers, with the limits `validateAssessment` enforces. The
 * settings form and the map schema use these, so what the app lets you type, what it stores
 * and what the schema accepts agree.
 */
export const INTERVAL_LIMITS = {
  reviewIntervalMonths: { min: 1, max: 120, unit: 'months' },
  rotationIntervalDays: { min: 1, max: 3650, unit: 'days' },
} as const satisfies Partial<Record<keyof AssessmentSettings, IntervalLimit>>;

export type IntervalSetting = keyof typeof INTERVAL_LIMITS;

/** Most people one assessment lists as having left; keeps settings sane. */
export const MAX_LEAVERS = 1000;
/** The longest name in that list, as long as an Owner field may be. */
export const MAX_LEAVER_NAME_LENGTH = 200;

/** One assessment: a map of one organisation's systems and flows, made by one assessor. */
export interface Assessment {
  readonly id: AssessmentId;
  readonly name: string;
  readonly organisation: string;
  readonly assessor: string;
  /** ISO timestamps in UTC. */
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly settings: AssessmentSettings;
}

export const ASSESSMENT_FIELDS: readonly FieldSpec[] = [
  { kind: 'text', key: 'name', label: 'Assessment name', help: 'e.g. "Integration review 2026".', maxLength: 200 },
  { kind: 'text', key: 'organisation', label: 'Organisation', help: 'Whose systems are being mapped.', maxLength: 200 },
  { kind: 'text', key: 'assessor', label: 'Assessor', help: 'Who is doing the assessment.', maxLength: 200 },
];

export function createAssessment(init: { id: AssessmentId; now: string } & Partial<Pick<Assessment, 'name' | 'organisation' | 'assessor'>>): Assessment {
  const { id, now, ...names } = init;
  return { id, name: 'Untitled assessment', organisation: '', assessor: '', ...names, createdAt: now, updatedAt: now, settings: DEFAULT_SETTINGS };
}

export function validateAssessment(value: unknown, path = ''): Problem[] {
  if (!isObject(value)) return [{ path: path.replace(/\.$/, '') || '(assessment)', message: 'An assessment must be an object' }];
  const problems: Problem[] = [];
  if (!isValidId(value.id)) problems.push({ path: `${path}id`, message: 'An assessment needs an id (letters, digits, - _ . :)' });
  problems.push(...checkFields(ASSESSMENT_FIELDS, value, path));
  if (!isTimestamp(value.createdAt)) problems.push({ path: `${path}createdAt`, message: 'Created must be an ISO timestamp in UTC' });
  if (!isTimestamp(value.updatedAt)) problems.push({ path: `${path}updatedAt`, message: 'Last changed must be an ISO timestamp in UTC' });
  const settings = value.settings;
  if (!isObject(settings)) {
    problems.push({ path: `${path}settings`, message: 'Settings must be an object' });
  } else {
    const { reviewIntervalMonths: review, rotationIntervalDays: rotation } = INTERVAL_LIMITS;
    if (!isWholeInRange(settings.reviewIntervalMonths, review)) problems.push({ path: `${path}settings.reviewIntervalMonths`, message: `Review interval must be a whole number of ${review.unit} from ${review.min} to ${review.max}` });
    if (!isWholeInRange(settings.rotationIntervalDays, rotation)) problems.push({ path: `${path}settings.rotationIntervalDays`, message: `Rotation interval must be a whole number of ${rotation.unit} from ${rotation.min} to ${rotation.max}` });
    const leavers = settings.leavers;
    if (!Array.isArray(leavers) || leavers.length > MAX_LEAVERS || !leavers.every((name) => typeof name === 'string' && name.length <= MAX_LEAVER_NAME_LENGTH)) {
      problems.push({ path: `${path}settings.leavers`, message: `People who have left must be a list of at most ${MAX_LEAVERS} names of up to ${MAX_LEAVER_NAME_LENGTH} characters` });
    }
  }
  return problems;
}

/** Repairs an assessment from storage or an older file: fills missing names and settings. */
export function restoreAssessment(value: Record<string, unknown>): Record<string, unknown> {
  const settings = isObject(value.settings) ? value.settings : {};
  return {
    id: value.id,
    ...withFieldDefaults(ASSESSMENT_FIELDS, value),
    createdAt: value.createdAt,
    updatedAt: value.updatedAt ?? value.createdAt,
    settings: {
      reviewIntervalMonths: settings.reviewIntervalMonths ?? DEFAULT_SETTINGS.reviewIntervalMonths,
      rotationIntervalDays: settings.rotationIntervalDays ?? DEFAULT_SETTINGS.rotationIntervalDays,
      leavers: settings.leavers ?? DEFAULT_SETTINGS.leavers,
    },
  };
}

function isWholeInRange(value: unknown, { min, max }: IntervalLimit): boolean {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}
