import { useMemo } from 'react';
import { CHECKS, CUSTOM_RISK_CHECK_ID } from '../../shared/checks';
import { labelOf, SEVERITIES, TREATMENT_STATUSES } from '../../shared/vocabulary';
import type { MapStore } from '../store/map-store';
import {
  queryRegister, severityFilterOf, statusFilterOf, STATUS_FILTERS, type RegisterQuery, type RegisterRow, type SortKey,
} from './register-view';
import { rowButtonId } from './panel-ids';
import { PAGE_SIZE, useRiskPanelState } from './risk-panel-state';
import { SeverityBadge } from './SeverityBadge';
import { useAnalysis } from './use-analysis';
import { useShowEntry } from './use-show-entry';

const NUMBER = new Intl.NumberFormat();

/**
 * The register as a table, filtered and sorted as chosen. Only the first rows are rendered
 * ("Show more" adds more): a large map can have 100,000 findings, and nobody reads them all.
 */
export function RegisterList({ store }: { store: MapStore }) {
  const analysis = useAnalysis(store);
  const query = useRiskPanelState((s) => s.query);
  const limit = useRiskPanelState((s) => s.limit);
  const setQuery = useRiskPanelState((s) => s.setQuery);
  const showMore = useRiskPanelState((s) => s.showMore);
  const rows = useMemo(() => queryRegister(analysis.rows, analysis.history, query), [analysis, query]);
  const shown = rows.slice(0, limit);
  const show = useShowEntry(store);

  return (
    <>
      <RegisterFilters query={query} onChange={setQuery} />
      <p className="risk-panel__summary" role="status">
        {rows.length === 0 ? 'Nothing matches these filters.'
          : rows.length > shown.length ? `Showing ${NUMBER.format(shown.length)} of ${NUMBER.format(rows.length)}.`
            : `${NUMBER.format(rows.length)} listed.`}
      </p>
      {rows.length > 0 && (
        <table className="register-table">
          <caption className="visually-hidden">Risks, sorted by {SORT_WORDS[query.sort]}</caption>
          <thead>
            <tr>
              <SortHeader label="Severity" sort="severity" query={query} onChange={setQuery} />
              <SortHeader label="Risk" sort="check" query={query} onChange={setQuery} />
              <SortHeader label="About" sort="element" query={query} onChange={setQuery} />
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => <Row key={row.id} row={row} onChoose={() => show(row.id, row.elementId ? [row.elementId] : [])} />)}
          </tbody>
        </table>
      )}
      {rows.length > shown.length && (
        <button type="button" className="button button--small risk-panel__more" onClick={showMore}>
          Show {NUMBER.format(Math.min(PAGE_SIZE, rows.length - shown.length))} more
        </button>
      )}
    </>
  );
}

const SORT_WORDS: Record<SortKey, string> = { severity: 'severity, most severe first', check: 'risk', element: 'what it is about' };

function Row({ row, onChoose }: { row: RegisterRow; onChoose(): void }) {
  return (
    <tr>
      <td>{row.severity ? <SeverityBadge severity={row.severity} /> : <span className="muted">Not rated</span>}</td>
      <th scope="row">
        <button type="button" id={rowButtonId(row.id)} className="register-table__choose" onClick={onChoose}>{row.title}</button>
        {row.checkId === CUSTOM_RISK_CHECK_ID && <span className="register-table__tag">Added by you</span>}
      </th>
      <td className="register-table__about">{row.elementName}</td>
      <td>{labelOf(TREATMENT_STATUSES, row.status)}</td>
    </tr>
  );
}

interface QueryProps {
  readonly query: RegisterQuery;
  onChange(changes: Partial<RegisterQuery>): void;
}

/** A column heading that sorts by its column; severity sorts most severe first, the others A to Z. */
function SortHeader({ label, sort, query, onChange }: QueryProps & { label: string; sort: SortKey }) {
  const active = query.sort === sort;
  return (
    <th scope="col" aria-sort={active ? (sort === 'severity' ? 'descending' : 'ascending') : undefined}>
      <button type="button" className={`register-table__sort${active ? ' is-active' : ''}`} onClick={() => onChange({ sort })}
        title={`Sort by ${SORT_WORDS[sort]}`}>
        {label}
        <span aria-hidden="true">{active ? (sort === 'severity' ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
}

function RegisterFilters({ query, onChange }: QueryProps) {
  return (
    <div className="register-filters" role="group" aria-label="Filter the register">
      <div className="register-filters__field">
        <label htmlFor="register-filter-severity">Severity</label>
        <select id="register-filter-severity" value={query.severity} onChange={(event) => onChange({ severity: severityFilterOf(event.target.value) })}>
          <option value="all">All</option>
          {[...SEVERITIES.terms].reverse().map((term) => <option key={term.value} value={term.value}>{term.label}</option>)}
        </select>
      </div>
      <div className="register-filters__field">
        <label htmlFor="register-filter-check">Check</label>
        <select id="register-filter-check" value={query.checkId} onChange={(event) => onChange({ checkId: event.target.value })}>
          <option value="all">All</option>
          {CHECKS.map((check) => <option key={check.id} value={check.id}>{check.title}</option>)}
          <option value={CUSTOM_RISK_CHECK_ID}>Added by you</option>
        </select>
      </div>
      <div className="register-filters__field">
        <label htmlFor="register-filter-status">Status</label>
        <select id="register-filter-status" value={query.status} onChange={(event) => onChange({ status: statusFilterOf(event.target.value) })}>
          {STATUS_FILTERS.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
        </select>
      </div>
    </div>
  );
}
