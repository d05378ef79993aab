import { useCallback, useMemo, useRef } from 'react';
import { ConnectionMode, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useStore } from 'zustand';
import { FindBar } from '../find/FindBar';
import { FindContext, useMapFind } from '../find/find-store';
import { ReviewCalendarContext, useReviewCalendar } from '../reviews/review-calendar';
import { BadgeSourceContext, useAnalysisSource } from '../risks/use-analysis';
import type { MapStore } from '../store/map-store';
import { DotGrid } from './DotGrid';
import { FlowEdge } from './FlowEdge';
import { toEdges, type FlowEdgeType, type SystemNodeType } from './projection';
import { SystemNode } from './SystemNode';
import { useCanvasHandlers } from './use-canvas-handlers';
import { useCanvasNodes } from './use-canvas-nodes';
import { useInitialViewport } from './use-initial-viewport';

// Module constants: a new object per render would make React Flow remount every node.
const nodeTypes = { system: SystemNode };
const edgeTypes = { flow: FlowEdge };
/** How the canvas frames the map: on opening, from the Fit view control, and after Tidy layout. */
export const FIT_VIEW_OPTIONS = { padding: 0.2, maxZoom: 1.2, minZoom: 0.4 } as const;
/** Minimap rectangles take the boundary colour (editor.css), like the nodes they stand for. */
const minimapClass = (node: SystemNodeType) => `minimap-node--${node.data.record.boundary || 'unset'}`;
/** Above this many systems the minimap costs more on every pan than it helps. */
const MINIMAP_LIMIT = 500;

/**
 * The map itself: a controlled React Flow view of the store's document and selection, with
 * findings as badges, reviews due as markers, and the find bar above it.
 */
export function Canvas({ store }: { store: MapStore }) {
  // Each node and edge looks up its own badge: the checks run after the map is drawn, and a new
  // run re-renders only the badges that changed, never React Flow's nodes and edges. Each one
  // follows the find bar's filter (fading or not) and reads its review state for itself too.
  const badges = useAnalysisSource(store);
  const find = useMapFind(store, badges);
  const calendar = useReviewCalendar(store);
  const { nodes, onLocalChanges } = useCanvasNodes(store);
  const edges = useProjectedEdges(store);
  const { onKeyDown, onDragOver, onDrop, ...flowHandlers } = useCanvasHandlers(store, onLocalChanges);
  const element = useRef<HTMLDivElement>(null);
  // The map opens fitted to its systems (what fitView does, without drawing it unfitted first).
  const initialViewport = useInitialViewport(element, nodes, FIT_VIEW_OPTIONS);
  // A class, not state: toggling it must not re-render the canvas on every pan.
  const onMoveStart = useCallback(() => element.current?.classList.add('is-moving'), []);
  const onMoveEnd = useCallback(() => element.current?.classList.remove('is-moving'), []);
  const focusMap = useCallback(() => element.current?.focus(), []);
  return (
    <BadgeSourceContext.Provider value={badges}>
      <FindContext.Provider value={find}>
        <ReviewCalendarContext.Provider value={calendar}>
          <div className="canvas-area">
            <FindBar store={store} onLeave={focusMap} />
            {/* tabIndex -1: focus can be put here (after deleting the focused node) without adding a tab stop. */}
            <div ref={element} className="canvas" data-testid="canvas" tabIndex={-1} onKeyDown={onKeyDown} onDragOver={onDragOver} onDrop={onDrop}>
              {initialViewport && (
                <ReactFlow<SystemNodeType, FlowEdgeType>
                  nodes={nodes}
                  edges={edges}
                  nodeTypes={nodeTypes}
                  edgeTypes={edgeTypes}
                  {...flowHandlers}
                  onMoveStart={onMoveStart}
                  onMoveEnd={onMoveEnd}
                  connectionMode={ConnectionMode.Loose}
                  connectionRadius={30}
                  deleteKeyCode={null}
                  onlyRenderVisibleElements
                  defaultViewport={initialViewport}
                  minZoom={0.05}
                  aria-label="Map of systems and data flows"
                >
                  <DotGrid />
                  <Controls fitViewOptions={FIT_VIEW_OPTIONS} />
                  {nodes.length <= MINIMAP_LIMIT && <MiniMap pannable zoomable ariaLabel="Minimap" className="canvas__minimap" nodeClassName={minimapClass} />}
                </ReactFlow>
              )}
            </div>
          </div>
        </ReviewCalendarContext.Provider>
      </FindContext.Provider>
    </BadgeSourceContext.Provider>
  );
}

function useProjectedEdges(store: MapStore): FlowEdgeType[] {
  const doc = useStore(store, (s) => s.doc);
  const selection = useStore(store, (s) => s.selection);
  const previous = useRef<FlowEdgeType[]>([]);
  return useMemo(() => (previous.current = toEdges(doc, selection, previous.current)), [doc, selection]);
}
