import { describe, expect, it } from 'vitest';
import { countOf, describeContents, describeCounts, formatLastChanged } from '../../../renderer/ui/format';

describe('counts and dates in words', () => {
  it('names everything a delete would remove', () => {
    expect(describeContents(3, 2)).toBe('it and its 3 systems and 2 data flows');
    expect(describeContents(1, 1)).toBe('it and its 1 system and 1 data flow');
    expect(describeContents(4, 0)).toBe('it and its 4 systems');
    expect(describeContents(0, 0)).toBe('it');
  });

  it('says how many systems and flows a multiple selection holds, leaving out a kind with none', () => {
    expect(describeCounts(2, 1)).toBe('2 systems and 1 data flow');
    expect(describeCounts(0, 3)).toBe('3 data flows');
  });

  it('counts in words', () => {
    expect(countOf(1, 'system', 'systems')).toBe('1 system');
    expect(countOf(0, 'system', 'systems')).toBe('0 systems');
  });

  it('shows a stored timestamp as a readable date and says so when it is damaged', () => {
    expect(formatLastChanged('2026-03-05T14:30:00.000Z')).toMatch(/2026/);
    expect(formatLastChanged('not a date')).toBe('Unknown');
  });
});
