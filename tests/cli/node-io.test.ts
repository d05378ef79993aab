import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeIo, readFileLimited } from '../../cli/node-io';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'im-cli-io-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('reading and writing files on a real disk', () => {
  it('reads a file whole, and tells a missing file from a folder', async () => {
    writeFileSync(join(dir, 'map.json'), '{"a":1}');
    mkdirSync(join(dir, 'folder.json'));
    expect(await readFileLimited(join(dir, 'map.json'), 100)).toEqual({ ok: true, contents: new TextEncoder().encode('{"a":1}') });
    expect(await readFileLimited(join(dir, 'nothing.json'), 100)).toEqual({ ok: false, reason: 'missing' });
    expect(await readFileLimited(join(dir, 'map.json', 'inside'), 100)).toEqual({ ok: false, reason: 'missing' });
    expect(await readFileLimited(join(dir, 'folder.json'), 100)).toEqual({ ok: false, reason: 'not-a-file' });
  });

  it('refuses a file over the size limit without reading it, saying how big it is', async () => {
    writeFileSync(join(dir, 'big.json'), 'x'.repeat(101));
    expect(await readFileLimited(join(dir, 'big.json'), 100)).toEqual({ ok: false, reason: 'too-large', size: 101 });
  });

  it('says permission was denied for a file it may not read', async (context) => {
    context.skip(process.getuid?.() === 0, 'root reads any file, so a permission error cannot be made here');
    writeFileSync(join(dir, 'secret.json'), '{}');
    chmodSync(join(dir, 'secret.json'), 0o000);
    expect(await readFileLimited(join(dir, 'secret.json'), 100)).toEqual({ ok: false, reason: 'unreadable', detail: 'permission denied' });
  });

  it('writes atomically: the complete file appears, and no temporary file is left either way', async () => {
    const io = nodeIo();
    await io.writeFileAtomic(join(dir, 'register.xlsx'), new Uint8Array([1, 2, 3]));
    expect([...readFileSync(join(dir, 'register.xlsx'))]).toEqual([1, 2, 3]);
    mkdirSync(join(dir, 'taken.xlsx'));
    await expect(io.writeFileAtomic(join(dir, 'taken.xlsx'), new Uint8Array([4]))).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['register.xlsx', 'taken.xlsx']);
  });

  it('knows two spellings or a hard link of one file are the same file, and a new file is not', async () => {
    const io = nodeIo();
    writeFileSync(join(dir, 'map.json'), '{}');
    linkSync(join(dir, 'map.json'), join(dir, 'linked.json'));
    expect(await io.sameFile(join(dir, 'map.json'), `${dir}/./map.json`)).toBe(true);
    expect(await io.sameFile(join(dir, 'map.json'), join(dir, 'linked.json'))).toBe(true);
    expect(await io.sameFile(join(dir, 'map.json'), join(dir, 'register.xlsx'))).toBe(false);
  });

  it('gives today as the local calendar date', () => {
    expect(nodeIo().today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
