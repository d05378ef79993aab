import { basename, join } from 'node:path';
import { writeFileAtomic } from '../io/file/write-file-atomic';
import {
  IPC_CHANNELS,
  MAX_FILE_BYTES,
  type AppInfo,
  type FileFilter,
  type OpenedFile,
  type SaveFileResult,
} from '../shared/platform';
import { isAppUrl } from './app-origin';
import { readFileLimited } from './file-io';
import { parseOpenFileRequest, parseSaveFileRequest } from './ipc-validation';

/** What Electron tells a handler about who called it. */
export interface InvokeEvent {
  readonly sender: unknown;
  readonly senderFrame: { readonly url: string } | null;
}

/** The slice of `ipcMain` this module uses. */
export interface IpcMainApi {
  handle(channel: string, listener: (event: InvokeEvent, payload?: unknown) => Promise<unknown>): void;
}

/** The window the dialogs belong to; only its own page may call the handlers. */
export interface IpcWindow {
  readonly webContents: unknown;
}

/** The slice of `dialog` this module uses, parented to the app's window type `W`. */
export interface FileDialogApi<W> {
  showSaveDialog(window: W, options: { defaultPath: string; filters: FileFilter[] }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(
    window: W,
    options: { filters: FileFilter[]; properties: Array<'openFile'> },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface IpcDependencies<W extends IpcWindow> {
  readonly ipcMain: IpcMainApi;
  readonly dialog: FileDialogApi<W>;
  /** The app's one window, or null while it does not exist. */
  getWindow(): W | null;
  /** The folder the save dialog starts in (the user's Documents). */
  documentsDir(): string;
  readonly appInfo: AppInfo;
}

/**
 * Answers the preload's three calls. The main process owns file paths: the renderer only
 * suggests a name and receives base names back. Every call is checked for its sender and its
 * payload first; an invalid call rejects and touches no dialog and no file.
 */
export function registerIpcHandlers<W extends IpcWindow>(deps: IpcDependencies<W>): void {
  const { ipcMain, dialog } = deps;

  ipcMain.handle(IPC_CHANNELS.appInfo, async (event) => {
    trustedWindow(deps, event, 'appInfo');
    return deps.appInfo;
  });

  ipcMain.handle(IPC_CHANNELS.saveFile, async (event, payload): Promise<SaveFileResult> => {
    const window = trustedWindow(deps, event, 'saveFile');
    const request = parseSaveFileRequest(payload);
    const { canceled, filePath } = await dialog.showSaveDialog(window, {
      defaultPath: startFolderPath(deps, request.suggestedName),
      filters: [...request.filters],
    });
    if (canceled || !filePath) return { saved: false };
    await writeFileAtomic(filePath, request.contents);
    return { saved: true, fileName: basename(filePath) };
  });

  ipcMain.handle(IPC_CHANNELS.openFile, async (event, payload): Promise<OpenedFile | null> => {
    const window = trustedWindow(deps, event, 'openFile');
    const request = parseOpenFileRequest(payload);
    const { canceled, filePaths } = await dialog.showOpenDialog(window, {
      filters: [...request.filters],
      properties: ['openFile'],
    });
    const filePath = filePaths[0];
    if (canceled || !filePath) return null;
    return { fileName: basename(filePath), contents: await readFileLimited(filePath, MAX_FILE_BYTES) };
  });
}

/**
 * The app's window, if the call came from its own page in the app:// origin. Anything else
 * (another web contents, a frame that navigated away, a page from another origin) is refused,
 * so a stray or injected page can never reach the file system.
 */
function trustedWindow<W extends IpcWindow>(deps: IpcDependencies<W>, event: InvokeEvent, operation: string): W {
  const window = deps.getWindow();
  const frameUrl = event.senderFrame?.url;
  if (!window || event.sender !== window.webContents || frameUrl === undefined || !isAppUrl(frameUrl)) {
    throw new Error(`Refused ${operation}: the call did not come from the Integration Mapper window.`);
  }
  return window;
}

function startFolderPath<W extends IpcWindow>(deps: IpcDependencies<W>, safeName: string): string {
  try {
    return join(deps.documentsDir(), safeName);
  } catch {
    // Some Linux desktops have no Documents folder; the dialog then starts in its own default.
    return safeName;
  }
}
