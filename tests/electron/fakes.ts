/**
 * Small stand-ins for the slices of Electron the main-process modules use. The Electron
 * binary cannot run here, and the modules take Electron as an argument, so tests pass these.
 */
import { vi } from 'vitest';
import type { InvokeEvent } from '../../electron/ipc';

type Listener = (...args: any[]) => unknown;

/** A minimal event emitter that records listeners so tests can fire Electron events. */
export class FakeEmitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An event whose `preventDefault` is observable. */
export function preventableEvent(): { preventDefault(): void; readonly defaultPrevented: boolean } {
  let prevented = false;
  return {
    preventDefault: () => {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  readonly send = vi.fn();

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeWindow extends FakeEmitter {
  static created: FakeWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  minimized = false;

  constructor(readonly options: unknown) {
    super();
    FakeWindow.created.push(this);
  }

  isMinimized(): boolean {
    return this.minimized;
  }
}

/** Collects `ipcMain.handle` registrations and lets a test invoke them as a given sender. */
export class FakeIpcMain {
  readonly handlers = new Map<string, (event: InvokeEvent, payload?: unknown) => Promise<unknown>>();

  handle(channel: string, listener: (event: InvokeEvent, payload?: unknown) => Promise<unknown>): void {
    this.handlers.set(channel, listener);
  }

  invoke(channel: string, event: InvokeEvent, payload?: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, payload);
  }
}

/** A session whose web request and permission handlers are captured for the test to call. */
export class FakeSession {
  beforeRequest: ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | null = null;
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheck: ((contents: unknown, permission: string) => boolean) | null = null;

  readonly webRequest = {
    onBeforeRequest: (listener: NonNullable<FakeSession['beforeRequest']>): void => {
      this.beforeRequest = listener;
    },
  };

  setPermissionRequestHandler(handler: NonNullable<FakeSession['permissionRequest']>): void {
    this.permissionRequest = handler;
  }

  setPermissionCheckHandler(handler: NonNullable<FakeSession['permissionCheck']>): void {
    this.permissionCheck = handler;
  }

  /** Whether the installed onBeforeRequest listener lets `url` through. */
  allows(url: string): boolean {
    let cancel: boolean | undefined;
    this.beforeRequest?.({ url }, (response) => {
      cancel = response.cancel;
    });
    if (cancel === undefined) throw new Error('the listener did not answer');
    return !cancel;
  }
}
