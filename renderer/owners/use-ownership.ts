import { useMemo } from 'react';
import { ownersOf, type Ownership } from '../../shared/owners';
import { useAnalysis } from '../risks/use-analysis';
import type { MapStore } from '../store/map-store';

/**
 * Who owns what on this map, with the open findings of the latest run of the checks. Worked out
 * from the analysed version of the map, so the owners and their findings always agree; after an
 * edit both follow a moment later, as the register does.
 */
export function useOwnership(store: MapStore): Ownership {
  const analysis = useAnalysis(store);
  return useMemo(() => ownersOf(analysis.doc, analysis.findings), [analysis]);
}
