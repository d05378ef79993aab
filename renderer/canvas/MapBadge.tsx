import { labelOf, SEVERITIES } from '../../shared/vocabulary';
import type { ElementBadge } from '../risks/analysis';
import '../risks/severity.css';
import { badgeDescriptionId, describeBadge } from './projection';

/**
 * The badge on a system or flow: its worst open severity as a word, and the number open when
 * more than one. Screen readers get the whole sentence as the element's description (the
 * projection points aria-describedby at the hidden text), so the visible pill is hidden from them.
 */
export function MapBadge({ elementId, badge, className }: { readonly elementId: string; readonly badge: ElementBadge; readonly className: string }) {
  const words = describeBadge(badge);
  return (
    <span className={`severity-badge severity-badge--${badge.severity} map-badge ${className}`} title={words}>
      <span aria-hidden="true">
        {labelOf(SEVERITIES, badge.severity)}
        {badge.openCount > 1 && <span className="map-badge__count">{badge.openCount}</span>}
      </span>
      <span id={badgeDescriptionId(elementId)} hidden>{words}</span>
    </span>
  );
}
