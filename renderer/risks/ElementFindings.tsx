import { useMemo } from 'react';
import type { MapStore } from '../store/map-store';
import { SeverityBadge } from './SeverityBadge';
import { useAnalysis } from './use-analysis';
import { useShowEntry } from './use-show-entry';

/**
 * The selected system's or flow's open findings, most severe first, above its fields in the
 * inspector. Each opens its explanation and treatment on the Risks tab.
 */
export function ElementFindings({ store, elementId }: { store: MapStore; elementId: string }) {
  const analysis = useAnalysis(store);
  const open = useMemo(
    () => analysis.findingsOf(elementId).map((finding) => analysis.entryOf(finding)).filter((entry) => entry.open),
    [analysis, elementId],
  );
  const show = useShowEntry(store);
  if (open.length === 0) return <p className="element-findings__none">No open findings.</p>;
  const headingId = `element-findings-${elementId}`;
  return (
    <section className="element-findings" aria-labelledby={headingId}>
      <h3 id={headingId} className="element-findings__heading">Open findings ({open.length})</h3>
      <ul className="element-findings__list">
        {open.map((entry) => (
          <li key={entry.id}>
            <button type="button" className="element-findings__item" onClick={() => show(entry.id, [])}>
              <SeverityBadge severity={entry.severity} />
              <span>{entry.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
