import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/platform';
import { startApp, type ElectronApi } from '../../electron/start-app';
import { FakeEmitter, FakeIpcMain, FakeSession, FakeWebContents, FakeWindow, preventableEvent } from './fakes';

/** A fake `electron` module that records the order of the calls that matter. */
function fakeElectron({ lock = true } = {}) {
  const calls: string[] = [];
  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const appEvents = new FakeEmitter();
  const app = Object.assign(appEvents, {
    isPackaged: true,
    setName: vi.fn((name: string) => calls.push(`setName ${name}`)),
    getVersion: () => '1.2.3',
    getPath: vi.fn((name: string) => (name === 'appData' ? '/home/u/.config' : '/home/u/Documents')),
    setPath: vi.fn((name: string, path: string) => calls.push(`setPath ${name} ${path}`)),
    requestSingleInstanceLock: vi.fn(() => {
      calls.push('requestSingleInstanceLock');
      return lock;
    }),
    quit: vi.fn(() => calls.push('quit')),
    whenReady: () => {
      calls.push('whenReady');
      return readyPromise;
    },
  });
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
    handle: vi.fn(() => calls.push('protocol.handle')),
  };
  const session = new FakeSession();
  const ipcMain = new FakeIpcMain();
  const Menu = { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() };
  const dialog = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn(async () => ({})) };
  FakeWindow.created = [];
  const electron = { app, protocol, session: { defaultSession: session }, ipcMain, dialog, Menu, BrowserWindow: FakeWindow } satisfies ElectronApi<FakeWindow>;
  return { electron, calls, ready: () => ready(), app, protocol, session, ipcMain, Menu, dialog };
}

const options = { rendererDir: '/opt/im/dist/renderer', preloadPath: '/opt/im/dist/electron/preload.cjs', platform: 'linux' };

describe('startApp', () => {
  beforeEach(() => {
    FakeWindow.created = [];
  });

  it('fixes the name and the userData folder before taking the single-instance lock', () => {
    const fake = fakeElectron();
    void startApp(fake.electron, options);
    expect(fake.calls.slice(0, 3)).toEqual([
      'setName Integration Mapper',
      'setPath userData /home/u/.config/Integration Mapper',
      'requestSingleInstanceLock',
    ]);
  });

  it('registers the privileged app:// scheme before the app is ready', () => {
    const fake = fakeElectron();
    void startApp(fake.electron, options);
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.calls.indexOf('whenReady'));
    expect(fake.protocol.handle).not.toHaveBeenCalled();
  });

  it('quits without opening anything when another instance holds the lock', async () => {
    const fake = fakeElectron({ lock: false });
    await startApp(fake.electron, options);
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.calls).not.toContain('registerSchemesAsPrivileged');
    expect(fake.calls).not.toContain('whenReady');
    expect(FakeWindow.created).toHaveLength(0);
  });

  it('once ready, guards the session, serves the renderer, registers IPC and the menu, then opens a hardened window', async () => {
    const fake = fakeElectron();
    const started = startApp(fake.electron, options);
    expect(FakeWindow.created).toHaveLength(0);
    fake.ready();
    await started;

    expect(fake.session.allows('https://example.com/')).toBe(false);
    expect(fake.session.permissionCheck?.(null, 'media')).toBe(false);
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(
      [IPC_CHANNELS.appInfo, IPC_CHANNELS.openFile, IPC_CHANNELS.saveFile].sort(),
    );
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledOnce();

    const [window] = FakeWindow.created;
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, preload: options.preloadPath },
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://integration-mapper/index.html');
    window?.emit('ready-to-show');
    expect(window?.show).toHaveBeenCalled();
  });

  it('hardens every web contents Electron creates', () => {
    const fake = fakeElectron();
    void startApp(fake.electron, options);
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    const event = preventableEvent();
    contents.emit('will-navigate', event, 'https://evil.example/');
    expect(event.defaultPrevented).toBe(true);
  });

  it('focuses and restores the existing window when a second instance starts', async () => {
    const fake = fakeElectron();
    const started = startApp(fake.electron, options);
    fake.ready();
    await started;
    const [window] = FakeWindow.created;
    window!.minimized = true;
    fake.app.emit('second-instance');
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
  });

  it('sends menu commands to the window over the menu-command channel', async () => {
    const fake = fakeElectron();
    const started = startApp(fake.electron, options);
    fake.ready();
    await started;
    const template = fake.Menu.buildFromTemplate.mock.calls[0]![0] as Array<{ label?: string; submenu?: Array<{ label?: string; click?: () => void }> }>;
    template.find((entry) => entry.label === 'Edit')?.submenu?.find((entry) => entry.label === 'Undo')?.click?.();
    expect(FakeWindow.created[0]?.webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.menuCommand, 'undo');
  });

  it('quits when the last window closes, except on macOS', () => {
    const linux = fakeElectron();
    void startApp(linux.electron, options);
    linux.app.emit('window-all-closed');
    expect(linux.app.quit).toHaveBeenCalled();

    const mac = fakeElectron();
    void startApp(mac.electron, { ...options, platform: 'darwin' });
    mac.app.emit('window-all-closed');
    expect(mac.app.quit).not.toHaveBeenCalled();
  });
});
