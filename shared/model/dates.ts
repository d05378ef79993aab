/**
 * A date someone records by hand, such as "last reviewed". Three different answers:
 * - `''`: not filled in yet;
 * - `'unknown'`: the assessor asked and nobody knows (a real answer, checked as such);
 * - `YYYY-MM-DD`: a calendar date, with no time zone, so it never shifts between machines.
 */
export type IsoDate = `${number}-${number}-${number}`;
export type DateAnswer = '' | 'unknown' | IsoDate;

/** True for a real calendar date written as `YYYY-MM-DD` (rejects 2025-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  // Character codes, not a regular expression: the checks and the workbook ask this of every
  // date in a map, and a match would allocate for each one.
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const DASH = 0x2d;
const ZERO = 0x30;

/** The number written by the ASCII digits `text[from..to)`, or -1 when any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let number = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

export function isDateAnswer(value: unknown): value is DateAnswer {
  return value === '' || value === 'unknown' || isIsoDate(value);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A timestamp as stored: ISO 8601 in UTC, e.g. `2026-11-22T09:30:00.000Z`. */
export const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** True for a timestamp {@link TIMESTAMP_PATTERN} accepts. */
export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && TIMESTAMP_PATTERN.test(value);
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid `YYYY-MM-DD`, for counting days between dates. */
export function dayNumber(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((dayNumber(date) + days) * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate;
}

/** The date `months` calendar months after `date`; the 31st becomes the month's last day when it has fewer. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, lastDay))).toISOString().slice(0, 10) as IsoDate;
}

/** Today's date where the user is, from a clock reading: the day a person would write down. */
export function localDateOf(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as IsoDate;
}
