import { asRiskId, createRisk } from '../../shared/model';
import { useServices } from '../app/services';
import { focusWhenRendered } from '../editor/actions';
import type { MapStore } from '../store/map-store';
import { EntryDetail } from './EntryDetail';
import { RegisterList } from './RegisterList';
import { riskFieldId } from './RiskForms';
import { REGISTER_HEADING_ID } from './panel-ids';
import { useRiskPanel, useRiskPanelState } from './risk-panel-state';

/** The Risks tab: the register's list, or one entry's detail in its place (the column is narrow). */
export function RiskPanel({ store }: { store: MapStore }) {
  const openId = useRiskPanelState((s) => s.openId);
  return (
    <section className="risk-panel" aria-labelledby={REGISTER_HEADING_ID}>
      <div className="risk-panel__header">
        <h2 id={REGISTER_HEADING_ID} className="risk-panel__heading" tabIndex={-1}>Risk register</h2>
        <AddRiskButton store={store} />
      </div>
      {openId ? <EntryDetail key={openId} store={store} id={openId} /> : <RegisterList store={store} />}
    </section>
  );
}

/**
 * Adds a risk of the assessor's own about whatever is selected, and opens it with its title
 * ready to type over, as adding a system does.
 */
function AddRiskButton({ store }: { store: MapStore }) {
  const { newId } = useServices();
  const panel = useRiskPanel();
  const add = () => {
    const { selection, run } = store.getState();
    const risk = createRisk({ id: asRiskId(newId()), title: 'New risk', relatedIds: [...selection.systemIds, ...selection.flowIds] });
    if (!run('addRisk', { risk })) return;
    panel.getState().openEntry(risk.id);
    focusWhenRendered(riskFieldId('title'));
  };
  return <button type="button" className="button button--small" onClick={add}>Add risk</button>;
}
