import { useStore } from 'zustand';
import { SYSTEM_FIELDS, type SystemId } from '../../shared/model';
import { ElementFindings } from '../risks/ElementFindings';
import type { MapStore } from '../store/map-store';
import { RecordForm } from './RecordForm';
import { useFieldChange } from './use-field-change';

/** The selected system's open findings and details; every change is an `updateSystem` command. */
export function SystemInspector({ store, id }: { store: MapStore; id: SystemId }) {
  const system = useStore(store, (s) => s.doc.systems[id]);
  const onChange = useFieldChange(store, { command: 'updateSystem', id });
  if (!system) return null;
  return (
    <form className="inspector__form" aria-labelledby="inspector-heading" onSubmit={(event) => event.preventDefault()}>
      <h2 id="inspector-heading" className="inspector__heading">System</h2>
      <ElementFindings store={store} elementId={id} />
      <RecordForm fields={SYSTEM_FIELDS} record={system} onChange={onChange} />
    </form>
  );
}
