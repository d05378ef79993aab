/**
 * The fields of a cell tag and its value, read in place from a sheet's text (from one index to
 * another) without making a string for each: a reference's column, a style's number, a type, a
 * shared string's index, a number.
 */

/** A cell's `t`: what its value is. */
export const NUMBER = 0;
export const SHARED_STRING = 1;
export const FORMULA_STRING = 2;
export const INLINE_STRING = 3;
export const BOOLEAN = 4;
export const ERROR = 5;
export const ISO_DATE = 6;
const ONE_LETTER_TYPES: Readonly<Record<string, number>> = { n: NUMBER, s: SHARED_STRING, b: BOOLEAN, e: ERROR, d: ISO_DATE };
/** Powers of ten a double holds exactly: dividing by one rounds correctly, as parsing the text would. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** The column (from 0) the reference between `from` and `to` names (`AB12` → 27); `fallback` when it names none. */
export function columnAt(text: string, from: number, to: number, fallback: number): number {
  let column = 0;
  let at = from;
  for (; at < to && at - from <= 3; at++) {
    const code = text.charCodeAt(at) | 32;
    if (code < 97 || code > 122) break;
    column = column * 26 + code - 96;
  }
  return at === from || at - from > 3 ? fallback : column - 1;
}

/** A cell's `t` between `from` and `to`, as one of the type constants; a number when it is none of them. */
export function cellType(text: string, from: number, to: number): number {
  if (to - from === 1) return ONE_LETTER_TYPES[text[from]!] ?? NUMBER;
  if (text.startsWith('str', from) && to - from === 3) return FORMULA_STRING;
  if (text.startsWith('inlineStr', from) && to - from === 9) return INLINE_STRING;
  return NUMBER;
}

/** A non-negative whole number written between `from` and `to`; -1 when it is not one. */
export function wholeNumber(text: string, from: number, to: number): number {
  let value = 0;
  for (let at = from; at < to; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return to > from ? value : -1;
}

/**
 * The number written between `from` and `to`, as `Number` reads it. A plain decimal of up to 15
 * digits is worked out from its digits, with no string made: its digits and the power of ten are
 * exact doubles, so one division rounds correctly. Anything else (an exponent, say) goes to `Number`.
 */
export function parseNumber(text: string, from: number, to: number): number {
  let at = from;
  const negative = text.charCodeAt(at) === 45;
  if (negative) at++;
  let digits = 0;
  let decimals = 0;
  let point = false;
  let mantissa = 0;
  for (; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + code - 48;
      digits++;
      if (point) decimals++;
    } else if (code === 46 && !point) point = true;
    else break;
  }
  if (at < to || digits === 0 || digits > 15) return Number(text.slice(from, to));
  const value = decimals === 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals]!;
  return negative ? -value : value;
}
