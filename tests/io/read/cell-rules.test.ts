import { describe, expect, it } from 'vitest';
import { isoDateSerial } from '../../../io/xlsx/read/excel-dates';
import { shiftFormula } from '../../../io/xlsx/read/formula';
import { dateStyles, isDateFormatCode } from '../../../io/xlsx/read/number-formats';
import { xmlText } from '../../../io/xlsx/read/xml-scan';
import { stylesXml } from './package-builder';

// The rules behind a cell's value: which number formats are dates, Excel's day numbers, shared
// formulas moved to other cells, and SpreadsheetML's text escapes.

describe('date number formats', () => {
  it('takes formats with day, month, year, hour or second codes as dates', () => {
    for (const code of ['yyyy-mm-dd', 'd/m/yy', 'dd"."mm"."yyyy;@', '[$-409]mmmm d, yyyy', 'h:mm AM/PM', '[h]:mm:ss', 'mm:ss.0', '[Red][<=100]d-mmm']) {
      expect(isDateFormatCode(code), code).toBe(true);
    }
  });

  it('does not take numbers, percentages, currencies, text or quoted words as dates', () => {
    for (const code of ['General', '0.00', '#,##0', '0%', '0.00E+00', '#,##0 "days"', '[$€-1809]#,##0.00', '[Red]-0.00', '@', '0\\d', '_-* #,##0_-;\\-* #,##0_-', '"Mon "0']) {
      expect(isDateFormatCode(code), code).toBe(false);
    }
  });

  it('knows the built-in date formats by id, and reads styles past the end as not dates', () => {
    expect(dateStyles(stylesXml([0, 14, 15, 22, 45, 47, 2, 9, 49]))).toEqual([false, true, true, true, true, true, false, false, false]);
    expect(dateStyles(null)).toEqual([]);
  });

  it('reads the cell styles, not the cell style masters before them', () => {
    // stylesXml puts format 14 (a date) in cellStyleXfs; the cell style itself is General.
    expect(dateStyles(stylesXml([0]))).toEqual([false]);
  });
});

describe('ISO dates in t="d" cells', () => {
  it('gives Excel’s serial, with Excel’s phantom 1900-02-29 counted', () => {
    expect(isoDateSerial('2024-02-29')).toBe(45_351);
    expect(isoDateSerial('1900-03-01')).toBe(61);
    expect(isoDateSerial('1900-02-28')).toBe(59);
    expect(isoDateSerial('1900-01-01')).toBe(1);
  });

  it('keeps the time of day, ignoring a time zone, and reads a time alone', () => {
    expect(isoDateSerial('2024-02-29T18:00:00Z')).toBe(45_351.75);
    expect(isoDateSerial('2024-02-29T06:00:00.000+02:00')).toBe(45_351.25);
    expect(isoDateSerial('12:00:00')).toBe(0.5);
  });

  it('gives null for text that is no date', () => {
    expect(isoDateSerial('29/02/2024')).toBeNull();
    expect(isoDateSerial('2024-13-01')).toBeNull();
  });
});

describe('moving a shared formula', () => {
  it('moves relative references, not absolute ones, whole rows of names or functions', () => {
    expect(shiftFormula('A1+$B$1+B$1+$C2+ATAN2(A1,B1)+LOG10(A1)+Rate+TAX2023', 2, 1)).toBe('B3+$B$1+C$1+$C4+ATAN2(B3,C3)+LOG10(B3)+Rate+TAY2025');
  });

  it('leaves text in quotes, quoted sheet names and structured references as they are', () => {
    expect(shiftFormula('"A1"&\'Q1 2024\'!A1&Table1[[#This Row],[B1]]&"say ""B2"""', 1, 0)).toBe('"A1"&\'Q1 2024\'!A2&Table1[[#This Row],[B1]]&"say ""B2"""');
  });

  it('writes #REF! for a reference moved off the grid, and leaves names past it alone', () => {
    expect(shiftFormula('XFD1+A1048576+XFE1', 1, 1)).toBe('#REF!+#REF!+XFE1');
  });
});

describe('SpreadsheetML text', () => {
  it('unescapes entities and then Excel’s escapes, in that order', () => {
    expect(xmlText('a &amp;amp; b &#95;x0041_ _x0041_ _x005F_x0041_ &unknown; &#x110000;')).toBe('a &amp; b A A _x0041_ &unknown; &#x110000;');
  });
});
