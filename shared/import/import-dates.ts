import { isIsoDate, type DateAnswer, type IsoDate } from '../model';
import { readDateTokens, spell, tokenise } from './date-patterns';

/**
 * What a date written in a spreadsheet says. `date` is what to record; `note` says what the
 * reader should check (a guess was made), `error` says why nothing could be recorded; `keepWording`
 * is true when the words say more than the date does ("never", "Mar 2025", an ambiguous date).
 */
export interface DateReading {
  readonly date: DateAnswer;
  readonly note?: string;
  readonly error?: string;
  readonly keepWording: boolean;
}

const MS_PER_DAY = 86_400_000;
const EXCEL_FIRST_DAY = Date.UTC(1900, 0, 1);
/** Excel's serial for 29 February 1900, a day that never was (kept from Lotus 1-2-3 for compatibility). */
const EXCEL_LEAP_BUG_SERIAL = 60;
/** 31 December 9999, Excel's last date. */
const EXCEL_LAST_SERIAL = 2_958_465;

/**
 * The calendar date an Excel date serial stands for (1 is 1900-01-01; any time of day is dropped),
 * or null when it names no real date from 1900 to 2200. Excel counts a 29 February 1900 that
 * never existed, so serials from 61 on are one day ahead of a plain count of days, and 60 itself
 * is no date at all.
 */
export function isoDateFromSerial(serial: number): IsoDate | null {
  const whole = Math.floor(serial);
  if (!(whole >= 1 && whole <= EXCEL_LAST_SERIAL) || whole === EXCEL_LEAP_BUG_SERIAL) return null;
  const daysAfterFirst = whole < EXCEL_LEAP_BUG_SERIAL ? whole - 1 : whole - 2;
  const iso = new Date(EXCEL_FIRST_DAY + daysAfterFirst * MS_PER_DAY).toISOString().slice(0, 10);
  return isIsoDate(iso) ? iso : null;
}

/** A date cell (a serial with the cell formatted as a date): always taken as a serial. */
export function readDateSerial(serial: number): DateReading {
  const date = isoDateFromSerial(serial);
  if (date) return { date, keepWording: false };
  const why = Math.floor(serial) === EXCEL_LEAP_BUG_SERIAL ? "it is Excel's 29 February 1900, a day that never existed" : 'it is outside the years 1900 to 2200';
  return { date: '', error: `The date could not be used: ${why}.`, keepWording: true };
}

/** Plain numbers read as Excel serials only from 1950-01-01 to 2199-12-31: nearer 0 they are more likely counts or years. */
const PLAUSIBLE_SERIALS = { from: 18_264, to: 109_573 };

/** A plain number in a date column: a year, a YYYYMMDD date, or a date serial that lost its date format. */
export function readDateNumber(number: number, written = String(number)): DateReading {
  if (Number.isInteger(number) && number >= 1900 && number <= 2200) {
    return { date: `${number}-01-01` as IsoDate, note: `"${written}" gives only a year; it was read as 1 January ${number} (${number}-01-01).`, keepWording: true };
  }
  if (Number.isInteger(number) && number >= 19_000_101 && number <= 22_001_231) {
    const text = String(number);
    const date = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`;
    if (isIsoDate(date)) return { date, keepWording: false };
  }
  if (number >= PLAUSIBLE_SERIALS.from && number <= PLAUSIBLE_SERIALS.to) {
    const date = isoDateFromSerial(number)!;
    return { date, note: `The number ${written} was read as an Excel date serial, ${spell(date)} (${date}).`, keepWording: false };
  }
  return { date: '', error: `The number ${written} is not a date this app can read.`, keepWording: true };
}

/** Words that mean nobody knows the date: recorded as 'unknown', a real answer. */
const UNKNOWN_WORDS = new Set(['unknown', 'n a', 'na', 'n k', 'nk', 'not known', 'dont know', 'do not know', 'unsure', 'not sure', 'no idea', 'unclear', 'tbc', 'tbd']);
/**
 * Words that say it has never happened. Recorded as blank, not 'unknown': "never" is a known
 * answer (there is no date), and the checks already describe a blank review or rotation date as
 * never done ("has never been reviewed"), so both rate it the same. The wording goes to the notes
 * so the record still shows someone said "never", which a blank alone would not.
 */
const NEVER_WORDS = new Set(['never', 'never reviewed', 'never rotated', 'never changed', 'not yet', 'not ever', 'none']);

/**
 * Reads a date written as text: ISO with or without a time, day/month/year (day first, as in
 * the UK; an ambiguous one is flagged), month names, a month and year, a year, a serial as
 * digits, or the words for unknown and never.
 */
export function readDateText(text: string): DateReading {
  const trimmed = text.trim();
  const tokens = tokenise(trimmed);
  if (tokens.length === 0) return trimmed.includes('?') ? { date: 'unknown', keepWording: false } : { date: '', keepWording: false };
  const asNumber = Number(trimmed);
  if (Number.isFinite(asNumber) && tokens.every((t) => t.number !== undefined)) return readDateNumber(asNumber, trimmed);
  if (tokens.every((t) => t.number === undefined)) {
    const words = tokens.map((t) => t.text).join(' ');
    if (UNKNOWN_WORDS.has(words)) return { date: 'unknown', keepWording: false };
    if (NEVER_WORDS.has(words)) return { date: '', keepWording: true };
  }
  return readDateTokens(tokens, trimmed) ?? notADate(trimmed);
}

function notADate(text: string): DateReading {
  return { date: '', error: `"${text}" is not a date this app can read (write it like 2025-03-04 or 4 March 2025).`, keepWording: true };
}
