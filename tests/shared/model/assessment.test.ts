import { describe, expect, it } from 'vitest';
import { asAssessmentId, createAssessment, DEFAULT_SETTINGS, restoreAssessment, validateAssessment } from '../../../shared/model';

const NOW = '2026-04-01T08:15:00.000Z';
const goodAssessment = () => createAssessment({ id: asAssessmentId('a1'), now: NOW, name: 'Integration review 2026', organisation: 'Acme Trust', assessor: 'Sam' });
const pathsOf = (value: unknown) => validateAssessment(value).map((p) => p.path);

describe('an assessment', () => {
  it('starts out untitled, created and changed now, with the default review and rotation intervals', () => {
    const assessment = createAssessment({ id: asAssessmentId('a1'), now: NOW });
    expect(assessment).toEqual({ id: 'a1', name: 'Untitled assessment', organisation: '', assessor: '', createdAt: NOW, updatedAt: NOW, settings: DEFAULT_SETTINGS });
  });

  it('is accepted when every field holds a proper answer', () => {
    expect(validateAssessment(goodAssessment())).toEqual([]);
  });

  it('is rejected without an id', () => {
    expect(pathsOf({ ...goodAssessment(), id: '' })).toEqual(['id']);
  });

  it('is rejected when its organisation is longer than 200 characters', () => {
    expect(pathsOf({ ...goodAssessment(), organisation: 'o'.repeat(201) })).toEqual(['organisation']);
  });

  it('is rejected when it was created at a date without a time, or at a local time', () => {
    expect(pathsOf({ ...goodAssessment(), createdAt: '2026-04-01' })).toEqual(['createdAt']);
    expect(pathsOf({ ...goodAssessment(), updatedAt: '2026-04-01T08:15:00+01:00' })).toEqual(['updatedAt']);
  });

  it('is rejected when its review interval is not a whole number of months from 1 to 120', () => {
    for (const months of [0, 121, 1.5, '12']) {
      expect(pathsOf({ ...goodAssessment(), settings: { ...DEFAULT_SETTINGS, reviewIntervalMonths: months } })).toEqual(['settings.reviewIntervalMonths']);
    }
  });

  it('is rejected when its credential rotation interval is out of range', () => {
    expect(pathsOf({ ...goodAssessment(), settings: { ...DEFAULT_SETTINGS, rotationIntervalDays: 3651 } })).toEqual(['settings.rotationIntervalDays']);
  });

  it('is rejected when the list of people who have left is not a list of short names', () => {
    expect(pathsOf({ ...goodAssessment(), settings: { ...DEFAULT_SETTINGS, leavers: 'Jo Bloggs' } })).toEqual(['settings.leavers']);
    expect(pathsOf({ ...goodAssessment(), settings: { ...DEFAULT_SETTINGS, leavers: ['x'.repeat(201)] } })).toEqual(['settings.leavers']);
    expect(pathsOf({ ...goodAssessment(), settings: { ...DEFAULT_SETTINGS, leavers: ['Jo Bloggs', 'Sam Smith'] } })).toEqual([]);
  });

  it('is rejected without settings', () => {
    expect(pathsOf({ ...goodAssessment(), settings: null })).toEqual(['settings']);
  });

  it('is rejected when it is not an object', () => {
    expect(pathsOf('an assessment')).toEqual(['(assessment)']);
  });
});

describe('restoring an assessment from storage or an older file', () => {
  it('fills in missing names and settings', () => {
    const restored = restoreAssessment({ id: 'a1', name: 'Old review', createdAt: NOW, updatedAt: NOW, settings: { reviewIntervalMonths: 6 } });
    expect(restored).toEqual({ id: 'a1', name: 'Old review', organisation: '', assessor: '', createdAt: NOW, updatedAt: NOW, settings: { ...DEFAULT_SETTINGS, reviewIntervalMonths: 6 } });
    expect(validateAssessment(restored)).toEqual([]);
  });

  it('takes the creation time as the last change when none was saved', () => {
    const { updatedAt: _, ...older } = goodAssessment();
    expect(restoreAssessment(older).updatedAt).toBe(NOW);
  });

  it('drops properties no field describes', () => {
    expect(restoreAssessment({ ...goodAssessment(), colourScheme: 'dark' })).toEqual(goodAssessment());
  });
});
