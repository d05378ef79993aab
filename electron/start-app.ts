import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { IPC_CHANNELS, type MenuCommand } from '../shared/platform';
import { APP_ENTRY_URL } from './app-origin';
import { registerIpcHandlers, type FileDialogApi, type IpcMainApi } from './ipc';
import { buildMenuTemplate } from './menu';
import { registerAppScheme, serveRenderer, type ProtocolApi } from './protocol';
import {
  blockNetwork,
  denyPermissions,
  hardenWebContents,
  secureWindowOptions,
  type GuardableSession,
  type HardenableWebContents,
} from './security';

/** The product name; also the userData folder name, so renaming the package never orphans data. */
export const APP_NAME = 'Integration Mapper';

/** The slice of Electron's `app` that {@link startApp} uses. */
export interface AppApi {
  readonly isPackaged: boolean;
  setName(name: string): void;
  getVersion(): string;
  getPath(name: 'appData' | 'documents'): string;
  setPath(name: 'userData', path: string): void;
  requestSingleInstanceLock(): boolean;
  quit(): void;
  whenReady(): Promise<unknown>;
  on(event: 'second-instance' | 'window-all-closed' | 'activate', listener: () => void): unknown;
  on(event: 'web-contents-created', listener: (event: unknown, contents: HardenableWebContents) => void): unknown;
}

/** The app's window as {@link startApp} uses it. */
export interface AppWindow {
  readonly webContents: { send(channel: string, ...args: unknown[]): void };
  loadURL(url: string): Promise<unknown>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  show(): void;
  focus(): void;
  isMinimized(): boolean;
  restore(): void;
}

/** Options for the app's window: sizes plus the hardened web preferences. */
export type AppWindowOptions = ReturnType<typeof secureWindowOptions> & {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  title: string;
  backgroundColor: string;
};

/** The parts of the `electron` module the main process uses; tests pass fakes. */
export interface ElectronApi<W extends AppWindow> {
  readonly app: AppApi;
  readonly protocol: ProtocolApi;
  readonly session: { readonly defaultSession: GuardableSession };
  readonly ipcMain: IpcMainApi;
  readonly dialog: FileDialogApi<W> & {
    showMessageBox(window: W, options: { type: 'info'; title: string; message: string; detail: string; buttons: string[] }): Promise<unknown>;
  };
  readonly Menu: {
    buildFromTemplate(template: MenuItemConstructorOptions[]): unknown;
    setApplicationMenu(menu: unknown): void;
  };
  readonly BrowserWindow: new (options: AppWindowOptions) => W;
}

export interface StartOptions {
  /** The built renderer (dist/renderer). */
  readonly rendererDir: string;
  /** The bundled preload (dist/electron/preload.cjs). */
  readonly preloadPath: string;
  /** `process.platform`. */
  readonly platform: string;
}

/**
 * Starts the desktop app. Work that Electron only accepts before `ready` (the data folder, the
 * single-instance lock, the app:// scheme) happens synchronously; the rest once ready. The
 * returned promise settles when the window has been created, or at once if another instance
 * already runs.
 */
export async function startApp<W extends AppWindow>(electron: ElectronApi<W>, options: StartOptions): Promise<void> {
  const { app, protocol, session, dialog, Menu } = electron;

  app.setName(APP_NAME);
  // A fixed folder name, set before anything reads userData (the instance lock lives there),
  // so the saved maps stay put whatever the package or executable is called.
  app.setPath('userData', join(app.getPath('appData'), APP_NAME));
  if (!app.requestSingleInstanceLock()) {
    // Two instances would write the same IndexedDB; the running one is focused instead.
    app.quit();
    return;
  }
  registerAppScheme(protocol);

  let mainWindow: W | null = null;
  const createWindow = (): void => {
    const window = new electron.BrowserWindow({
      ...secureWindowOptions(options.preloadPath),
      width: 1400,
      height: 900,
      minWidth: 900,
      minHeight: 600,
      show: false,
      title: APP_NAME,
      backgroundColor: '#ffffff',
    });
    mainWindow = window;
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    void window.loadURL(APP_ENTRY_URL);
  };

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (options.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow) createWindow();
  });

  await app.whenReady();

  // Guards first, so not even the first page load can reach the network.
  blockNetwork(session.defaultSession);
  denyPermissions(session.defaultSession);
  serveRenderer(protocol, options.rendererDir);

  const version = app.getVersion();
  registerIpcHandlers({
    ipcMain: electron.ipcMain,
    dialog,
    getWindow: () => mainWindow,
    documentsDir: () => app.getPath('documents'),
    appInfo: { name: APP_NAME, version, host: 'desktop' },
  });

  const sendCommand = (command: MenuCommand): void => mainWindow?.webContents.send(IPC_CHANNELS.menuCommand, command);
  const showAbout = (): void => {
    if (!mainWindow) return;
    void dialog.showMessageBox(mainWindow, {
      type: 'info',
      title: `About ${APP_NAME}`,
      message: APP_NAME,
      detail: `Version ${version}\n\nMaps an organisation's systems and data flows. Works fully offline: nothing leaves this computer.`,
      buttons: ['OK'],
    });
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ platform: options.platform, isPackaged: app.isPackaged, sendCommand, showAbout })),
  );

  createWindow();
}
