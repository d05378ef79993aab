import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useFadedClass } from '../find/find-store';
import { BadgeWords, MapBadge } from './MapBadge';
import type { Side, SystemNodeType } from './projection';
import { ReviewMarker, ReviewWords } from './ReviewMarker';

const SIDES: ReadonlyArray<[Side, Position]> = [
  ['top', Position.Top], ['right', Position.Right], ['bottom', Position.Bottom], ['left', Position.Left],
];

/**
 * One system on the canvas. Reads nothing but its props, so React Flow re-renders it only when
 * the projection hands it a new node; the find bar fades it with a class of its own
 * (useFadedClass). The boundary and status become CSS modifiers (editor.css); its worst open finding
 * becomes a badge on the top corner, which looks itself up (MapBadge), and an overdue review a
 * marker on the bottom one (ReviewMarker).
 */
function SystemNodeView({ data, selected }: NodeProps<SystemNodeType>) {
  const { record, name, kindLabel, boundaryLabel } = data;
  const boundary = record.boundary || 'unset';
  const retired = record.status === 'decommissioned' || record.status === 'unused';
  const fadedClass = useFadedClass(record.id);
  return (
    // The frame fades the node, its badge and its marker together (find.css).
    <div ref={fadedClass} className="system-node-frame">
      <div
        className={`system-node system-node--${boundary}${retired ? ' system-node--retired' : ''}${selected ? ' is-selected' : ''}`}
        title={`${name} (${kindLabel}, ${boundaryLabel})`}
      >
        <div className="system-node__name">{name}</div>
        <div className="system-node__kind">{kindLabel}</div>
        <div className="system-node__tags">
          <span className="system-node__boundary">{boundaryLabel}</span>
          {retired && <span className="system-node__status">{record.status === 'unused' ? 'unused' : 'decommissioned'}</span>}
        </div>
        {/* Loose connection mode: every handle is a source and a target, so a drag from any side connects. */}
        {SIDES.map(([id, position]) => (
          <Handle key={id} id={id} type="source" position={position} className="system-node__handle" title="Drag to another system to add a data flow" />
        ))}
      </div>
      {/* Outside the node's box, which clips its content, so the badge and the marker can sit on its corners. */}
      <MapBadge elementId={record.id} className="map-badge--node" />
      <ReviewMarker record={record} on="node" />
      <BadgeWords elementId={record.id} as="span" />
      <ReviewWords record={record} as="span" />
    </div>
  );
}

export const SystemNode = memo(SystemNodeView);
