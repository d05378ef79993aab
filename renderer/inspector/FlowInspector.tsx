import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { FLOW_FIELDS, type FlowId } from '../../shared/model';
import { systemName } from '../canvas/projection';
import { ElementHistory } from '../history/ElementHistory';
import { ElementFindings } from '../risks/ElementFindings';
import type { MapStore } from '../store/map-store';
import { MarkReviewedButton } from './MarkReviewedButton';
import { RecordForm } from './RecordForm';
import { useFieldChange } from './use-field-change';

/**
 * The selected data flow: its two ends (with a way to swap them), its open findings, a way to mark
 * it reviewed, every recorded field, and its history.
 */
export function FlowInspector({ store, id }: { store: MapStore; id: FlowId }) {
  const flow = useStore(store, (s) => s.doc.flows[id]);
  const [from, to] = useStore(store, useShallow((s) => {
    const f = s.doc.flows[id];
    const source = f && s.doc.systems[f.sourceId];
    const target = f && s.doc.systems[f.targetId];
    return [source ? systemName(source) : '', target ? systemName(target) : ''];
  }));
  const onChange = useFieldChange(store, { command: 'updateFlow', id });
  if (!flow) return null;
  return (
    <form className="inspector__form" aria-labelledby="inspector-heading" onSubmit={(event) => event.preventDefault()}>
      <h2 id="inspector-heading" className="inspector__heading">Data flow</h2>
      <div className="flow-ends">
        <p className="flow-ends__end"><span className="flow-ends__label">From</span> {from}</p>
        <p className="flow-ends__end"><span className="flow-ends__label">To</span> {to}</p>
        <button type="button" className="button button--small" onClick={() => store.getState().run('reverseFlow', { id })}>
          Reverse direction
        </button>
      </div>
      <ElementFindings store={store} elementId={id} />
      <MarkReviewedButton store={store} flowIds={[id]} />
      <RecordForm fields={FLOW_FIELDS} record={flow} onChange={onChange} />
      <ElementHistory store={store} elementId={id} />
    </form>
  );
}
