import { INTERVAL_LIMITS, MAX_LEAVER_NAME_LENGTH, MAX_LEAVERS, type IntervalSetting } from '../../shared/model';

/**
 * Turning what the user types in the assessment's check settings into settings, and back. The
 * limits are the ones `validateAssessment` enforces, imported from beside it, so nothing typed
 * here can make a map that fails to load.
 */

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

/** `text` as the interval `key`, or why it is not one, e.g. "Enter a whole number of months from 1 to 120." */
export function parseInterval(key: IntervalSetting, text: string): Parsed<number> {
  const { min, max, unit } = INTERVAL_LIMITS[key];
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || value < min || value > max) {
    return { ok: false, problem: `Enter a whole number of ${unit} from ${min} to ${max}.` };
  }
  return { ok: true, value };
}

/** One name per line, each trimmed, blank lines dropped; too many names or too long a name is a problem. */
export function parseLeavers(text: string): Parsed<string[]> {
  const names = text.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== '');
  if (names.length > MAX_LEAVERS) {
    return { ok: false, problem: `List at most ${MAX_LEAVERS} people; this list has ${names.length}.` };
  }
  const tooLong = names.find((name) => name.length > MAX_LEAVER_NAME_LENGTH);
  if (tooLong !== undefined) {
    return { ok: false, problem: `Names can be at most ${MAX_LEAVER_NAME_LENGTH} characters; "${tooLong.slice(0, 40)}…" is longer.` };
  }
  return { ok: true, value: names };
}

/** The leavers as the text area shows them: one per line. */
export function leaversText(leavers: readonly string[]): string {
  return leavers.join('\n');
}

/** True when both lists name the same people in the same order. */
export function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

/** How one settings field reads and writes its text. */
export interface SettingText<T> {
  parse(text: string): Parsed<T>;
  same(a: T, b: T): boolean;
  format(value: T): string;
}

export const LEAVERS_TEXT: SettingText<readonly string[]> = { parse: parseLeavers, same: sameNames, format: leaversText };

export function intervalText(key: IntervalSetting): SettingText<number> {
  return { parse: (text) => parseInterval(key, text), same: (a, b) => a === b, format: String };
}

/**
 * What a settings field shows: the user's own text while it is invalid or still means the
 * stored value (so a half-typed line or a trailing newline stays put), otherwise the stored
 * value, which is how an undo made while the dialog is open shows up in it.
 */
export function shownText<T>(draft: string | null, stored: T, text: SettingText<T>): string {
  if (draft === null) return text.format(stored);
  const parsed = text.parse(draft);
  return !parsed.ok || text.same(parsed.value, stored) ? draft : text.format(stored);
}
