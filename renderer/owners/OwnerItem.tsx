import { useId, useState, type ReactNode } from 'react';
import { checkById } from '../../shared/checks';
import type { Holdings, Owner } from '../../shared/owners';
import { SeverityBadge } from '../risks/SeverityBadge';
import { useShowEntry } from '../risks/use-show-entry';
import type { MapStore } from '../store/map-store';
import { credentialSummary, findingsSummary, handOverLabel, holdingsSummary } from './owners-view';
import { useOwnersView } from './owners-view-state';
import { useShowElements } from '../risks/use-show-elements';

/** The key the "No owner" entry is opened and closed by: no owner's name normalises to it. */
const NO_OWNER_KEY = '';

/**
 * One owner (or, without `owner`, what nobody owns): their name and counts, opening onto what
 * they own. Choosing a system, flow or credential selects it on the map; choosing a finding or
 * a custom risk opens it on the Risks tab.
 */
export function OwnerItem({ store, owner, holdings }: { store: MapStore; owner?: Owner; holdings: Holdings }) {
  const key = owner?.key ?? NO_OWNER_KEY;
  const expanded = useOwnersView(store, (s) => s.expanded.has(key));
  const toggle = useOwnersView(store, (s) => s.toggle);
  const startHandOver = useOwnersView(store, (s) => s.startHandOver);
  const bodyId = useId();
  return (
    <li className={`owner${owner ? '' : ' owner--nobody'}`}>
      <h3 className="owner__heading">
        <button type="button" className="owner__toggle" aria-expanded={expanded} aria-controls={bodyId} onClick={() => toggle(key)}>
          <span className="owner__chevron" aria-hidden="true">{expanded ? '▾' : '▸'}</span>
          {owner ? owner.name : 'No owner'}
        </button>
        {owner?.left && <span className="owner__tag owner__tag--left" title="Listed among the people who have left">Left</span>}
        {owner && !owner.named && <span className="owner__tag" title="A team, a mailbox or “unknown” is no named owner">Not a person</span>}
      </h3>
      <p className="owner__summary">
        {holdingsSummary(holdings)}
        <br />
        {holdings.openFindings.worst && <SeverityBadge severity={holdings.openFindings.worst} className="owner__worst" />}
        {findingsSummary(holdings.openFindings)}
      </p>
      {expanded && (
        <div id={bodyId} className="owner__body">
          {owner && (
            <button type="button" className="button button--small owner__hand-over" onClick={() => startHandOver(owner.key)}>
              {handOverLabel(owner)}
            </button>
          )}
          <HoldingLists store={store} holdings={holdings} />
        </div>
      )}
    </li>
  );
}

function HoldingLists({ store, holdings }: { store: MapStore; holdings: Holdings }) {
  const showElements = useShowElements(store);
  const showEntry = useShowEntry(store);
  const names = new Map<string, string>([...holdings.systems, ...holdings.flows].map((item) => [item.id, item.name]));
  return (
    <>
      <HoldingList title="Systems" items={holdings.systems} render={(system) => (
        <button type="button" className="link-button" onClick={() => showElements([system.id])}>{system.name}</button>
      )} />
      <HoldingList title="Data flows" items={holdings.flows} render={(flow) => (
        <>
          <button type="button" className="link-button" onClick={() => showElements([flow.id])}>{flow.name}</button>
          {flow.account.trim() && <span className="muted"> as {flow.account.trim()}</span>}
        </>
      )} />
      <HoldingList title="Credentials" items={holdings.credentials} keyOf={(credential) => credential.account} render={(credential) => (
        <>
          <button type="button" className="link-button" onClick={() => showElements(credential.flowIds)}>{credential.account}</button>
          <span className="muted"> {credentialSummary(credential)}</span>
          {credential.personal && <span className="owner__warning">Their own account: it stops working when they leave.</span>}
        </>
      )} />
      <HoldingList title="Custom risks" items={holdings.risks} render={(risk) => (
        <>
          <button type="button" className="link-button" onClick={() => showEntry(risk.id, [])}>{risk.title}</button>
          {!risk.open && <span className="muted"> (closed)</span>}
        </>
      )} />
      <HoldingList title="Open findings" items={holdings.openFindings.list} render={(finding) => (
        <button type="button" className="element-findings__item" onClick={() => showEntry(finding.id, [finding.elementId])}>
          <SeverityBadge severity={finding.severity} />
          <span>{checkById(finding.checkId)?.title ?? finding.checkId}: {names.get(finding.elementId)}</span>
        </button>
      )} />
    </>
  );
}

/** How many of one list are shown at first; an owner of thousands of flows gets "Show all". */
const LIST_LIMIT = 50;

interface HoldingListProps<T> {
  readonly title: string;
  readonly items: readonly T[];
  render(item: T): ReactNode;
  keyOf?(item: T): string;
}

/** One kind of holding under a small heading; nothing at all when there are none. */
function HoldingList<T extends object>({ title, items, render, keyOf = (item) => (item as { id: string }).id }: HoldingListProps<T>) {
  const [all, setAll] = useState(false);
  if (items.length === 0) return null;
  const shown = all ? items : items.slice(0, LIST_LIMIT);
  return (
    <div className="owner__holdings">
      <h4 className="owner__holdings-heading">{title} ({items.length})</h4>
      <ul className="owner__holdings-list">
        {shown.map((item) => <li key={keyOf(item)}>{render(item)}</li>)}
      </ul>
      {shown.length < items.length && (
        <button type="button" className="button button--small button--quiet" onClick={() => setAll(true)}>Show all {items.length}</button>
      )}
    </div>
  );
}
