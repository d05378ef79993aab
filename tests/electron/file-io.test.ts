import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileTooLargeError, readFileLimited } from '../../electron/file-io';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'im-file-io-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readFileLimited', () => {
  it('reads a file as a plain Uint8Array', async () => {
    const path = join(dir, 'in.bin');
    writeFileSync(path, Buffer.from([1, 2, 3]));
    const contents = await readFileLimited(path, 10);
    expect(Buffer.isBuffer(contents)).toBe(false);
    expect(Array.from(contents)).toEqual([1, 2, 3]);
  });

  it('refuses a file larger than the limit with a message fit for the user', async () => {
    const path = join(dir, 'big.xlsx');
    writeFileSync(path, Buffer.alloc(3 * 1024 + 1));
    const attempt = readFileLimited(path, 2 * 1024);
    await expect(attempt).rejects.toBeInstanceOf(FileTooLargeError);
    await expect(attempt).rejects.toThrow('"big.xlsx" is too large to open (4 KB); Integration Mapper opens files up to 2 KB.');
  });

  it('states sizes in megabytes for large files', () => {
    expect(new FileTooLargeError('a.xlsx', 250 * 1024 * 1024, 200 * 1024 * 1024).message).toBe(
      '"a.xlsx" is too large to open (250 MB); Integration Mapper opens files up to 200 MB.',
    );
  });

  it('refuses a folder', async () => {
    await expect(readFileLimited(dir, 10)).rejects.toThrow(/is not a file/);
  });
});
