import { describe, expect, it } from 'vitest';
import { replacedBetween, withReplaced } from '../../../shared/model';

const records = (): Record<string, { v: number }> => ({ a: { v: 1 }, b: { v: 2 }, c: { v: 3 } });

describe('record maps that remember what replaced what', () => {
  it('keeps every id in its place and swaps only the records given', () => {
    const before = records();
    const after = withReplaced(before, { b: { v: 20 } });
    expect(Object.keys(after)).toEqual(['a', 'b', 'c']);
    expect(after.a).toBe(before.a);
    expect(after.b).toEqual({ v: 20 });
    expect(before.b).toEqual({ v: 2 });
  });

  it('names the records replaced over several steps, whichever map is asked about first', () => {
    const first = records();
    const second = withReplaced(first, { a: { v: 10 } });
    const third = withReplaced(second, { c: { v: 30 } });
    expect([...replacedBetween(first, third)!].sort()).toEqual(['a', 'c']);
    expect([...replacedBetween(third, first)!].sort()).toEqual(['a', 'c']);
    expect(replacedBetween(third, third)!.size).toBe(0);
  });

  it('cannot tell when a record was added, or when the maps are unrelated', () => {
    const first = records();
    const added = withReplaced(first, { d: { v: 4 } });
    expect(Object.keys(added)).toEqual(['a', 'b', 'c', 'd']);
    expect(replacedBetween(first, added)).toBeUndefined();
    expect(replacedBetween(first, records())).toBeUndefined();
    expect(replacedBetween(first, { ...first })).toBeUndefined();
  });

  it('forgets a long chain rather than keeping every older map alive', () => {
    const first = records();
    let latest = first;
    for (let i = 0; i < 40; i += 1) latest = withReplaced(latest, { a: { v: i } });
    expect(replacedBetween(first, latest)).toBeUndefined();
    const recent = latest;
    latest = withReplaced(latest, { b: { v: 99 } });
    expect([...replacedBetween(recent, latest)!]).toEqual(['b']);
  });
});
