import { useStore, type ReactFlowState } from '@xyflow/react';
import { shallow } from 'zustand/shallow';

/** Canvas units between dots, as React Flow's <Background gap={24} /> drew them. */
const GAP = 24;
/** One tile of the grid: a dot one canvas unit across, in React Flow's dot colour, at its centre. */
const TILE = `url("data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" width="${GAP}" height="${GAP}"><circle cx="${GAP / 2}" cy="${GAP / 2}" r="0.5" fill="#91919a"/></svg>`,
)}")`;

const modulo = (value: number, divisor: number) => ((value % divisor) + divisor) % divisor;

/** The tile size on screen, and where the layer sits so the dots fall on multiples of the gap. */
export function dotLayerOf({ transform: [panX, panY, zoom] }: Pick<ReactFlowState, 'transform'>) {
  const gap = GAP * zoom;
  return { gap, x: modulo(panX + gap / 2, gap) - gap, y: modulo(panY + gap / 2, gap) - gap };
}

/**
 * The dotted grid behind the map. React Flow's <Background> moves an SVG pattern on every frame
 * of a pan, so the whole pane is repainted and rasterised at up to sixty frames a second, on two
 * cores shared with everything else. Here the dots are one layer a tile larger than the pane,
 * painted once per zoom level and slid by the compositor, never more than a tile.
 */
export function DotGrid() {
  const { gap, x, y } = useStore(dotLayerOf, shallow);
  return (
    <div className="react-flow__background dot-grid" aria-hidden="true">
      <div
        className="dot-grid__dots"
        style={{ backgroundImage: TILE, backgroundSize: `${gap}px ${gap}px`, right: -gap, bottom: -gap, transform: `translate(${x}px, ${y}px)` }}
      />
    </div>
  );
}
