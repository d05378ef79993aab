import { describe, expect, it } from 'vitest';
import { countOf, describeContents, formatLastChanged } from '../../../renderer/home/format';

describe('home view wording', () => {
  it('names everything a delete would remove', () => {
    expect(describeContents(3, 2)).toBe('it and its 3 systems and 2 data flows');
    expect(describeContents(1, 1)).toBe('it and its 1 system and 1 data flow');
    expect(describeContents(4, 0)).toBe('it and its 4 systems');
    expect(describeContents(0, 0)).toBe('it');
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
