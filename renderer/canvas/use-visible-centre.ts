import { useCallback } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { Position } from '../../shared/model';

/** Returns a function giving the centre of the visible canvas, in canvas units. */
export function useVisibleCentre(): () => Position {
  const flow = useStoreApi();
  return useCallback(() => {
    const { width, height, transform: [x, y, zoom] } = flow.getState();
    return { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom };
  }, [flow]);
}
