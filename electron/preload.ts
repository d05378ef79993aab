/**
 * The bridge between the sandboxed renderer and the main process, bundled to
 * dist/electron/preload.cjs. It exposes one small named object implementing `Platform`; never
 * `ipcRenderer` itself or a generic invoke, so the page can reach only these four operations.
 * Sandboxed preloads may require nothing but 'electron' at run time; the shared constants are
 * inlined by the bundler.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, isMenuCommand, type MenuCommand, type Platform } from '../shared/platform';

const platform = {
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.openFile, request),
  onMenuCommand(listener: (command: MenuCommand) => void) {
    // The page never sees the IPC event (it carries `sender`, an ipcRenderer handle), only a
    // validated command.
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IPC_CHANNELS.menuCommand, handler);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, handler);
    };
  },
} satisfies Platform;

contextBridge.exposeInMainWorld('integrationMapper', platform);
