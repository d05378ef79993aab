/**
 * What the user interface needs from its host. The Electron preload implements it over IPC;
 * the browser adapter implements it with downloads and file inputs. The renderer only ever
 * talks to this interface, so the same app runs in both.
 *
 * The host owns file paths: the renderer suggests a file name and receives a name back, never
 * a path it could reuse.
 */

/** A file type offered in save and open dialogs, e.g. `{ name: 'Excel workbook', extensions: ['xlsx'] }`. */
export interface FileFilter {
  readonly name: string;
  /** Extensions without the dot, lower case. */
  readonly extensions: readonly string[];
}

export interface SaveFileRequest {
  /** A file name (not a path) the dialog starts with, e.g. `Acme risk register.xlsx`. */
  readonly suggestedName: string;
  readonly filters: readonly FileFilter[];
  readonly contents: Uint8Array;
}

export type SaveFileResult =
  | { readonly saved: true; /** The base name the user chose; never the full path. */ readonly fileName: string }
  | { readonly saved: false };

export interface OpenFileRequest {
  readonly filters: readonly FileFilter[];
}

export interface OpenedFile {
  /** Base name only. */
  readonly fileName: string;
  readonly contents: Uint8Array;
}

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  /** Where the app is running: the desktop shell, or a plain browser. */
  readonly host: 'desktop' | 'browser';
}

/** Commands the native menu sends to the renderer. Defined once; the main process and preload validate against it. */
export const MENU_COMMANDS = [
  'new-assessment',
  'go-home',
  'undo',
  'redo',
  'delete-selection',
  'add-system',
  'add-flow',
  'export-register',
  'open-map',
  'save-map',
  'import-spreadsheet',
  'tidy-layout',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Largest file the host will read or write for the renderer: guards memory and IPC. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** A file size as people read it: "250 MB", "1.5 MB", "12 KB". Both hosts word size limits with it. */
export function describeFileSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 10) return `${Math.round(megabytes)} MB`;
  if (megabytes >= 1) return `${megabytes.toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

export interface Platform {
  appInfo(): Promise<AppInfo>;
  /** Shows a save dialog (desktop) or downloads (browser). Resolves `{ saved: false }` when the user cancels. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Shows an open dialog (desktop) or a file picker (browser). Resolves `null` when the user cancels. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /** Subscribes to native menu commands; returns the unsubscribe function. The browser has no native menu. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** IPC channel names, shared by the preload and the main process so both ends agree. */
export const IPC_CHANNELS = {
  appInfo: 'integration-mapper:app-info',
  saveFile: 'integration-mapper:save-file',
  openFile: 'integration-mapper:open-file',
  menuCommand: 'integration-mapper:menu-command',
} as const;
