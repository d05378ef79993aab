import { memo } from 'react';
import { createPortal } from 'react-dom';
import { BaseEdge, getBezierPath, type EdgeProps, type Position } from '@xyflow/react';
import { useFadedClass } from '../find/find-store';
import { useEdgeLabelLayer } from './EdgeLabelLayer';
import { BadgeWords, MapBadge } from './MapBadge';
import type { FlowEdgeType } from './projection';
import { ReviewMarker, ReviewWords } from './ReviewMarker';

/**
 * React Flow measures a system's handles again each time its node mounts (as a pan brings it
 * into view), at the current zoom, which moves them by millionths of a pixel. Rounded to a
 * hundredth, that noise no longer reaches the edges: otherwise every flow of each system that
 * scrolls into view redraws its curve and label.
 */
const steady = (coordinate: number) => Math.round(coordinate * 100) / 100;

/** One data flow, as React Flow hands it over: its ends rounded (see `steady`), then drawn. */
function FlowEdgeView({ id, data, selected, markerStart, markerEnd, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition }: EdgeProps<FlowEdgeType>) {
  return (
    <FlowEdgeDrawing id={id} data={data} selected={selected} markerStart={markerStart} markerEnd={markerEnd}
      sourceX={steady(sourceX)} sourceY={steady(sourceY)} targetX={steady(targetX)} targetY={steady(targetY)}
      sourcePosition={sourcePosition} targetPosition={targetPosition} />
  );
}

type DrawingProps = Pick<EdgeProps<FlowEdgeType>, 'id' | 'data' | 'selected' | 'markerStart' | 'markerEnd'> & {
  readonly sourceX: number; readonly sourceY: number; readonly targetX: number; readonly targetY: number;
  readonly sourcePosition: Position; readonly targetPosition: Position;
};

/**
 * A curve with arrow markers (the projection decides which ends get one) and a label naming the
 * data it carries, led by a badge of the flow's worst open finding and a mark if its review is
 * overdue; both fade when the find bar leaves the flow out. The label is HTML, so long
 * lists can be clipped with an ellipsis; it lets clicks through to the edge underneath. It is
 * centred on its point by an anchor (editor.css), not by a transform of its own: hundreds of
 * transformed labels cost the compositor milliseconds on every frame of a pan.
 */
const FlowEdgeDrawing = memo(function FlowEdgeDrawing(props: DrawingProps) {
  const { id, data, selected, markerStart, markerEnd, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const labelLayer = useEdgeLabelLayer(labelX, labelY);
  // The curve and the label each fade with a class of their own (useFadedClass).
  const fadedClass = useFadedClass(id);
  const label = data?.dataLabel ?? '';
  const twoWay = data?.record.direction === 'two-way';
  return (
    <>
      <g ref={fadedClass} className="flow-edge">
        <BaseEdge id={id} path={path} markerStart={markerStart} markerEnd={markerEnd} className="flow-edge__path" />
      </g>
      <BadgeWords elementId={id} as="desc" />
      {data && <ReviewWords record={data.record} as="desc" />}
      {labelLayer && createPortal(
        <div ref={fadedClass} className="flow-edge__anchor" style={{ left: labelX, top: labelY }}>
          <div className={`flow-edge__label${selected ? ' is-selected' : ''}${data?.record.dataTypes.length ? '' : ' is-empty'}`} title={label}>
            <MapBadge elementId={id} className="map-badge--edge" />
            {data && <ReviewMarker record={data.record} on="edge" />}
            {twoWay && <span className="flow-edge__two-way" aria-hidden="true">⇄ </span>}
            {label}
          </div>
        </div>,
        labelLayer,
      )}
    </>
  );
});

export const FlowEdge = memo(FlowEdgeView);
