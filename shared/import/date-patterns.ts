import { isIsoDate, type IsoDate } from '../model';
import type { DateReading } from './import-dates';

/** A run of digits (with its value) or a run of letters (lower-cased) in a written date. */
export interface Token {
  readonly text: string;
  readonly number?: number;
}

/** Splits a written date into runs of digits and of letters; everything else only separates them. Apostrophes vanish ("don't" is one word). */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    if (isDigit(text.charCodeAt(i))) {
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      tokens.push({ text: text.slice(start, i), number: Number(text.slice(start, i)) });
    } else if (isLetter(text.charCodeAt(i))) {
      let word = '';
      for (; i < text.length && (isLetter(text.charCodeAt(i)) || isApostrophe(text.charCodeAt(i))); i++) {
        if (!isApostrophe(text.charCodeAt(i))) word += text[i];
      }
      tokens.push({ text: word.toLowerCase() });
    } else {
      i++;
    }
  }
  return tokens;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A month's number from its name or a short form of at least three letters ("Sept", "Mar"), or 0. */
function monthNumber(word: string): number {
  if (word.length < 3) return 0;
  return MONTH_NAMES.findIndex((name) => name.startsWith(word)) + 1;
}

/** A date in words, for messages: "4 March 2025". */
export function spell(date: IsoDate): string {
  const month = MONTH_NAMES[Number(date.slice(5, 7)) - 1]!;
  return `${Number(date.slice(8, 10))} ${month.charAt(0).toUpperCase()}${month.slice(1)} ${date.slice(0, 4)}`;
}

/** Words around a date that add nothing: weekdays, ordinal endings ("4th"), "of", "the". */
const SKIPPED_WORDS = new Set([
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday',
  'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday', 'st', 'nd', 'rd', 'th', 'of', 'the',
]);
/** Words a time of day may carry after the date: ISO's T and Z, am/pm, time zones. */
const TIME_WORDS = new Set(['t', 'z', 'am', 'pm', 'utc', 'gmt', 'bst', 'h']);

type Part = { kind: 'n'; value: number; digits: number } | { kind: 'm'; value: number };

/**
 * Reads the date in `tokens` (from {@link tokenise}), or returns null when they are not shaped
 * like a date. Anything after the date must look like a time of day, which is dropped.
 */
export function readDateTokens(tokens: readonly Token[], written: string): DateReading | null {
  const parts: Part[] = [];
  let rest = 0;
  for (; rest < tokens.length && parts.length < 3; rest++) {
    const token = tokens[rest]!;
    if (token.number !== undefined) {
      parts.push({ kind: 'n', value: token.number, digits: token.text.length });
    } else if (monthNumber(token.text) > 0 && !SKIPPED_WORDS.has(token.text)) {
      parts.push({ kind: 'm', value: monthNumber(token.text) });
    } else if (!SKIPPED_WORDS.has(token.text)) {
      return null;
    }
    // A year ends a month-and-year date: "Mar 2025 10:00" has no day.
    const second = parts[1];
    if (parts.length === 2 && parts[0]!.kind === 'm' && second?.kind === 'n' && second.digits === 4) {
      rest++;
      break;
    }
  }
  for (let i = rest; i < tokens.length; i++) {
    if (tokens[i]!.number === undefined && !TIME_WORDS.has(tokens[i]!.text)) return null;
  }
  return readParts(parts, written);
}

function readParts(parts: readonly Part[], written: string): DateReading | null {
  const shape = parts.map((p) => (p.kind === 'm' ? 'M' : p.digits === 4 ? 'Y' : 'N')).join('');
  const [a, b, c] = parts.map((p) => p.value) as [number, number, number];
  switch (shape) {
    case 'YNN': return exact(a, b, c, written);
    case 'NMY': case 'NMN': return exact(year(parts[2]!), b, a, written);
    case 'MNY': case 'MNN': return exact(year(parts[2]!), a, b, written);
    case 'NNY': case 'NNN': return isYear(parts[2]!) ? dayOrMonthFirst(a, b, year(parts[2]!), written) : null;
    case 'MY': return monthOnly(b, a, written);
    case 'YN': return a >= 1900 && b <= 12 ? monthOnly(a, b, written) : null;
    case 'NM': case 'MN': return { date: '', error: `"${written}" has no year, so it could not be used as a date.`, keepWording: true };
    default: return null;
  }
}

const isYear = (part: Part) => part.kind === 'n' && (part.digits === 4 || part.digits === 2);
/** Two-digit years are 1970–2069: review and rotation dates are recent, and "25" means 2025. */
const year = (part: Part) => (part.kind === 'n' && part.digits === 2 ? (part.value < 70 ? 2000 + part.value : 1900 + part.value) : part.value);

function isoOf(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function exact(year: number, month: number, day: number, written: string): DateReading {
  const date = isoOf(year, month, day);
  return isIsoDate(date) ? { date, keepWording: false } : impossible(year, month, day, written);
}

function impossible(year: number, month: number, day: number, written: string): DateReading {
  let why = 'it is not a real date';
  if (year < 1900 || year > 2200) why = 'it is outside the years 1900 to 2200';
  else if (month >= 1 && month <= 12 && day > 28) why = `${spell(isoOf(year, month, 1) as IsoDate).slice(2)} has no day ${day}`;
  return { date: '', error: `"${written}" could not be used as a date: ${why}.`, keepWording: true };
}

/**
 * Day first, as a UK charity writes dates. When the month-first reading is also a real and
 * different date, it says so, naming both, so the reader can check; when only month first makes
 * sense (the second number is over 12), it reads that and says so.
 */
function dayOrMonthFirst(first: number, second: number, year: number, written: string): DateReading {
  const dayFirst = isoOf(year, second, first);
  const monthFirst = isoOf(year, first, second);
  const dayFirstReal = isIsoDate(dayFirst);
  const monthFirstReal = isIsoDate(monthFirst);
  if (dayFirstReal && monthFirstReal && first !== second) {
    return { date: dayFirst, note: `"${written}" could mean ${spell(dayFirst)} or ${spell(monthFirst)}; it was read day first, as ${spell(dayFirst)} (${dayFirst}).`, keepWording: true };
  }
  if (dayFirstReal) return { date: dayFirst, keepWording: false };
  if (monthFirstReal) {
    return { date: monthFirst, note: `"${written}" was read month first, as ${spell(monthFirst)} (${monthFirst}), because ${second} cannot be a month.`, keepWording: true };
  }
  return impossible(year, second, first, written);
}

function monthOnly(year: number, month: number, written: string): DateReading {
  const date = isoOf(year, month, 1);
  if (!isIsoDate(date)) return impossible(year, month, 1, written);
  return { date, note: `"${written}" gives no day; it was read as the first of the month, ${spell(date)} (${date}).`, keepWording: true };
}
