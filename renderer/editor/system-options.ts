import type { SystemId, SystemRecord } from '../../shared/model';
import { SYSTEM_KINDS, labelOf } from '../../shared/vocabulary';
import { systemName } from '../canvas/projection';

export interface SystemOption {
  readonly id: SystemId;
  readonly label: string;
}

/**
 * Systems for a picker, by name; two systems with the same name are told apart by their kind,
 * and by a number if even that is the same.
 */
export function systemOptions(systems: readonly SystemRecord[]): SystemOption[] {
  const sorted = [...systems].sort((a, b) => systemName(a).localeCompare(systemName(b)));
  const nameCount = countBy(sorted.map(systemName));
  const withKind = sorted.map((s) => ({ id: s.id, label: nameCount.get(systemName(s))! > 1 ? `${systemName(s)} (${labelOf(SYSTEM_KINDS, s.kind) || 'kind not set'})` : systemName(s) }));
  const labelCount = countBy(withKind.map((o) => o.label));
  const seen = new Map<string, number>();
  return withKind.map((option) => {
    if (labelCount.get(option.label)! === 1) return option;
    const n = (seen.get(option.label) ?? 0) + 1;
    seen.set(option.label, n);
    return { id: option.id, label: `${option.label} #${n}` };
  });
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
