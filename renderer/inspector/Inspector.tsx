import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { deleteSelection } from '../editor/actions';
import type { MapStore } from '../store/map-store';
import { describeCounts } from '../ui/format';
import { FlowInspector } from './FlowInspector';
import { MarkReviewedButton } from './MarkReviewedButton';
import { SystemInspector } from './SystemInspector';

/** The right-hand panel: the details of the one selected system or flow, or what to do next. */
export function Inspector({ store }: { store: MapStore }) {
  const { systemIds, flowIds } = useStore(store, useShallow((s) => s.selection));
  const count = systemIds.length + flowIds.length;
  return (
    <section className="inspector" aria-label="Inspector">
      {count === 0 && (
        <div className="inspector__hint">
          <h2 className="inspector__heading">Nothing selected</h2>
          <p>Select a system or a data flow on the map to record its details here.</p>
          <p>Add systems from the palette. To add a data flow, drag from the edge of one system to another, or use “Add data flow”.</p>
        </div>
      )}
      {count === 1 && systemIds[0] && <SystemInspector key={systemIds[0]} store={store} id={systemIds[0]} />}
      {count === 1 && flowIds[0] && <FlowInspector key={flowIds[0]} store={store} id={flowIds[0]} />}
      {count > 1 && (
        <div className="inspector__hint">
          <h2 className="inspector__heading">{count} items selected</h2>
          <p>{describeCounts(systemIds.length, flowIds.length)}.</p>
          <MarkReviewedButton store={store} systemIds={systemIds} flowIds={flowIds} />
          <button type="button" className="button button--danger" onClick={() => deleteSelection(store)}>Delete selection</button>
        </div>
      )}
    </section>
  );
}
