/**
 * A controlled vocabulary: the allowed values of one enumeration, each with the words a person
 * sees. Defined once here and used by the app, the workbook and the importer alike.
 */
export interface Term<V extends string = string> {
  readonly value: V;
  /** Short label for dropdowns and cells. */
  readonly label: string;
  /** One plain sentence saying what choosing this means. */
  readonly description: string;
}

export interface Vocabulary<V extends string = string> {
  /** Stable name, e.g. `authentication`. */
  readonly id: string;
  /** What the enumeration is, for headings and list sheets. */
  readonly title: string;
  readonly terms: readonly Term<V>[];
}

/** The value type of a vocabulary. */
export type ValueOf<T> = T extends Vocabulary<infer V> ? V : never;

/** Declares a vocabulary, keeping the literal types of its values. */
export function defineVocabulary<const V extends string>(
  id: string,
  title: string,
  terms: readonly Term<V>[],
): Vocabulary<V> {
  return { id, title, terms };
}

/** True when `value` is one of the vocabulary's values. */
export function isTerm<V extends string>(vocabulary: Vocabulary<V>, value: unknown): value is V {
  return typeof value === 'string' && vocabulary.terms.some((term) => term.value === value);
}

/** The label for a value, or the value itself when it is not in the vocabulary. */
export function labelOf<V extends string>(vocabulary: Vocabulary<V>, value: V | ''): string {
  if (value === '') return '';
  return vocabulary.terms.find((term) => term.value === value)?.label ?? value;
}
