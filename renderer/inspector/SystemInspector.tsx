import { useStore } from 'zustand';
import { SYSTEM_FIELDS, type SystemId } from '../../shared/model';
import { ElementHistory } from '../history/ElementHistory';
import { ElementFindings } from '../risks/ElementFindings';
import type { MapStore } from '../store/map-store';
import { MarkReviewedButton } from './MarkReviewedButton';
import { RecordForm } from './RecordForm';
import { useFieldChange } from './use-field-change';

/** The selected system's open findings, a way to mark it reviewed, its details (each change an `updateSystem` command) and its history. */
export function SystemInspector({ store, id }: { store: MapStore; id: SystemId }) {
  const system = useStore(store, (s) => s.doc.systems[id]);
  const onChange = useFieldChange(store, { command: 'updateSystem', id });
  if (!system) return null;
  return (
    <form className="inspector__form" aria-labelledby="inspector-heading" onSubmit={(event) => event.preventDefault()}>
      <h2 id="inspector-heading" className="inspector__heading">System</h2>
      <ElementFindings store={store} elementId={id} />
      <MarkReviewedButton store={store} systemIds={[id]} />
      <RecordForm fields={SYSTEM_FIELDS} record={system} onChange={onChange} />
      <ElementHistory store={store} elementId={id} />
    </form>
  );
}
