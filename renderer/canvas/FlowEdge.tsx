import { memo } from 'react';
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { EdgeLabel } from './EdgeLabelLayer';
import { MapBadge } from './MapBadge';
import type { FlowEdgeType } from './projection';

/**
 * One data flow: a curve with arrow markers (the projection decides which ends get one) and a
 * label naming the data it carries, led by a badge of its worst open finding. The label is HTML
 * (EdgeLabel) so long lists can be clipped with an ellipsis; it lets clicks through to
 * the edge underneath.
 */
function FlowEdgeView(props: EdgeProps<FlowEdgeType>) {
  const { id, data, selected, markerStart, markerEnd, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const label = data?.dataLabel ?? '';
  const twoWay = data?.record.direction === 'two-way';
  return (
    <>
      <BaseEdge id={id} path={path} markerStart={markerStart} markerEnd={markerEnd} className="flow-edge__path" />
      <EdgeLabel>
        <div
          className={`flow-edge__label${selected ? ' is-selected' : ''}${data?.record.dataTypes.length ? '' : ' is-empty'}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          title={label}
        >
          <MapBadge elementId={id} className="map-badge--edge" />
          {twoWay && <span className="flow-edge__two-way" aria-hidden="true">⇄ </span>}
          {label}
        </div>
      </EdgeLabel>
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
