import type { EdgeChange, NodeChange } from '@xyflow/react';

/**
 * Applies React Flow's select changes to a list of selected ids. Returns null when the
 * changes hold no selection change, so the caller can skip touching the store.
 */
export function applySelectChanges<Id extends string>(
  selectedIds: readonly Id[],
  changes: ReadonlyArray<NodeChange | EdgeChange>,
): Id[] | null {
  let next: Set<string> | null = null;
  for (const change of changes) {
    if (change.type !== 'select') continue;
    next ??= new Set(selectedIds);
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  if (!next) return null;
  const ids = [...next] as Id[];
  const same = ids.length === selectedIds.length && ids.every((id, i) => id === selectedIds[i]);
  return same ? null : ids;
}
