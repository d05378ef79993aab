import { useMemo, useRef } from 'react';
import { Background, ConnectionMode, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useStore } from 'zustand';
import type { MapStore } from '../store/map-store';
import { FlowEdge } from './FlowEdge';
import { toEdges, type FlowEdgeType } from './projection';
import { SystemNode } from './SystemNode';
import { useCanvasHandlers } from './use-canvas-handlers';
import { useCanvasNodes } from './use-canvas-nodes';

// Module constants: a new object per render would make React Flow remount every node.
const nodeTypes = { system: SystemNode };
const edgeTypes = { flow: FlowEdge };
const FIT_VIEW_OPTIONS = { padding: 0.2, maxZoom: 1.2 };
/** Above this many systems the minimap costs more on every pan than it helps. */
const MINIMAP_LIMIT = 500;

/** The map itself: a controlled React Flow view of the store's document and selection. */
export function Canvas({ store }: { store: MapStore }) {
  const { nodes, onLocalChanges } = useCanvasNodes(store);
  const edges = useProjectedEdges(store);
  const { onKeyDown, onDragOver, onDrop, ...flowHandlers } = useCanvasHandlers(store, onLocalChanges);
  return (
    <div className="canvas" data-testid="canvas" onKeyDown={onKeyDown} onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<typeof nodes[number], FlowEdgeType>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        {...flowHandlers}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={30}
        deleteKeyCode={null}
        onlyRenderVisibleElements
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.05}
      >
        <Background gap={24} />
        <Controls />
        {nodes.length <= MINIMAP_LIMIT && <MiniMap pannable zoomable ariaLabel="Minimap" className="canvas__minimap" />}
      </ReactFlow>
    </div>
  );
}

function useProjectedEdges(store: MapStore): FlowEdgeType[] {
  const doc = useStore(store, (s) => s.doc);
  const selection = useStore(store, (s) => s.selection);
  const previous = useRef<FlowEdgeType[]>([]);
  return useMemo(() => (previous.current = toEdges(doc, selection, previous.current)), [doc, selection]);
}
