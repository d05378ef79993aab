import { describe, expect, it } from 'vitest';
import { asSystemId, createSystem, restoreSystem, validateSystem } from '../../../shared/model';

const goodSystem = () => createSystem({ id: asSystemId('sys-1'), position: { x: 10, y: 20 }, name: 'Salesforce NPSP', kind: 'crm', lastReviewed: '2026-01-31' });
const pathsOf = (value: unknown, prefix?: string) => validateSystem(value, prefix).map((p) => p.path);

describe('a system', () => {
  it('starts out active, with every other answer blank', () => {
    const system = createSystem({ id: asSystemId('sys-1'), position: { x: 0, y: 0 } });
    expect(system).toMatchObject({ status: 'active', kind: '', hosting: '', boundary: '', lastReviewed: '', name: '' });
  });

  it('is accepted when every field holds a proper answer', () => {
    expect(validateSystem(goodSystem())).toEqual([]);
  });

  it('is accepted with its choices still blank, since blank means "not filled in yet"', () => {
    expect(validateSystem(createSystem({ id: asSystemId('sys-1'), position: { x: 0, y: 0 }, status: '' }))).toEqual([]);
  });

  it('is rejected when its kind is not in the list of system kinds', () => {
    const problems = validateSystem({ ...goodSystem(), kind: 'spaceship' });
    expect(problems).toEqual([{ path: 'kind', message: expect.stringContaining('"spaceship" is not a system kind') }]);
  });

  it('is rejected when it was last reviewed on a day that does not exist (30 February)', () => {
    expect(pathsOf({ ...goodSystem(), lastReviewed: '2025-02-30' })).toEqual(['lastReviewed']);
  });

  it('accepts "unknown" as when it was last reviewed, as well as a blank', () => {
    expect(validateSystem({ ...goodSystem(), lastReviewed: 'unknown' })).toEqual([]);
    expect(validateSystem({ ...goodSystem(), lastReviewed: '' })).toEqual([]);
  });

  it('is rejected when its name is longer than 200 characters, but not at exactly 200', () => {
    expect(pathsOf({ ...goodSystem(), name: 'x'.repeat(201) })).toEqual(['name']);
    expect(pathsOf({ ...goodSystem(), name: 'x'.repeat(200) })).toEqual([]);
  });

  it('is rejected when its notes are not text', () => {
    expect(pathsOf({ ...goodSystem(), notes: 42 })).toEqual(['notes']);
  });

  it('is rejected without an id, or with an id containing spaces', () => {
    const { id: _, ...withoutId } = goodSystem();
    expect(pathsOf(withoutId)).toEqual(['id']);
    expect(pathsOf({ ...goodSystem(), id: 'has spaces' })).toEqual(['id']);
  });

  it('is rejected when its position on the canvas is not a finite number', () => {
    expect(pathsOf({ ...goodSystem(), position: { x: Number.NaN, y: 0 } })).toEqual(['position']);
    expect(pathsOf({ ...goodSystem(), position: { x: 0, y: Number.POSITIVE_INFINITY } })).toEqual(['position']);
    expect(pathsOf({ ...goodSystem(), position: undefined })).toEqual(['position']);
  });

  it('is rejected when it is not an object at all', () => {
    expect(pathsOf(null)).toEqual(['(system)']);
    expect(pathsOf(['a list'])).toEqual(['(system)']);
  });

  it('names the problem by its place in the map when validated as part of one', () => {
    expect(pathsOf({ ...goodSystem(), hosting: 'moon' }, 'systems[3].')).toEqual(['systems[3].hosting']);
  });
});

describe('restoring a system from storage or an older file', () => {
  it('fills in fields the older save did not have', () => {
    const { reviewedBy: _r, authoritativeFor: _a, ...older } = goodSystem();
    const restored = restoreSystem(older);
    expect(restored).toEqual(goodSystem());
    expect(validateSystem(restored)).toEqual([]);
  });

  it('drops properties that no field describes', () => {
    const restored = restoreSystem({ ...goodSystem(), colour: 'red', assessmentId: 'a1' });
    expect(restored).not.toHaveProperty('colour');
    expect(restored).not.toHaveProperty('assessmentId');
  });

  it('puts a system with no usable position at the origin, and copies a good one', () => {
    expect(restoreSystem({ ...goodSystem(), position: 'top left' }).position).toEqual({ x: 0, y: 0 });
    expect(restoreSystem({ ...goodSystem(), position: { x: 5, y: 6, z: 7 } }).position).toEqual({ x: 5, y: 6 });
  });

  it('keeps a bad value as it is, so validation can still report it', () => {
    const restored = restoreSystem({ ...goodSystem(), kind: 'spaceship' });
    expect(restored.kind).toBe('spaceship');
    expect(pathsOf(restored)).toEqual(['kind']);
  });
});
