import { describe, expect, it } from 'vitest';
import { describeDataTypes, listOf, monthsBetween, timeSince } from '../../../shared/checks/wording';

describe('how findings word things', () => {
  it('lists things the way a sentence does', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['a'])).toBe('a');
    expect(listOf(['a', 'b'])).toBe('a and b');
    expect(listOf(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('counts whole calendar months, including across a short month end', () => {
    expect(monthsBetween('2025-01-31', '2025-02-28')).toBe(0);
    expect(monthsBetween('2025-01-31', '2025-03-01')).toBe(1);
    expect(monthsBetween('2024-11-22', '2026-11-22')).toBe(24);
  });

  it('says how long ago in days, months, then years and months', () => {
    expect(timeSince('2026-11-21', '2026-11-22')).toBe('yesterday');
    expect(timeSince('2026-10-30', '2026-11-22')).toBe('23 days ago');
    expect(timeSince('2025-10-22', '2026-11-22')).toBe('13 months ago');
    expect(timeSince('2024-11-22', '2026-11-22')).toBe('2 years ago');
    expect(timeSince('2023-10-01', '2026-11-22')).toBe('3 years and 1 month ago');
  });

  it('names data types as they read mid-sentence', () => {
    expect(describeDataTypes(['employee-hr', 'internal-confidential'])).toBe('employee / HR data and internal confidential information');
  });
});
