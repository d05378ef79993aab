import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/platform';

export interface MenuOptions {
  /** `process.platform`: macOS gets the app menu and no File > Quit. */
  readonly platform: string;
  /** Reload and developer tools appear only in development builds. */
  readonly isPackaged: boolean;
  /** Delivers a command to the renderer, which owns the document and its undo history. */
  sendCommand(command: MenuCommand): void;
  showAbout(): void;
}

/**
 * The native menu. Document actions (new, open, save, import, export, undo, redo, add, delete,
 * tidy) are sent to the renderer as menu commands rather than given Electron roles, because the
 * app keeps its own undo history and owns the open map; the renderer then asks the main process
 * for any file dialog it needs. Clipboard, zoom and window items use Electron's roles.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => options.sendCommand(name),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New assessment', 'new-assessment', 'CmdOrCtrl+N'),
      command('Open map file…', 'open-map', 'CmdOrCtrl+O'),
      command('Home', 'go-home'),
      separator,
      command('Save map file…', 'save-map', 'CmdOrCtrl+S'),
      separator,
      command('Import spreadsheet…', 'import-spreadsheet'),
      command('Export risk register…', 'export-register'),
      separator,
      command('Add system', 'add-system'),
      command('Add data flow', 'add-flow'),
      ...(isMac ? [] : [separator, { role: 'quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      // The shortcuts are shown but not registered: the page handles Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z
      // and Ctrl+Y itself (as it must in a plain browser), so a key press undoes exactly once.
      { ...command('Undo', 'undo', 'CmdOrCtrl+Z'), registerAccelerator: false },
      { ...command('Redo', 'redo', 'CmdOrCtrl+Shift+Z'), registerAccelerator: false },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      // No accelerator: a menu-level Delete key would swallow Delete in text fields. The
      // canvas handles the key itself when it has focus.
      command('Delete selection', 'delete-selection'),
      separator,
      // An edit like any other: it moves systems, and Undo puts them back.
      command('Tidy layout', 'tidy-layout'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(options.isPackaged ? [] : [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, separator]),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: 'About Integration Mapper', click: () => options.showAbout() }],
  };

  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    edit,
    view,
    { role: 'windowMenu' },
    help,
  ];
}
