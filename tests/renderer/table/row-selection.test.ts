import { describe, expect, it } from 'vitest';
import { nextSelection, selectedAmong, toggleAllShown } from '../../../renderer/table/row-selection';

const shown = ['a', 'b', 'c', 'd', 'e'];

describe('choosing rows', () => {
  it('selects only the clicked row on a plain click', () => {
    expect(nextSelection(['a', 'c'], shown, 'a', 'd', 'only')).toEqual(['d']);
  });

  it('adds or removes one row with its checkbox, keeping the rest', () => {
    expect(nextSelection(['a'], shown, 'a', 'c', 'toggle')).toEqual(['a', 'c']);
    expect(nextSelection(['a', 'c'], shown, 'a', 'a', 'toggle')).toEqual(['c']);
  });

  it('adds every shown row between the last one chosen and a Shift-clicked one, either way round', () => {
    expect(nextSelection(['a'], shown, 'b', 'd', 'range')).toEqual(['a', 'b', 'c', 'd']);
    expect(nextSelection([], shown, 'e', 'c', 'range')).toEqual(['c', 'd', 'e']);
  });

  it('treats a Shift-click with nothing chosen before as a toggle', () => {
    expect(nextSelection([], shown, null, 'c', 'range')).toEqual(['c']);
  });

  it('selects every shown row with the header checkbox, and clears them when all already are', () => {
    expect(toggleAllShown(['z'], ['a', 'b'])).toEqual(['z', 'a', 'b']);
    expect(toggleAllShown(['z', 'a', 'b'], ['a', 'b'])).toEqual(['z']);
    expect(toggleAllShown([], [])).toEqual([]);
  });

  it('applies a bulk edit to the selected rows that are shown, in their order', () => {
    expect(selectedAmong(shown, new Set(['d', 'z', 'b']))).toEqual(['b', 'd']);
  });
});
