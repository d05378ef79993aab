import { useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { authorOf } from '../../shared/model';
import { AuthorLine } from '../settings/AuthorLine';
import type { MapStore } from '../store/map-store';
import { Alert } from '../ui/Alert';
import { EMPTY_HISTORY_FORM, HISTORY_PAGE_SIZE, historyFilterOf, type HistoryFilterForm } from './history-view';
import { HistoryList } from './HistoryList';
import { useHistory } from './use-history';
import './history.css';

export const HISTORY_HEADING_ID = 'history-panel-heading';

/**
 * The History tab: every recorded change to the assessment, newest first, filtered by element
 * (a name, or what is selected on the map), by person and by date. The newest 200 are listed
 * ("Show more" adds more), so a history of thousands of changes stays quick.
 */
export function HistoryPanel({ store }: { store: MapStore }) {
  const [form, setForm] = useState<HistoryFilterForm>(EMPTY_HISTORY_FORM);
  const [limit, setLimit] = useState(HISTORY_PAGE_SIZE);
  const selected = useStore(store, useShallow((s) => [...s.selection.systemIds, ...s.selection.flowIds] as string[]));
  const assessor = useStore(store, (s) => s.doc.assessment.assessor);
  const filter = useMemo(() => historyFilterOf(form, selected), [form, selected]);
  const { page, error } = useHistory(store, filter, limit);
  const change = (changes: Partial<HistoryFilterForm>) => {
    setForm({ ...form, ...changes });
    setLimit(HISTORY_PAGE_SIZE);
  };

  return (
    <section className="history-panel" aria-labelledby={HISTORY_HEADING_ID}>
      <h2 id={HISTORY_HEADING_ID} className="history-panel__heading" tabIndex={-1}>Change history</h2>
      <p className="history-panel__author"><AuthorLine suggestion={assessor} /></p>
      <HistoryFilters form={form} selectedCount={selected.length} people={peopleIn(page?.records ?? [])} onChange={change} />
      {error && <Alert message={error} />}
      <p className="history-panel__summary" role="status">{summaryOf(page, filter !== undefined)}</p>
      {page && page.records.length > 0 && <HistoryList records={page.records} />}
      {page?.more && (
        <button type="button" className="button button--small history-panel__more" onClick={() => setLimit(limit + HISTORY_PAGE_SIZE)}>
          Show {HISTORY_PAGE_SIZE} more
        </button>
      )}
    </section>
  );
}

function summaryOf(page: ReturnType<typeof useHistory>['page'], filtered: boolean): string {
  if (!page) return 'Reading the history…';
  const count = page.records.length;
  if (count === 0) return filtered ? 'No recorded change matches these filters.' : 'No changes recorded yet. Every change you make from now on is listed here.';
  if (page.more) return `Showing the newest ${count.toLocaleString()}${filtered ? ' matching' : ''} changes.`;
  return `${count.toLocaleString()} ${count === 1 ? 'change' : 'changes'}${filtered ? ' match' : ' recorded'}.`;
}

/** The names among the records listed, for the Person field's suggestions. */
function peopleIn(records: ReadonlyArray<{ by: string }>): string[] {
  return [...new Set(records.map(authorOf))].sort((a, b) => a.localeCompare(b));
}

interface HistoryFiltersProps {
  readonly form: HistoryFilterForm;
  readonly selectedCount: number;
  readonly people: readonly string[];
  onChange(changes: Partial<HistoryFilterForm>): void;
}

function HistoryFilters({ form, selectedCount, people, onChange }: HistoryFiltersProps) {
  const id = useId();
  return (
    <div className="history-filters" role="search" aria-label="Filter the history">
      <label className="history-filters__field history-filters__field--wide">
        Element
        <input type="text" value={form.element} placeholder="Name of a system, flow or risk" onChange={(event) => onChange({ element: event.target.value })} />
      </label>
      <label className="history-filters__field">
        Person
        <input type="text" value={form.person} list={`${id}-people`} onChange={(event) => onChange({ person: event.target.value })} />
        <datalist id={`${id}-people`}>{people.map((name) => <option key={name} value={name} />)}</datalist>
      </label>
      <label className="history-filters__field">
        From
        <input type="date" value={form.from} onChange={(event) => onChange({ from: event.target.value })} />
      </label>
      <label className="history-filters__field">
        To
        <input type="date" value={form.to} onChange={(event) => onChange({ to: event.target.value })} />
      </label>
      <label className="history-filters__check">
        <input type="checkbox" checked={form.selectionOnly && selectedCount > 0} disabled={selectedCount === 0}
          onChange={(event) => onChange({ selectionOnly: event.target.checked })} />
        {selectedCount === 0 ? 'Only what is selected on the map (nothing is)' : `Only the ${selectedCount} selected on the map`}
      </label>
    </div>
  );
}
