/**
 * A date someone records by hand, such as "last reviewed". Three different answers:
 * - `''`: not filled in yet;
 * - `'unknown'`: the assessor asked and nobody knows (a real answer, checked as such);
 * - `YYYY-MM-DD`: a calendar date, with no time zone, so it never shifts between machines.
 */
export type IsoDate = `${number}-${number}-${number}`;
export type DateAnswer = '' | 'unknown' | IsoDate;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as `YYYY-MM-DD` (rejects 2025-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function isDateAnswer(value: unknown): value is DateAnswer {
  return value === '' || value === 'unknown' || isIsoDate(value);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A timestamp as stored: ISO 8601 in UTC, e.g. `2026-11-22T09:30:00.000Z`. */
export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value);
}
