import { ImportSession } from './import-session';

type SessionMethod = 'read' | 'mapping' | 'inventory' | 'reimport';
type Session = Pick<ImportSession, SessionMethod>;

/** A call to the import worker: a session method and its arguments. */
export interface ImportCall {
  readonly id: number;
  readonly method: SessionMethod;
  readonly args: unknown[];
}

export type ImportAnswer =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** The import session as the page uses it: every method answers asynchronously. */
export type ImportClient = { [M in SessionMethod]: (...args: Parameters<Session[M]>) => Promise<Awaited<ReturnType<Session[M]>>> } & {
  /** Stops the worker; call when the dialog closes. */
  close(): void;
};

/**
 * Starts an import session in a worker, so reading and matching a large spreadsheet never
 * freezes the window. Where no worker can start (a host that refuses it) the session runs on
 * the page instead: the same results, only the window is busy meanwhile.
 */
export function createImportClient(newId: () => string): ImportClient {
  const worker = startWorker();
  if (!worker) return onThisThread(new ImportSession(newId));

  let nextId = 0;
  let answered = false;
  // Where the calls go once the worker has failed to load: the page itself.
  let fallback: ImportSession | null = null;
  const waiting = new Map<number, Waiting>();
  const failAll = (message: string) => {
    for (const { reject } of waiting.values()) reject(new Error(message));
    waiting.clear();
  };
  worker.onmessage = (event: MessageEvent<ImportAnswer>) => {
    answered = true;
    const answer = event.data;
    const call = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (answer.ok) call?.resolve(answer.result);
    else call?.reject(new Error(answer.message));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    if (answered) {
      failAll('The spreadsheet reader stopped unexpectedly. Close this dialog and try again.');
      return;
    }
    // It never started (a host that refuses module workers): the calls made so far hold the
    // file's bytes (copied, not transferred), so the page can answer them in order.
    fallback = new ImportSession(newId);
    const pending = [...waiting.values()];
    waiting.clear();
    void pending.reduce((previous, call) => previous.then(() => runOn(fallback!, call)), Promise.resolve());
  };
  const call = (method: SessionMethod) => (...args: unknown[]) => new Promise((resolve, reject) => {
    if (fallback) {
      void runOn(fallback, { method, args, resolve, reject });
      return;
    }
    const id = nextId++;
    waiting.set(id, { method, args, resolve, reject });
    worker.postMessage({ id, method, args } satisfies ImportCall);
  });
  return {
    read: call('read'), mapping: call('mapping'), inventory: call('inventory'), reimport: call('reimport'),
    close: () => {
      worker.terminate();
      failAll('The import was closed.');
    },
  } as ImportClient;
}

interface Waiting {
  readonly method: SessionMethod;
  readonly args: unknown[];
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** Answers one call on the page, as the worker would have. */
async function runOn(session: ImportSession, { method, args, resolve, reject }: Waiting): Promise<void> {
  try {
    resolve(await (session[method] as (...a: unknown[]) => unknown)(...args));
  } catch (error) {
    reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'spreadsheet-import' });
  } catch {
    return null;
  }
}

function onThisThread(session: ImportSession): ImportClient {
  return {
    read: (file) => session.read(file),
    mapping: async (sheetIndex) => session.mapping(sheetIndex),
    inventory: async (request) => session.inventory(request),
    reimport: async (base, now) => session.reimport(base, now),
    close: () => undefined,
  };
}
