import { describe, expect, it } from 'vitest';
import { describeMatches } from '../../../renderer/find/FindBar';

const matches = (count: number, total: number) => ({ ids: new Set(Array.from({ length: count }, (_, i) => `id-${i}`)), systems: count, flows: 0, total });

describe('the find bar’s count', () => {
  it('says how many of the systems and flows match', () => {
    expect(describeMatches(matches(12, 340))).toBe('12 of 340 systems and flows match');
    expect(describeMatches(matches(1, 1200))).toBe('1 of 1,200 systems and flows matches');
    expect(describeMatches(matches(0, 9))).toBe('None of 9 systems and flows match');
  });

  it('says nothing while nothing is filtered', () => {
    expect(describeMatches(null)).toBe('');
  });
});
