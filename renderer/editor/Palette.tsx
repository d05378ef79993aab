import type { DragEvent } from 'react';
import { systemList } from '../../shared/model';
import { SYSTEM_KINDS, type SystemKind } from '../../shared/vocabulary';
import { useServices } from '../app/services';
import { findFreeSpot } from '../canvas/placement';
import { useRevealSystem, useVisibleCentre } from '../canvas/use-visible-centre';
import type { MapStore } from '../store/map-store';
import { addSystemOfKind, focusWhenRendered, inspectorFieldId, SYSTEM_KIND_DRAG_TYPE } from './actions';

export const PALETTE_ID = 'system-palette';

/** One button per kind of system: press to add near the middle of the view, or drag onto the map. */
export function Palette({ store }: { store: MapStore }) {
  const { newId } = useServices();
  const visibleCentre = useVisibleCentre();
  const reveal = useRevealSystem();

  const add = (kind: SystemKind) => {
    const position = findFreeSpot(systemList(store.getState().doc), visibleCentre());
    addSystemOfKind(store, newId(), kind, position);
    reveal(position);
    focusWhenRendered(inspectorFieldId('name'));
  };
  const startDrag = (event: DragEvent, kind: SystemKind) => {
    event.dataTransfer.setData(SYSTEM_KIND_DRAG_TYPE, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <section className="palette" aria-labelledby="palette-heading" id={PALETTE_ID}>
      <h2 id="palette-heading" className="palette__heading">System palette</h2>
      <p className="palette__hint">Click to add, or drag onto the map.</p>
      <ul className="palette__list">
        {SYSTEM_KINDS.terms.map((term) => (
          <li key={term.value}>
            <button type="button" className={`palette__item palette__item--${term.value}`} draggable
              aria-label={`Add ${term.label} system`} title={term.description}
              onClick={() => add(term.value)} onDragStart={(event) => startDrag(event, term.value)}>
              <span className="palette__plus" aria-hidden="true">+</span>
              {term.label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
