/**
 * Excel's date serials: days since 1899-12-31 counted as Excel counts them, with the phantom
 * 1900-02-29 (so day 60 is that day, and from 1900-03-01 on a serial is days since 1899-12-30).
 */

const DAY_MS = 86_400_000;
/** 1970-01-01 as a serial. */
const EPOCH_SERIAL = 25_569;
/** The first serial after the phantom leap day: 1900-03-01. */
const MARCH_1900 = 61;
/**
 * Days between the two date systems: a workbook made on an old Mac may count from 1904-01-01
 * (`<workbookPr date1904="1"/>`), its serials 1,462 days fewer than the same dates' usual ones.
 */
export const DATE_1904_OFFSET = 1462;

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const ISO_TIME = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/;

/**
 * The serial of an ISO 8601 date, date-time or time, as a `t="d"` cell holds it
 * (`2024-02-29`, `2024-02-29T13:30:00Z`, `13:30:00`), or null when it is none of those. A time
 * zone is ignored: Excel's dates have none, and the text's clock time is what the cell showed.
 */
export function isoDateSerial(text: string): number | null {
  const trimmed = text.trim();
  const time = ISO_TIME.exec(trimmed);
  if (time) return dayFraction(time[1], time[2], time[3]);
  const date = ISO_DATE_TIME.exec(trimmed);
  if (!date) return null;
  const [, year, month, day] = date.map(Number) as [number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const days = Date.UTC(year, month - 1, day) / DAY_MS + EPOCH_SERIAL;
  const serial = days < MARCH_1900 ? days - 1 : days;
  return serial + dayFraction(date[4], date[5], date[6]);
}

function dayFraction(hours = '0', minutes = '0', seconds = '0'): number {
  return (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) / 86_400;
}
