import { memo } from 'react';
import { labelOf, SEVERITIES } from '../../shared/vocabulary';
import '../risks/severity.css';
import { useBadge } from '../risks/use-analysis';
import { badgeDescriptionId, describeBadge } from './projection';

/**
 * The badge on a system or flow: its worst open severity as a word, and the number open when
 * more than one; nothing while it has no open finding. Screen readers get the whole sentence as
 * the element's description (the projection points aria-describedby at the hidden text), so
 * the visible pill is hidden from them. It looks up its own badge, so a new check run
 * re-renders the badges that changed and nothing else.
 */
function MapBadgeView({ elementId, className }: { readonly elementId: string; readonly className: string }) {
  const badge = useBadge(elementId);
  if (!badge) return null;
  const words = describeBadge(badge);
  return (
    <>
      <span className={`severity-badge severity-badge--${badge.severity} map-badge ${className}`} title={words} aria-hidden="true">
        {labelOf(SEVERITIES, badge.severity)}
        {badge.openCount > 1 && <span className="map-badge__count">{badge.openCount}</span>}
      </span>
      <span id={badgeDescriptionId(elementId)} hidden>{words}</span>
    </>
  );
}

export const MapBadge = memo(MapBadgeView);
