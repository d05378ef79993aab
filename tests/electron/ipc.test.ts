import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, MAX_FILE_BYTES } from '../../shared/platform';
import { registerIpcHandlers, type InvokeEvent } from '../../electron/ipc';
import { FakeIpcMain } from './fakes';

interface TestWindow {
  readonly webContents: object;
}

let dir: string;
let window: TestWindow;
let ipcMain: FakeIpcMain;
let dialog: {
  showSaveDialog: ReturnType<typeof vi.fn<(w: TestWindow, o: { defaultPath: string }) => Promise<{ canceled: boolean; filePath?: string }>>>;
  showOpenDialog: ReturnType<typeof vi.fn<(w: TestWindow, o: object) => Promise<{ canceled: boolean; filePaths: string[] }>>>;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'im-ipc-'));
  window = { webContents: {} };
  ipcMain = new FakeIpcMain();
  dialog = {
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
  };
  registerIpcHandlers({
    ipcMain,
    dialog,
    getWindow: () => window,
    documentsDir: () => '/home/user/Documents',
    appInfo: { name: 'Integration Mapper', version: '1.2.3', host: 'desktop' },
  });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const fromApp = (): InvokeEvent => ({ sender: window.webContents, senderFrame: { url: 'app://integration-mapper/index.html' } });
const workbook = { suggestedName: 'Acme.xlsx', filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }], contents: new Uint8Array([80, 75, 3, 4]) };

describe('IPC sender checks', () => {
  const refusedSenders: Array<[string, () => InvokeEvent]> = [
    ['a page from another origin', () => ({ sender: window.webContents, senderFrame: { url: 'https://evil.example/' } })],
    ['a look-alike app host', () => ({ sender: window.webContents, senderFrame: { url: 'app://integration-mapper.evil/' } })],
    ['a file page', () => ({ sender: window.webContents, senderFrame: { url: 'file:///tmp/x.html' } })],
    ['another web contents', () => ({ sender: {}, senderFrame: { url: 'app://integration-mapper/index.html' } })],
    ['a frame that is gone', () => ({ sender: window.webContents, senderFrame: null })],
  ];

  it.each(refusedSenders)('refuses every call from %s', async (_label, event) => {
    await expect(ipcMain.invoke(IPC_CHANNELS.appInfo, event())).rejects.toThrow(/did not come from the Integration Mapper window/);
    await expect(ipcMain.invoke(IPC_CHANNELS.saveFile, event(), workbook)).rejects.toThrow(/Refused saveFile/);
    await expect(ipcMain.invoke(IPC_CHANNELS.openFile, event(), { filters: [] })).rejects.toThrow(/Refused openFile/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses calls while the window does not exist', async () => {
    const ipc = new FakeIpcMain();
    registerIpcHandlers({ ipcMain: ipc, dialog, getWindow: () => null, documentsDir: () => dir, appInfo: { name: 'x', version: '0', host: 'desktop' } });
    await expect(ipc.invoke(IPC_CHANNELS.appInfo, fromApp())).rejects.toThrow(/Refused appInfo/);
  });

  it('answers appInfo to the app window', async () => {
    await expect(ipcMain.invoke(IPC_CHANNELS.appInfo, fromApp())).resolves.toEqual({ name: 'Integration Mapper', version: '1.2.3', host: 'desktop' });
  });
});

describe('saveFile', () => {
  it.each([
    [{ ...workbook, contents: 'PK' }, /contents must be a Uint8Array/],
    [{ ...workbook, contents: Array.from(workbook.contents) }, /contents must be a Uint8Array/],
    [{ ...workbook, suggestedName: { toString: (): string => 'x' } }, /suggestedName must be a string/],
    [{ ...workbook, filters: [{ name: 'Any', extensions: ['*'] }] }, /filters\[0\]\.extensions\[0\]/],
    [{ ...workbook, filters: Array.from({ length: 11 }, () => workbook.filters[0]) }, /at most 10 filters/],
    [undefined, /request must be an object/],
  ])('rejects a bad payload without opening a dialog (%#)', async (payload, message) => {
    await expect(ipcMain.invoke(IPC_CHANNELS.saveFile, fromApp(), payload)).rejects.toThrow(message);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('rejects oversized contents', async () => {
    const oversized = new Uint8Array(new ArrayBuffer(0));
    Object.defineProperty(oversized, 'byteLength', { value: MAX_FILE_BYTES + 1 });
    await expect(ipcMain.invoke(IPC_CHANNELS.saveFile, fromApp(), { ...workbook, contents: oversized })).rejects.toThrow(/more than the/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('offers the sanitised name in Documents, writes the chosen file and returns only its base name', async () => {
    const chosen = join(dir, 'Chosen name.xlsx');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    const result = await ipcMain.invoke(IPC_CHANNELS.saveFile, fromApp(), { ...workbook, suggestedName: '../../Acme:risks.xlsx' });
    expect(result).toEqual({ saved: true, fileName: 'Chosen name.xlsx' });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      defaultPath: join('/home/user/Documents', 'Acmerisks.xlsx'),
      filters: workbook.filters,
    });
    expect(Array.from(readFileSync(chosen))).toEqual([80, 75, 3, 4]);
    expect(readdirSync(dir)).toEqual(['Chosen name.xlsx']); // no temporary file left
  });

  it('returns saved: false and writes nothing when the user cancels', async () => {
    await expect(ipcMain.invoke(IPC_CHANNELS.saveFile, fromApp(), workbook)).resolves.toEqual({ saved: false });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('openFile', () => {
  it('returns the base name and the contents of the chosen file', async () => {
    const path = join(dir, 'import.xlsx');
    writeFileSync(path, Buffer.from([1, 2, 3]));
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    const result = (await ipcMain.invoke(IPC_CHANNELS.openFile, fromApp(), { filters: workbook.filters })) as {
      fileName: string;
      contents: Uint8Array;
    };
    expect(result.fileName).toBe('import.xlsx');
    expect(Array.from(result.contents)).toEqual([1, 2, 3]);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, { filters: workbook.filters, properties: ['openFile'] });
  });

  it('returns null when the user cancels', async () => {
    await expect(ipcMain.invoke(IPC_CHANNELS.openFile, fromApp(), { filters: [] })).resolves.toBeNull();
  });

  it('refuses a file over the size limit with a clear message', async () => {
    const path = join(dir, 'huge.xlsx');
    // A sparse file: MAX_FILE_BYTES + 1 bytes long without using the disk space.
    writeFileSync(path, '');
    truncateSync(path, MAX_FILE_BYTES + 1);
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    await expect(ipcMain.invoke(IPC_CHANNELS.openFile, fromApp(), { filters: [] })).rejects.toThrow(
      '"huge.xlsx" is too large to open (200 MB); Integration Mapper opens files up to 200 MB.',
    );
  });

  it('rejects bad filters without opening a dialog', async () => {
    await expect(ipcMain.invoke(IPC_CHANNELS.openFile, fromApp(), { filters: [{ name: 'x', extensions: ['.exe'] }] })).rejects.toThrow(
      /extensions\[0\]/,
    );
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});
