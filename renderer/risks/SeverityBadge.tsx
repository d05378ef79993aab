import { labelOf, SEVERITIES, type Severity } from '../../shared/vocabulary';
import './severity.css';

/**
 * A severity as a coloured pill that also says the word, so it never relies on colour alone.
 * The colours are the app's `--severity-*` properties (styles/app.css).
 */
export function SeverityBadge({ severity, className = '' }: { readonly severity: Severity; readonly className?: string }) {
  return <span className={`severity-badge severity-badge--${severity} ${className}`}>{labelOf(SEVERITIES, severity)}</span>;
}
