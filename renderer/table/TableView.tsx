import { useMemo, useRef, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import type { MapStore } from '../store/map-store';
import { RecordTable } from './RecordTable';
import { TABLE_KINDS } from './table-kinds';
import { tableViewOf, type TableKind } from './table-view-state';
import './table.css';

const KINDS: readonly TableKind[] = ['flows', 'systems'];
const tabId = (kind: TableKind) => `table-tab-${kind}`;
const PANEL_ID = 'table-panel';

/**
 * The map as a table, in place of the canvas: a tab of data flows and a tab of systems (WAI-ARIA
 * tabs: arrow keys move between them), each with every field as a column.
 */
export function TableView({ store }: { store: MapStore }) {
  const view = tableViewOf(store);
  const kind = useStore(view, (s) => s.kind);
  const flows = useStore(store, (s) => s.doc.flows);
  const systems = useStore(store, (s) => s.doc.systems);
  const flowCount = useMemo(() => countOf(flows), [flows]);
  const systemCount = useMemo(() => countOf(systems), [systems]);
  const tabs = useRef<Record<TableKind, HTMLButtonElement | null>>({ flows: null, systems: null });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = KINDS[(KINDS.indexOf(kind) + 1) % KINDS.length]!;
    view.getState().showKind(next);
    tabs.current[next]?.focus();
  };

  return (
    <section className="table-view" aria-label="Table">
      <div role="tablist" aria-label="Records" className="table-view__tabs" onKeyDown={onKeyDown}>
        {KINDS.map((name) => (
          <button key={name} ref={(element) => { tabs.current[name] = element; }} type="button" role="tab" id={tabId(name)}
            aria-selected={kind === name} aria-controls={PANEL_ID} tabIndex={kind === name ? 0 : -1}
            className="table-view__tab" onClick={() => view.getState().showKind(name)}>
            {TABLE_KINDS[name].label} <span className="table-view__tab-count">({(name === 'flows' ? flowCount : systemCount).toLocaleString()})</span>
          </button>
        ))}
      </div>
      <div role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(kind)} className="table-view__panel">
        <RecordTable key={kind} store={store} kind={kind} />
      </div>
    </section>
  );
}

/** How many records a map holds, without listing them. */
function countOf(records: object): number {
  let count = 0;
  for (const _ in records) count += 1;
  return count;
}
