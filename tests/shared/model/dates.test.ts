import { describe, expect, it } from 'vitest';
import { isDateAnswer, isIsoDate, isTimestamp } from '../../../shared/model';

describe('a calendar date', () => {
  it('is accepted when it is a real day written as YYYY-MM-DD', () => {
    for (const date of ['2026-01-31', '2026-04-30', '2024-02-29', '2000-02-29', '1900-01-01', '2200-12-31']) {
      expect(isIsoDate(date), date).toBe(true);
    }
  });

  it('is rejected when the day does not exist, such as 30 February or 29 February outside a leap year', () => {
    for (const date of ['2025-02-30', '2023-02-29', '1900-02-29', '2026-04-31', '2026-06-31', '2026-09-31', '2026-11-31', '2026-13-01', '2026-00-10', '2026-01-00']) {
      expect(isIsoDate(date), date).toBe(false);
    }
  });

  it('is rejected when written any other way', () => {
    for (const date of ['2026-1-5', '05/01/2026', '2026-01-05T00:00:00Z', ' 2026-01-05', '20260105', 20260105, null]) {
      expect(isIsoDate(date), String(date)).toBe(false);
    }
  });

  it('is rejected when the year is implausibly far away', () => {
    expect(isIsoDate('1899-12-31')).toBe(false);
    expect(isIsoDate('2201-01-01')).toBe(false);
  });
});

describe('a date answer', () => {
  it('may be blank (not asked yet) or "unknown" (asked, and nobody knows), and these are different answers', () => {
    expect(isDateAnswer('')).toBe(true);
    expect(isDateAnswer('unknown')).toBe(true);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate('unknown')).toBe(false);
  });

  it('accepts only the exact word "unknown", not other ways of saying it', () => {
    for (const answer of ['Unknown', 'UNKNOWN', 'n/a', '?', ' unknown']) expect(isDateAnswer(answer), answer).toBe(false);
  });

  it('accepts a real date and rejects an impossible one', () => {
    expect(isDateAnswer('2026-03-15')).toBe(true);
    expect(isDateAnswer('2025-02-30')).toBe(false);
  });
});

describe('a timestamp', () => {
  it('is accepted in the form the app writes, ISO 8601 in UTC', () => {
    expect(isTimestamp(new Date(Date.UTC(2026, 10, 22, 9, 30)).toISOString())).toBe(true);
    expect(isTimestamp('2026-11-22T09:30:00Z')).toBe(true);
  });

  it('is rejected with a time-zone offset, without a time, or when not text', () => {
    for (const value of ['2026-11-22T09:30:00+01:00', '2026-11-22', '2026-11-22 09:30:00Z', 1_700_000_000_000]) {
      expect(isTimestamp(value), String(value)).toBe(false);
    }
  });
});
