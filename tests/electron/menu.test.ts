import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from '../../electron/menu';
import { MENU_COMMANDS } from '../../shared/platform';

function menu(overrides: Partial<Pick<MenuOptions, 'platform' | 'isPackaged'>> = {}) {
  const options = { platform: 'win32', isPackaged: true, sendCommand: vi.fn(), showAbout: vi.fn(), ...overrides };
  return { template: buildMenuTemplate(options), ...options };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const top = template.find((item) => item.label === label || item.role === label);
  if (!top || !Array.isArray(top.submenu)) throw new Error(`no ${label} menu`);
  return top.submenu;
}

function item(items: MenuItemConstructorOptions[], label: string, accelerator?: string): MenuItemConstructorOptions {
  const found = items.find((entry) => entry.label === label && (accelerator === undefined || entry.accelerator === accelerator));
  if (!found) throw new Error(`no ${label} ${accelerator ?? ''}`);
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  (entry.click as () => void)();
}

describe('the native menu', () => {
  it('has File, Edit, View, Window and Help menus', () => {
    const { template } = menu();
    expect(template.map((entry) => entry.label ?? entry.role)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
  });

  it('sends undo and redo to the renderer instead of using Electron roles', () => {
    const { template, sendCommand } = menu();
    const edit = submenu(template, 'Edit');
    const undo = item(edit, 'Undo', 'CmdOrCtrl+Z');
    const redo = item(edit, 'Redo', 'CmdOrCtrl+Shift+Z');
    expect(undo.role).toBeUndefined();
    click(undo);
    click(redo);
    expect(sendCommand.mock.calls).toEqual([['undo'], ['redo']]);
  });

  it('shows the undo and redo shortcuts without registering them, so the page handles each key press once', () => {
    for (const platform of ['win32', 'linux', 'darwin']) {
      const edit = submenu(menu({ platform }).template, 'Edit');
      const shortcuts = edit.filter((entry) => entry.label === 'Undo' || entry.label === 'Redo');
      expect(shortcuts).toHaveLength(2);
      for (const entry of shortcuts) expect(entry.registerAccelerator).toBe(false);
    }
  });

  it('keeps the clipboard roles and a Delete selection command', () => {
    const { template, sendCommand } = menu();
    const edit = submenu(template, 'Edit');
    expect(edit.map((entry) => entry.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    click(item(edit, 'Delete selection'));
    expect(sendCommand).toHaveBeenCalledWith('delete-selection');
  });

  it('sends the File commands: new, open and save a map file with their usual shortcuts, import and export', () => {
    const { template, sendCommand } = menu();
    const file = submenu(template, 'File');
    click(item(file, 'New assessment', 'CmdOrCtrl+N'));
    click(item(file, 'Open map file…', 'CmdOrCtrl+O'));
    click(item(file, 'Home'));
    click(item(file, 'Save map file…', 'CmdOrCtrl+S'));
    click(item(file, 'Import spreadsheet…'));
    click(item(file, 'Export risk register…'));
    click(item(file, 'Add system'));
    click(item(file, 'Add data flow'));
    expect(sendCommand.mock.calls.flat()).toEqual([
      'new-assessment', 'open-map', 'go-home', 'save-map', 'import-spreadsheet', 'export-register', 'add-system', 'add-flow',
    ]);
    expect(file.some((entry) => entry.role === 'quit')).toBe(true);
  });

  it('lists File in the order people look for it: new and open, then save, then import and export, then adding', () => {
    const labels = submenu(menu().template, 'File').map((entry) => entry.label ?? entry.type ?? entry.role);
    expect(labels).toEqual([
      'New assessment', 'Open map file…', 'Home', 'separator', 'Save map file…', 'separator',
      'Import spreadsheet…', 'Export risk register…', 'separator', 'Add system', 'Add data flow', 'separator', 'quit',
    ]);
  });

  it('no longer offers the old JSON export: saving the map file replaces it', () => {
    const labels = menu().template.flatMap((top) => (Array.isArray(top.submenu) ? top.submenu : [])).map((entry) => entry.label);
    expect(labels).not.toContain('Export map data…');
  });

  it('sends Tidy layout from the Edit menu, without a shortcut that could fire while typing', () => {
    const { template, sendCommand } = menu();
    const tidy = item(submenu(template, 'Edit'), 'Tidy layout');
    expect(tidy.accelerator).toBeUndefined();
    click(tidy);
    expect(sendCommand).toHaveBeenCalledWith('tidy-layout');
  });

  it('sends every command the renderer understands from somewhere in the menu', () => {
    const { template, sendCommand } = menu();
    const items = template.flatMap((top) => (Array.isArray(top.submenu) ? top.submenu : []));
    for (const entry of items) if (typeof entry.click === 'function' && entry.label !== 'About Integration Mapper') click(entry);
    expect(new Set(sendCommand.mock.calls.flat())).toEqual(new Set(MENU_COMMANDS));
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isPackaged: boolean) => submenu(menu({ isPackaged }).template, 'View').map((entry) => entry.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(true)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('shows About from Help', () => {
    const { template, showAbout } = menu();
    click(item(submenu(template, 'help'), 'About Integration Mapper'));
    expect(showAbout).toHaveBeenCalledOnce();
  });

  it('puts the app menu first on macOS and leaves Quit to it', () => {
    const { template } = menu({ platform: 'darwin' });
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(submenu(template, 'File').some((entry) => entry.role === 'quit')).toBe(false);
  });
});
