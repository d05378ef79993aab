import { describe, expect, it } from 'vitest';
import { FLOW_FIELDS, isDateAnswer, type FieldSpec } from '../../../shared/model';
import { readFieldCell } from '../../../shared/import/field-values';
import { isoDateFromSerial, readDateText } from '../../../shared/import/import-dates';
import type { SheetCell } from '../../../shared/import/sheet-table';

const lastReviewed: FieldSpec = FLOW_FIELDS.find((f) => f.key === 'lastReviewed')!;
const readCell = (cell: SheetCell, today?: `${number}-${number}-${number}`) => readFieldCell(lastReviewed, cell, today ? { today } : {});
const dateOf = (text: string) => readDateText(text).date;

describe('reading dates written as text', () => {
  it('reads ISO dates, with or without a time', () => {
    expect(readDateText('2025-03-04')).toEqual({ date: '2025-03-04', keepWording: false });
    expect(dateOf('2025-03-04T10:15:00Z')).toBe('2025-03-04');
    expect(dateOf('2025-03-04 23:59:59.123+01:00')).toBe('2025-03-04');
    expect(dateOf('2025/3/4')).toBe('2025-03-04');
  });

  it('reads day/month/year with slashes, dots or dashes, and two-digit years', () => {
    expect(dateOf('13/03/2025')).toBe('2025-03-13');
    expect(dateOf('4.3.25')).toBe('2025-03-04');
    expect(dateOf('4-3-2025')).toBe('2025-03-04');
    expect(dateOf('31/12/99')).toBe('1999-12-31');
    expect(dateOf('04/03/2025 14:30')).toBe('2025-03-04');
  });

  it('reads an ambiguous date day first and flags it, naming both readings', () => {
    const reading = readDateText('04/03/2025');
    expect(reading.date).toBe('2025-03-04');
    expect(reading.note).toContain('4 March 2025');
    expect(reading.note).toContain('3 April 2025');
    expect(reading.keepWording).toBe(true);
  });

  it('does not flag a date that reads the same either way', () => {
    expect(readDateText('03/03/2025')).toEqual({ date: '2025-03-03', keepWording: false });
  });

  it('reads a date that only makes sense month first that way, and says so', () => {
    const reading = readDateText('03/25/2025');
    expect(reading.date).toBe('2025-03-25');
    expect(reading.note).toContain('month first');
  });

  it('reads month names, long or short, either way round', () => {
    expect(dateOf('4 March 2025')).toBe('2025-03-04');
    expect(dateOf('4th of March 2025')).toBe('2025-03-04');
    expect(dateOf('March 4, 2025')).toBe('2025-03-04');
    expect(dateOf('Tue 4 Mar 2025')).toBe('2025-03-04');
    expect(dateOf('04-Sept-25')).toBe('2025-09-04');
  });

  it('reads a month and year as the first of the month, with a warning', () => {
    const reading = readDateText('Mar 2025');
    expect(reading.date).toBe('2025-03-01');
    expect(reading.note).toContain('first of the month');
    expect(dateOf('March 2025')).toBe('2025-03-01');
  });

  it('reads the words for not knowing as unknown', () => {
    for (const words of ['unknown', 'Unknown', 'n/a', 'N/A', '?', 'not known', "don't know"]) expect(dateOf(words), words).toBe('unknown');
  });

  it('reads "never" as no date, keeping the word so the record still says never', () => {
    expect(readDateText('never')).toEqual({ date: '', keepWording: true });
    expect(readDateText('Never reviewed')).toEqual({ date: '', keepWording: true });
  });

  it('refuses impossible dates with an error, and records nothing', () => {
    const reading = readDateText('31/02/2025');
    expect(reading.date).toBe('');
    expect(reading.error).toContain('February 2025 has no day 31');
    expect(readDateText('29/02/2023').error).toBeDefined();
    expect(dateOf('29/02/2024')).toBe('2024-02-29');
    expect(readDateText('2025-13-01').error).toBeDefined();
    expect(readDateText('1 May 1850').error).toContain('1900 to 2200');
    expect(readDateText('4 March').error).toContain('no year');
    expect(readDateText('soon').error).toContain('not a date');
  });

  it('only ever records a valid date answer', () => {
    const samples = ['2025-02-29', '00/00/0000', '99/99/99', '2201-01-01', 'Feb 30 2025', '1/1/1', '12345678', 'Mar', '31.04.2025', '0', '-5'];
    for (const text of samples) expect(isDateAnswer(readDateText(text).date), text).toBe(true);
  });
});

describe('reading Excel date serials', () => {
  it('counts from 1 January 1900, stepping over the 29 February 1900 that Excel invented', () => {
    expect(isoDateFromSerial(1)).toBe('1900-01-01');
    expect(isoDateFromSerial(59)).toBe('1900-02-28');
    expect(isoDateFromSerial(60)).toBeNull();
    expect(isoDateFromSerial(61)).toBe('1900-03-01');
    expect(isoDateFromSerial(45000)).toBe('2023-03-15');
    expect(isoDateFromSerial(45000.75)).toBe('2023-03-15');
    expect(isoDateFromSerial(0)).toBeNull();
  });

  it('reads a date cell as its date', () => {
    expect(readCell({ value: 45000, date: true })).toEqual({ value: '2023-03-15', wording: '', problems: [] });
  });

  it("refuses Excel's 29 February 1900 with an error", () => {
    expect(readCell({ value: 60, date: true })).toMatchObject({ value: '', problems: [{ severity: 'error' }] });
  });

  it('reads a plain number in a date column as a serial when it is a plausible one, with a warning', () => {
    const reading = readCell({ value: 45000 });
    expect(reading.value).toBe('2023-03-15');
    expect(reading.problems).toEqual([{ severity: 'warning', message: expect.stringContaining('Excel date serial') }]);
    expect(readCell({ value: '45000' }).value).toBe('2023-03-15');
  });

  it('reads a four-digit number as the start of that year, with a warning, and refuses small numbers', () => {
    expect(readCell({ value: 2024 })).toMatchObject({ value: '2024-01-01', problems: [{ severity: 'warning' }] });
    expect(readCell({ value: 12 })).toMatchObject({ value: '', wording: '12', problems: [{ severity: 'error' }] });
  });
});

describe('a date cell as a field', () => {
  it('leaves an impossible date blank, keeps the text for the notes and reports an error', () => {
    const reading = readCell({ value: '31/02/2025' });
    expect(reading).toEqual({ value: '', wording: '31/02/2025', problems: [{ severity: 'error', message: expect.stringContaining('Last reviewed was left blank') }] });
  });

  it('keeps a date in the future but flags it', () => {
    const reading = readCell({ value: '2027-01-01' }, '2026-06-01');
    expect(reading.value).toBe('2027-01-01');
    expect(reading.problems).toEqual([{ severity: 'warning', message: expect.stringContaining('in the future') }]);
  });

  it('reads "Unknown", as our own workbook writes it, as unknown', () => {
    expect(readCell({ value: 'Unknown' })).toEqual({ value: 'unknown', wording: '', problems: [] });
  });
});
