import { describe, expect, it } from 'vitest';
import { MAX_LEAVERS, validateAssessment } from '../../../shared/model';
import {
  intervalText, LEAVERS_TEXT, leaversText, parseInterval, parseLeavers, shownText,
} from '../../../renderer/editor/check-settings';
import { mapBuilder } from '../../support/map-builder';

describe('the review and rotation intervals', () => {
  it('accept whole numbers within their limits', () => {
    expect(parseInterval('reviewIntervalMonths', '12')).toEqual({ ok: true, value: 12 });
    expect(parseInterval('reviewIntervalMonths', ' 120 ')).toEqual({ ok: true, value: 120 });
    expect(parseInterval('rotationIntervalDays', '90')).toEqual({ ok: true, value: 90 });
    expect(parseInterval('rotationIntervalDays', '3650')).toEqual({ ok: true, value: 3650 });
  });

  it('explain what is wanted when the number is missing, fractional or out of range', () => {
    for (const text of ['', '0', '121', '1.5', '-3', '1e2', 'twelve']) {
      expect(parseInterval('reviewIntervalMonths', text)).toEqual({ ok: false, problem: 'Enter a whole number of months from 1 to 120.' });
    }
    expect(parseInterval('rotationIntervalDays', '3651')).toEqual({ ok: false, problem: 'Enter a whole number of days from 1 to 3650.' });
  });
});

describe('the list of people who have left', () => {
  it('takes one name per line, trimmed, with blank lines dropped', () => {
    expect(parseLeavers('  Pat Former \n\n\r\nSam Gone\r\n   \n')).toEqual({ ok: true, value: ['Pat Former', 'Sam Gone'] });
    expect(parseLeavers('')).toEqual({ ok: true, value: [] });
  });

  it('refuses a name longer than a stored map allows, saying which', () => {
    const result = parseLeavers(`Pat\n${'y'.repeat(201)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/at most 200 characters; "y{40}…" is longer/);
    expect(parseLeavers('y'.repeat(200)).ok).toBe(true);
  });

  it('refuses more names than a stored map allows', () => {
    const names = Array.from({ length: MAX_LEAVERS + 1 }, (_, i) => `Person ${i}`);
    expect(parseLeavers(names.join('\n'))).toEqual({ ok: false, problem: `List at most ${MAX_LEAVERS} people; this list has ${MAX_LEAVERS + 1}.` });
  });

  it('only ever gives lists a stored assessment accepts', () => {
    const { assessment } = mapBuilder().build();
    for (const text of ['Pat\nSam', 'y'.repeat(200), Array.from({ length: MAX_LEAVERS }, () => 'Sam').join('\n')]) {
      const result = parseLeavers(text);
      if (!result.ok) throw new Error(result.problem);
      expect(validateAssessment({ ...assessment, settings: { ...assessment.settings, leavers: result.value } })).toEqual([]);
    }
  });

  it('shows the stored list one name per line', () => {
    expect(leaversText(['Pat Former', 'Sam Gone'])).toBe('Pat Former\nSam Gone');
  });
});

describe('what a settings field shows', () => {
  it('shows the stored value until the user types', () => {
    expect(shownText(null, ['Pat'], LEAVERS_TEXT)).toBe('Pat');
    expect(shownText(null, 12, intervalText('reviewIntervalMonths'))).toBe('12');
  });

  it('keeps the user’s text while it still means the stored value, so a new line is not swallowed', () => {
    expect(shownText('Pat\n', ['Pat'], LEAVERS_TEXT)).toBe('Pat\n');
  });

  it('keeps invalid text on screen, for the user to correct', () => {
    expect(shownText('0', 12, intervalText('reviewIntervalMonths'))).toBe('0');
  });

  it('follows the stored value when it changes under the field, as after an undo', () => {
    expect(shownText('Pat\nSam', ['Pat'], LEAVERS_TEXT)).toBe('Pat');
    expect(shownText('24', 12, intervalText('reviewIntervalMonths'))).toBe('12');
  });
});
