import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { HistoryPanel } from '../history/HistoryPanel';
import { Inspector } from '../inspector/Inspector';
import { OwnersPanel } from '../owners/OwnersPanel';
import { ReviewsPanel } from '../reviews/ReviewsPanel';
import type { MapStore } from '../store/map-store';
import { RiskPanel } from './RiskPanel';
import { useRiskPanel, useRiskPanelState, type SideTab } from './risk-panel-state';
import { useOpenCount } from './use-analysis';
import './risks.css';

const TABS: readonly SideTab[] = ['details', 'risks', 'reviews', 'owners', 'history'];
const tabId = (tab: SideTab) => `side-tab-${tab}`;
const panelId = (tab: SideTab) => `side-panel-${tab}`;

/**
 * The editor's right-hand column: the selected element's Details, the Risks register, or who
 * owns what (Owners), as tabs (WAI-ARIA tabs pattern: arrow keys move between them, Tab goes
 * into the panel). Selecting something on the map shows its Details, unless a tab selected it.
 */
export function SidePanel({ store }: { store: MapStore }) {
  const panel = useRiskPanel();
  const tab = useRiskPanelState((s) => s.tab);
  // Read without asking for the findings: the tab shows its count once the checks have run.
  const openCount = useOpenCount(store);
  useDetailsOnSelection(store);
  const tabs = useRef<Partial<Record<SideTab, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.indexOf(tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1 + TABS.length, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const chosen = TABS[next % TABS.length]!;
    panel.getState().showTab(chosen);
    tabs.current[chosen]?.focus();
  };

  return (
    <div className="side-panel">
      <div role="tablist" aria-label="Side panel" className="side-panel__tabs" onKeyDown={onKeyDown}>
        {TABS.map((name) => (
          <button key={name} ref={(element) => { tabs.current[name] = element; }} type="button" role="tab"
            id={tabId(name)} aria-selected={tab === name} aria-controls={panelId(name)} tabIndex={tab === name ? 0 : -1}
            className="side-panel__tab" onClick={() => panel.getState().showTab(name)}>
            {name === 'details' ? 'Details' : name === 'owners' ? 'Owners' : name === 'reviews' ? 'Reviews' : name === 'history' ? 'History' : <>Risks{openCount !== undefined && <> <span className="side-panel__count">({openCount} open)</span></>}</>}
          </button>
        ))}
      </div>
      {/* Both panels stay in the page (the tabs point at them); only the chosen one has content. */}
      {TABS.map((name) => (
        <div key={name} role="tabpanel" id={panelId(name)} aria-labelledby={tabId(name)} hidden={tab !== name} className="side-panel__panel">
          {tab === name && (name === 'details' ? <Inspector store={store} /> : name === 'owners' ? <OwnersPanel store={store} /> : name === 'reviews' ? <ReviewsPanel store={store} /> : name === 'history' ? <HistoryPanel store={store} /> : <RiskPanel store={store} />)}
        </div>
      ))}
    </div>
  );
}

/** Shows Details when the user selects something on the map (or from the palette, or a dialog). */
function useDetailsOnSelection(store: MapStore): void {
  const panel = useRiskPanel();
  const selection = useStore(store, (s) => s.selection);
  const previous = useRef(selection);
  useEffect(() => {
    if (selection === previous.current) return;
    previous.current = selection;
    const { ownSelection, showTab } = panel.getState();
    if (selection !== ownSelection && selection.systemIds.length + selection.flowIds.length > 0) showTab('details');
  }, [selection, panel]);
}
