import type { Vocabulary } from '../vocabulary';
import { normaliseWords } from './cell-text';
import { UNKNOWN_SYNONYMS, VALUE_SYNONYMS, type VocabularySynonyms } from './value-synonyms';

/** How one piece of wording matched a vocabulary. */
export interface TermMatch {
  /** The value matched, or '' when nothing did. */
  readonly value: string;
  /** The wording says more than the value's label (a product, a place, a detail), so it is worth keeping. */
  readonly saysMore: boolean;
  /** Set when the value is only a guess: why it was chosen. */
  readonly guess?: string;
  /** Other values the wording also names, which lost to `value`. */
  readonly alsoMentions?: readonly string[];
}

/** How a cell holding several choices matched a vocabulary, part by part. */
export interface TermsMatch {
  /** Each value found, once, in the vocabulary's order. */
  readonly values: readonly string[];
  /** Some part said more than a label, or matched nothing: the wording is worth keeping. */
  readonly saysMore: boolean;
  /** Parts that matched nothing, as written. */
  readonly unmatched: readonly string[];
  /** Parts whose value is only a guess. */
  readonly guesses: ReadonlyArray<{ readonly part: string; readonly value: string; readonly why: string }>;
}

/**
 * Everything needed to match wording to one vocabulary, worked out once: whole-cell lookups
 * (normalised, and again with the spaces taken out so "Read only" and "readonly" agree), the
 * mention and guess words padded with spaces so a plain `includes` finds whole words only, and
 * the answers already given, because an inventory repeats the same few values thousands of times.
 */
interface Matcher {
  readonly exact: ReadonlyMap<string, string>;
  readonly compact: ReadonlyMap<string, string>;
  readonly mentions: ReadonlyArray<{ readonly value: string; readonly words: readonly string[] }>;
  readonly guesses: ReadonlyArray<{ readonly value: string; readonly words: readonly string[]; readonly why: string }>;
  readonly single: Map<string, TermMatch>;
  readonly several: Map<string, TermsMatch>;
}

/** Answers remembered per vocabulary; past this the memory is cleared, so a sheet of free text cannot grow it without end. */
const CACHE_LIMIT = 5000;
const NO_MATCH: TermMatch = { value: '', saysMore: true };
const matchers = new Map<string, Matcher>();

function matcherFor(vocabulary: Vocabulary): Matcher {
  let matcher = matchers.get(vocabulary.id);
  if (!matcher) {
    matcher = buildMatcher(vocabulary, VALUE_SYNONYMS[vocabulary.id] ?? {});
    matchers.set(vocabulary.id, matcher);
  }
  return matcher;
}

function buildMatcher(vocabulary: Vocabulary, synonyms: VocabularySynonyms): Matcher {
  const exact = new Map<string, string>();
  // The first wording to claim a key keeps it: values and labels before synonyms, so our own
  // workbook's labels always read back as exactly the values they were written from.
  const add = (word: string, value: string) => {
    const key = keyOf(word);
    if (key !== '' && !exact.has(key)) exact.set(key, value);
  };
  for (const term of vocabulary.terms) add(term.value, term.value);
  for (const term of vocabulary.terms) add(term.label, term.value);
  for (const [value, words] of Object.entries(synonyms.same ?? {})) for (const word of words) add(word, value);
  if (vocabulary.terms.some((term) => term.value === 'unknown')) for (const word of UNKNOWN_SYNONYMS) add(word, 'unknown');
  // "Ad hoc / manual" names two ways of saying it; either half alone means the same value.
  for (const term of vocabulary.terms) if (term.label.includes('/')) for (const half of term.label.split('/')) add(half, term.value);
  const compact = new Map<string, string>();
  for (const [key, value] of exact) if (!compact.has(key.replaceAll(' ', ''))) compact.set(key.replaceAll(' ', ''), value);
  const padded = (words: readonly string[]) => words.map((word) => ` ${keyOf(word)} `);
  return {
    exact, compact,
    mentions: (synonyms.mentions ?? []).map(([value, words]) => ({ value, words: padded(words) })),
    guesses: (synonyms.guesses ?? []).map(({ value, words, why }) => ({ value, words: padded(words), why })),
    single: new Map(), several: new Map(),
  };
}

/** The lookup key for wording: its normalised words, or its marks when it has no words ("?" stays "?"). */
function keyOf(text: string): string {
  return normaliseWords(text) || text.replace(/\s+/g, '');
}

/** True when wording has nothing a vocabulary could match: blank, or only dashes and dots. A "?" is not blank: it means unknown. */
export function isBlankWording(text: string): boolean {
  return normaliseWords(text) === '' && !text.includes('?');
}

/**
 * Matches wording to one value of a vocabulary, leniently: a value, a label or a synonym for the
 * whole text first; then words it mentions ("Shared spreadsheet on SharePoint"), the most specific
 * first; then a guess, which says why. Case, punctuation and spacing are ignored.
 */
export function matchTerm(vocabulary: Vocabulary, text: string): TermMatch {
  const matcher = matcherFor(vocabulary);
  const known = matcher.single.get(text);
  if (known) return known;
  const match = matchWording(matcher, text);
  if (matcher.single.size >= CACHE_LIMIT) matcher.single.clear();
  matcher.single.set(text, match);
  return match;
}

function matchWording(matcher: Matcher, text: string): TermMatch {
  const key = keyOf(text);
  const exact = matcher.exact.get(key) ?? matcher.compact.get(key.replaceAll(' ', ''));
  if (exact) return { value: exact, saysMore: false };
  const mentioned = mentionedValues(matcher, ` ${key} `);
  if (mentioned.length > 0) return { value: mentioned[0]!, saysMore: true, ...(mentioned.length > 1 ? { alsoMentions: mentioned.slice(1) } : {}) };
  return guessFor(matcher, ` ${key} `) ?? NO_MATCH;
}

/** Every value whose mention words appear in the padded wording, most specific group first. */
function mentionedValues(matcher: Matcher, padded: string): string[] {
  const values: string[] = [];
  for (const { value, words } of matcher.mentions) {
    if (!values.includes(value) && words.some((word) => padded.includes(word))) values.push(value);
  }
  return values;
}

function guessFor(matcher: Matcher, padded: string): TermMatch | null {
  const guess = matcher.guesses.find(({ words }) => words.some((word) => padded.includes(word)));
  return guess ? { value: guess.value, saysMore: true, guess: guess.why } : null;
}

/** Where a cell of several choices divides first: our own workbook joins them with "; ", people also use new lines. */
const MAIN_SEPARATORS = /[;\n\r]+/;
/** Where a part that is not itself a choice divides again: commas, slashes, "and", "&", "+". */
const MORE_SEPARATORS = /\s*(?:,|\/|&|\+|\band\b)\s*/i;

/**
 * Matches a cell of several choices: split on semicolons and new lines, then, for a part that is
 * not a choice as it stands ("Financial / bank details" is), on commas, slashes, "and", "&" and
 * "+". Each piece is matched as {@link matchTerm} does, except that every value a piece mentions
 * counts ("donations and Gift Aid" is donor records and financial).
 */
export function matchTerms(vocabulary: Vocabulary, text: string): TermsMatch {
  const matcher = matcherFor(vocabulary);
  const known = matcher.several.get(text);
  if (known) return known;
  const found = new Set<string>();
  const unmatched: string[] = [];
  const guesses: { part: string; value: string; why: string }[] = [];
  let saysMore = false;
  const matchPiece = (piece: string) => {
    saysMore = true;
    const key = keyOf(piece);
    const mentioned = mentionedValues(matcher, ` ${key} `);
    if (mentioned.length > 0) {
      for (const value of mentioned) found.add(value);
      return;
    }
    const guess = guessFor(matcher, ` ${key} `);
    if (!guess) {
      unmatched.push(piece);
      return;
    }
    guesses.push({ part: piece, value: guess.value, why: guess.guess! });
    found.add(guess.value);
  };
  for (const part of text.split(MAIN_SEPARATORS)) {
    const trimmed = part.trim();
    if (isBlankWording(trimmed)) continue;
    const key = keyOf(trimmed);
    const exact = matcher.exact.get(key) ?? matcher.compact.get(key.replaceAll(' ', ''));
    if (exact) {
      found.add(exact);
      continue;
    }
    const pieces = trimmed.split(MORE_SEPARATORS).map((piece) => piece.trim()).filter((piece) => !isBlankWording(piece));
    for (const piece of pieces) {
      const pieceKey = keyOf(piece);
      const pieceExact = matcher.exact.get(pieceKey) ?? matcher.compact.get(pieceKey.replaceAll(' ', ''));
      if (pieceExact) found.add(pieceExact);
      else matchPiece(piece);
    }
  }
  const order = vocabulary.terms.map((term) => term.value);
  const match: TermsMatch = { values: order.filter((value) => found.has(value)), saysMore, unmatched, guesses };
  if (matcher.several.size >= CACHE_LIMIT) matcher.several.clear();
  matcher.several.set(text, match);
  return match;
}
