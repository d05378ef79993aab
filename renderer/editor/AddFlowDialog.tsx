import { useMemo, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import type { SystemId } from '../../shared/model';
import { useServices } from '../app/services';
import type { MapStore } from '../store/map-store';
import { Alert } from '../ui/Alert';
import { Dialog, DialogActions } from '../ui/Dialog';
import { addFlowBetween, focusWhenRendered, inspectorFieldId } from './actions';
import { systemOptions } from './system-options';

/** The keyboard way to connect two systems. Render it only while open. */
export function AddFlowDialog({ store, onClose }: { store: MapStore; onClose(): void }) {
  const { newId } = useServices();
  const systems = useStore(store, (s) => s.doc.systems);
  const options = useMemo(() => systemOptions(Object.values(systems)), [systems]);
  const [from, setFrom] = useState<SystemId | ''>(() => store.getState().selection.systemIds[0] ?? options[0]?.id ?? '');
  const [to, setTo] = useState<SystemId | ''>(() => options.find((o) => o.id !== from)?.id ?? '');
  const [problem, setProblem] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!from || !to) return setProblem('Add at least two systems to the map first.');
    if (from === to) return setProblem('A data flow must connect two different systems. Choose another system in “To”.');
    const id = addFlowBetween(store, newId(), from, to);
    if (!id) return setProblem('That data flow could not be added.');
    onClose();
    focusWhenRendered(inspectorFieldId('name'));
  }

  return (
    <Dialog title="Add data flow" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <SystemSelect label="From" value={from} options={options} onChange={(id) => { setFrom(id); setProblem(''); }} />
        <SystemSelect label="To" value={to} options={options} onChange={(id) => { setTo(id); setProblem(''); }} />
        {problem && <Alert message={problem} />}
        <DialogActions>
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button--primary">Add flow</button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

interface SystemSelectProps {
  readonly label: string;
  readonly value: SystemId | '';
  readonly options: ReturnType<typeof systemOptions>;
  onChange(id: SystemId): void;
}

function SystemSelect({ label, value, options, onChange }: SystemSelectProps) {
  const id = `add-flow-${label.toLowerCase()}`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>{label}</label>
      <select id={id} className="field__input" value={value} onChange={(event) => onChange(event.target.value as SystemId)}>
        {options.length === 0 && <option value="">No systems yet</option>}
        {options.map((option) => <option key={option.id} value={option.id}>{option.label}</option>)}
      </select>
    </div>
  );
}
