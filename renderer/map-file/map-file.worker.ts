/**
 * Reads a map file off the main thread: decoding and parsing a large file (up to
 * MAX_FILE_BYTES) takes long enough to freeze the window. Started by `read-off-thread.ts`.
 */
import type { OpenedFile } from '../../shared/platform';
import { readMapFile, type MapFileRead } from './read-map-file';

// The renderer's tsconfig has the DOM's types, not a worker's; this is the slice used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<OpenedFile>) => void) | null;
  postMessage(message: MapFileRead): void;
};

scope.onmessage = (event) => scope.postMessage(readMapFile(event.data));
