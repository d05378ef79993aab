import { memo } from 'react';
import { labelOf, SEVERITIES } from '../../shared/vocabulary';
import '../risks/severity.css';
import { useBadge } from '../risks/use-analysis';
import { badgeDescriptionId, describeBadge } from './projection';

/**
 * The badge on a system or flow: its worst open severity as a word, and the number open when
 * more than one; nothing while it has no open finding. Screen readers get the whole sentence as
 * the element's description instead (BadgeWords), so the visible pill is hidden from them. It
 * looks up its own badge, so a run of the checks re-renders the badges that changed, nothing else.
 */
export const MapBadge = memo(function MapBadge({ elementId, className }: { readonly elementId: string; readonly className: string }) {
  const badge = useBadge(elementId);
  if (!badge) return null;
  return (
    <span className={`severity-badge severity-badge--${badge.severity} map-badge ${className}`} title={describeBadge(badge)} aria-hidden="true">
      {labelOf(SEVERITIES, badge.severity)}
      {badge.openCount > 1 && <span className="map-badge__count">{badge.openCount}</span>}
    </span>
  );
});

/**
 * A badge in words, e.g. "Worst open finding: High, 3 open findings", under the id the element's
 * aria-describedby points at (projection.ts). Never shown: a hidden span in a node, and in an
 * edge's SVG a <desc>, which is there even while the edge's label is off screen.
 */
export const BadgeWords = memo(function BadgeWords({ elementId, as }: { readonly elementId: string; readonly as: 'span' | 'desc' }) {
  const badge = useBadge(elementId);
  if (!badge) return null;
  const Element = as;
  return <Element id={badgeDescriptionId(elementId)} hidden={as === 'span' || undefined}>{describeBadge(badge)}</Element>;
});
