/**
 * How clicks and key presses change which rows are selected. The table's selection is the map's
 * selection (so the inspector shows a single selected row, and Delete selection deletes the
 * chosen rows); these functions only work out the next list of ids.
 */

/** What the person did to a row. */
export type RowGesture =
  /** A plain click: this row alone. */
  | 'only'
  /** Its checkbox, Space, or Ctrl/⌘-click: in or out, the rest unchanged. */
  | 'toggle'
  /** Shift-click: every shown row from the last one chosen to this one, added to the selection. */
  | 'range';

export function nextSelection(
  selected: readonly string[],
  shownIds: readonly string[],
  anchor: string | null,
  id: string,
  gesture: RowGesture,
): string[] {
  switch (gesture) {
    case 'only':
      return [id];
    case 'toggle':
      return selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id];
    case 'range': {
      const from = anchor === null ? -1 : shownIds.indexOf(anchor);
      const to = shownIds.indexOf(id);
      if (from === -1 || to === -1) return nextSelection(selected, shownIds, anchor, id, 'toggle');
      const range = shownIds.slice(Math.min(from, to), Math.max(from, to) + 1);
      return union(selected, range);
    }
  }
}

/**
 * The header checkbox: selects every shown row (all that match the filters), or, when they are
 * all selected already, clears them. Selected rows the filters hide stay as they were.
 */
export function toggleAllShown(selected: readonly string[], shownIds: readonly string[]): string[] {
  const chosen = new Set(selected);
  const allShown = shownIds.length > 0 && shownIds.every((id) => chosen.has(id));
  if (!allShown) return union(selected, shownIds);
  const shown = new Set(shownIds);
  return selected.filter((id) => !shown.has(id));
}

/** The selected ids among the shown rows, in the rows' order: what a bulk edit applies to. */
export function selectedAmong(shownIds: readonly string[], selected: ReadonlySet<string>): string[] {
  return selected.size === 0 ? [] : shownIds.filter((id) => selected.has(id));
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a);
  const out = [...a];
  for (const id of b) if (!seen.has(id)) { seen.add(id); out.push(id); }
  return out;
}
