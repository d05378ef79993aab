/**
 * Reads and imports spreadsheets off the main thread: a 100,000-row file takes seconds to read,
 * match and lay out, and the window must stay responsive meanwhile. Started by `import-client.ts`.
 */
import { ImportSession } from './import-session';
import type { ImportCall, ImportAnswer } from './import-client';

// The renderer's tsconfig has the DOM's types, not a worker's; this is the slice used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportCall>) => void) | null;
  postMessage(message: ImportAnswer): void;
};

const session = new ImportSession(() => crypto.randomUUID());

scope.onmessage = (event) => {
  const { id, method, args } = event.data;
  Promise.resolve()
    // The session's methods take exactly the arguments the client sent for that method.
    .then(() => (session[method] as (...a: unknown[]) => unknown)(...args))
    .then(
      (result) => scope.postMessage({ id, ok: true, result }),
      (failure: unknown) => scope.postMessage({ id, ok: false, message: failure instanceof Error ? failure.message : String(failure) }),
    );
};
