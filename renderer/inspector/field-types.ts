import type { FieldSpec } from '../../shared/model';

/** What a field control hands back: text and single choices are strings, multiple choices a list. */
export type FieldValue = string | readonly string[];

/** The props every field control takes; `typing` says the change is one keystroke of a burst. */
export interface FieldProps<S extends FieldSpec> {
  readonly id: string;
  readonly spec: S;
  readonly value: unknown;
  /** The record is invalid without an answer here, so a choice offers no "Not set". */
  readonly required?: boolean;
  onChange(value: FieldValue, typing: boolean): void;
}

export type SpecOfKind<K extends FieldSpec['kind']> = Extract<FieldSpec, { kind: K }>;

export function helpId(id: string): string {
  return `${id}-help`;
}
