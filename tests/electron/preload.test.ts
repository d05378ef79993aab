import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type Platform } from '../../shared/platform';

// The real 'electron' module would try to download the Electron binary; the preload only
// needs contextBridge and ipcRenderer, so both are replaced before it is imported.
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
    },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]) => 'answer'),
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

let api: Platform;
beforeAll(async () => {
  await import('../../electron/preload');
  api = electron.exposed.get('integrationMapper') as Platform;
});

function sendMenuCommand(value: unknown): void {
  for (const listener of electron.listeners.get(IPC_CHANNELS.menuCommand) ?? []) listener({ sender: 'ipc' }, value);
}

describe('the preload bridge', () => {
  it('exposes exactly one object with the four Platform operations', () => {
    expect([...electron.exposed.keys()]).toEqual(['integrationMapper']);
    expect(Object.keys(api).sort()).toEqual(['appInfo', 'onMenuCommand', 'openFile', 'saveFile']);
  });

  it('forwards each call to its own channel', async () => {
    const request = { suggestedName: 'a.xlsx', filters: [], contents: new Uint8Array([1]) };
    await api.appInfo();
    await api.saveFile(request);
    await api.openFile({ filters: [] });
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.appInfo],
      [IPC_CHANNELS.saveFile, request],
      [IPC_CHANNELS.openFile, { filters: [] }],
    ]);
  });

  it('passes only valid menu commands to the listener, without the IPC event', () => {
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    sendMenuCommand('undo');
    sendMenuCommand('rm -rf');
    sendMenuCommand({ command: 'undo' });
    expect(listener.mock.calls).toEqual([['undo']]);
    unsubscribe();
  });

  it('stops delivering commands after unsubscribing', () => {
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    unsubscribe();
    sendMenuCommand('redo');
    expect(listener).not.toHaveBeenCalled();
    expect(electron.listeners.get(IPC_CHANNELS.menuCommand)?.size ?? 0).toBe(0);
  });
});
