import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers, type InvokeEvent } from '../../electron/ipc';
import { writeFileAtomic } from '../../io/file/write-file-atomic';
import { MAP_FILE_OPEN_FILTERS, readMapFile } from '../../renderer/map-file/read-map-file';
import { MAP_FILE_SAVE_FILTERS, mapFileBytes, mapFileName } from '../../renderer/map-file/save-map-file';
import { IPC_CHANNELS, type OpenedFile } from '../../shared/platform';
import { mapBuilder } from '../support/map-builder';
import { FakeIpcMain } from './fakes';

// The desktop app's side of saving and opening a map file: the renderer sends bytes and a
// suggested name; the main process owns the dialogs and the paths, and writes atomically.

vi.mock('../../io/file/write-file-atomic', async (original) => {
  const actual = await original<typeof import('../../io/file/write-file-atomic')>();
  return { writeFileAtomic: vi.fn(actual.writeFileAtomic) };
});

let dir: string;
let ipcMain: FakeIpcMain;
const window = { webContents: {} };
const dialog = {
  showSaveDialog: vi.fn(async (_w: unknown, _o: { defaultPath: string; filters: unknown[] }) => ({ canceled: true } as { canceled: boolean; filePath?: string })),
  showOpenDialog: vi.fn(async (_w: unknown, _o: object) => ({ canceled: true, filePaths: [] as string[] })),
};
const fromApp: InvokeEvent = { sender: window.webContents, senderFrame: { url: 'app://integration-mapper/index.html' } };

const doc = mapBuilder()
  .system('CRM', { kind: 'crm' })
  .system('Xero', { kind: 'finance' })
  .flow('CRM', 'Xero', { name: 'Gift Aid', credentialLocation: 'spreadsheet-document' })
  .treatment('plaintext-credentials:flow-1', { status: 'accepted', justification: 'Vault booked for March' })
  .build();
const saveRequest = () => ({ suggestedName: mapFileName(doc), filters: MAP_FILE_SAVE_FILTERS, contents: mapFileBytes(doc) });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'im-map-file-'));
  ipcMain = new FakeIpcMain();
  vi.mocked(writeFileAtomic).mockClear();
  dialog.showSaveDialog.mockReset();
  dialog.showOpenDialog.mockReset();
  registerIpcHandlers({ ipcMain, dialog, getWindow: () => window, documentsDir: () => '/home/sam/Documents', appInfo: { name: 'x', version: '0', host: 'desktop' } });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('saving a map file in the desktop app', () => {
  it('offers <assessment>.intmap in Documents with only map files in the filter', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    await expect(ipcMain.invoke(IPC_CHANNELS.saveFile, fromApp, saveRequest())).resolves.toEqual({ saved: false });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      defaultPath: join('/home/sam/Documents', 'Test assessment.intmap'),
      filters: [{ name: 'Integration Mapper map', extensions: ['intmap'] }],
    });
    expect(writeFileAtomic).not.toHaveBeenCalled();
  });

  it('replaces an earlier save whole, through the atomic writer, leaving nothing beside it', async () => {
    const target = join(dir, 'Harbour review.intmap');
    writeFileSync(target, 'an older and much longer map file '.repeat(400));
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });

    await expect(ipcMain.invoke(IPC_CHANNELS.saveFile, fromApp, saveRequest())).resolves.toEqual({ saved: true, fileName: 'Harbour review.intmap' });

    expect(writeFileAtomic).toHaveBeenCalledExactlyOnceWith(target, expect.any(Uint8Array));
    expect(new Uint8Array(readFileSync(target))).toEqual(mapFileBytes(doc));
    expect(readdirSync(dir)).toEqual(['Harbour review.intmap']);
  });

  it('passes a failed write back to the app and leaves no temporary file', async () => {
    // A folder where the file should go: the final rename fails after the bytes were written.
    const target = join(dir, 'taken.intmap');
    mkdirSync(target);
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(ipcMain.invoke(IPC_CHANNELS.saveFile, fromApp, saveRequest())).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken.intmap']);
  });
});

describe('opening a map file in the desktop app', () => {
  it('offers .intmap and .json maps, and gives the renderer the base name and bytes, which read back as the same map', async () => {
    const path = join(dir, 'Harbour review.intmap');
    writeFileSync(path, mapFileBytes(doc));
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });

    const opened = (await ipcMain.invoke(IPC_CHANNELS.openFile, fromApp, { filters: MAP_FILE_OPEN_FILTERS })) as OpenedFile;

    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      filters: [{ name: 'Integration Mapper map', extensions: ['intmap', 'json'] }],
      properties: ['openFile'],
    });
    expect(opened.fileName).toBe('Harbour review.intmap');
    expect(readMapFile(opened)).toEqual({ ok: true, document: doc, history: [] });
  });
});
