import type { Vocabulary } from '../vocabulary';
import { isDateAnswer } from './dates';

/**
 * A description of one recorded field: enough to validate it, give it a default, label it in
 * the inspector, and (later) write it as a workbook column. Records list their fields once.
 */
export type FieldSpec =
  | TextFieldSpec
  | { readonly kind: 'choice'; readonly key: string; readonly label: string; readonly help: string; readonly vocabulary: Vocabulary }
  | { readonly kind: 'choices'; readonly key: string; readonly label: string; readonly help: string; readonly vocabulary: Vocabulary }
  | { readonly kind: 'date'; readonly key: string; readonly label: string; readonly help: string };

export interface TextFieldSpec {
  readonly kind: 'text';
  readonly key: string;
  readonly label: string;
  readonly help: string;
  readonly maxLength: number;
  /** Shown as a multi-line box. */
  readonly multiline?: boolean;
}

/** The text field `key` among `fields`. Throws when there is none: that is a mistake in the code, not in data. */
export function textField(fields: readonly FieldSpec[], key: string): TextFieldSpec {
  const field = fields.find((f) => f.key === key);
  if (field?.kind !== 'text') throw new Error(`No text field "${key}"`);
  return field;
}

/** Longest text any single field accepts; keeps records and workbook cells sane (Excel's cell limit is 32,767). */
export const MAX_TEXT_LENGTH = 32_000;

/** A problem with one field of one record: `path` says where, `message` says what, in words. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** The value a field has before anyone fills it in. */
export function emptyValue(field: FieldSpec): unknown {
  return field.kind === 'choices' ? [] : '';
}

/** Checks one field's value; returns a message, or null when the value is acceptable. */
export function checkField(field: FieldSpec, value: unknown): string | null {
  switch (field.kind) {
    case 'text':
      if (typeof value !== 'string') return `${field.label} must be text`;
      if (value.length > field.maxLength) return `${field.label} is longer than ${field.maxLength} characters`;
      return null;
    case 'choice':
      if (value === '' || field.vocabulary.terms.some((t) => t.value === value)) return null;
      return `${describe(value)} is not a ${field.vocabulary.title.toLowerCase()} (expected one of: ${values(field.vocabulary)})`;
    case 'choices': {
      if (!Array.isArray(value)) return `${field.label} must be a list`;
      const bad = value.findIndex((v) => !field.vocabulary.terms.some((t) => t.value === v));
      if (bad !== -1) return `${describe(value[bad])} is not a ${field.vocabulary.title.toLowerCase()} (expected one of: ${values(field.vocabulary)})`;
      if (new Set(value).size !== value.length) return `${field.label} lists a value twice`;
      return null;
    }
    case 'date':
      return isDateAnswer(value) ? null : `${describe(value)} is not a date (expected YYYY-MM-DD, "unknown" or blank)`;
  }
}

/** Validates every listed field of a record, naming each bad one by its key. */
export function checkFields(fields: readonly FieldSpec[], record: Record<string, unknown>, pathPrefix: string): Problem[] {
  const problems: Problem[] = [];
  for (const field of fields) {
    const message = checkField(field, record[field.key]);
    if (message) problems.push({ path: `${pathPrefix}${field.key}`, message });
  }
  return problems;
}

/** Copies the listed fields from untrusted input, using the empty value where one is missing. */
export function withFieldDefaults(fields: readonly FieldSpec[], input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) out[field.key] = field.key in input ? input[field.key] : emptyValue(field);
  return out;
}

function values(vocabulary: Vocabulary): string {
  return vocabulary.terms.map((t) => t.value).join(', ');
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return value === null ? 'null' : typeof value;
}
