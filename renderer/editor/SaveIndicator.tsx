import { useStore } from 'zustand';
import type { MapStore } from '../store/map-store';

/** Whether every change is stored; a failed write is an alert, since the change was rolled back. */
export function SaveIndicator({ store }: { store: MapStore }) {
  const save = useStore(store, (s) => s.save);
  if (save.status === 'failed') return <p role="alert" className="save-indicator save-indicator--failed">{save.message}</p>;
  return (
    <p role="status" className={`save-indicator save-indicator--${save.status}`}>
      {save.status === 'saving' ? 'Saving…' : 'All changes saved'}
    </p>
  );
}
