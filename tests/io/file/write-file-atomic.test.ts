import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../io/file/write-file-atomic';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'im-write-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temporary file behind', async () => {
    const target = join(dir, 'map.json');
    await writeFileAtomic(target, new TextEncoder().encode('{"v":1}'));
    expect(readFileSync(target, 'utf8')).toBe('{"v":1}');
    expect(readdirSync(dir)).toEqual(['map.json']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'map.json');
    writeFileSync(target, 'old contents that are longer than the new ones');
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['map.json']);
  });

  it('removes the temporary file and keeps the old file when the rename fails', async () => {
    // A folder at the target path makes the final rename fail after the temp file is written.
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'x');
    await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
  });
});
