import { useCallback } from 'react';
import { useStore } from 'zustand';
import { SYSTEM_FIELDS, type SystemId } from '../../shared/model';
import type { SystemChanges } from '../commands/map-commands';
import type { MapStore } from '../store/map-store';
import type { FieldValue } from './field-types';
import { RecordForm } from './RecordForm';

/** The selected system's details; every change is an `updateSystem` command. */
export function SystemInspector({ store, id }: { store: MapStore; id: SystemId }) {
  const system = useStore(store, (s) => s.doc.systems[id]);
  const onChange = useCallback((key: string, value: FieldValue, typing: boolean) => {
    // The key comes from SYSTEM_FIELDS and the control only offers values its spec allows.
    const changes = { [key]: value } as SystemChanges;
    store.getState().run('updateSystem', { id, changes }, typing ? { coalesceKey: `${id}:${key}` } : {});
  }, [store, id]);
  if (!system) return null;
  return (
    <form className="inspector__form" aria-labelledby="inspector-heading" onSubmit={(event) => event.preventDefault()}>
      <h2 id="inspector-heading" className="inspector__heading">System</h2>
      <RecordForm fields={SYSTEM_FIELDS} record={system} onChange={onChange} />
    </form>
  );
}
