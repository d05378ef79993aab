import type { OpenedFile } from '../../shared/platform';
import { readMapFile, type MapFileRead } from './read-map-file';

/**
 * Reads a map file in a worker, so the window stays responsive while a large file is parsed.
 * Where no worker can be started (tests, or a host that refuses to load it) it reads on this
 * thread instead: slower to answer, with the same result.
 */
export function readMapFileOffThread(file: OpenedFile): Promise<MapFileRead> {
  if (typeof Worker === 'undefined') return Promise.resolve(readMapFile(file));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./map-file.worker.ts', import.meta.url), { type: 'module', name: 'map-file-reader' });
    } catch {
      resolve(readMapFile(file));
      return;
    }
    const finish = (result: MapFileRead) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<MapFileRead>) => finish(event.data);
    // The worker failed to load or crashed: the bytes are still here (they were copied, not
    // transferred), so read them on this thread.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(readMapFile(file));
    };
    worker.onmessageerror = () => finish(readMapFile(file));
    worker.postMessage(file);
  });
}
