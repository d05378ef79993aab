import { randomUUID } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { writeFileAtomic } from '../io/file/write-file-atomic';
import { localDateOf } from '../shared/model';
import { MAX_FILE_BYTES } from '../shared/platform';
import type { CliIo, ReadResult } from './io';

/** The real machine: files on disk, the process's console, the local clock. */
export function nodeIo(options: { maxBytes?: number } = {}): CliIo {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFileLimited(path, maxBytes),
    writeFileAtomic,
    sameFile,
    today: () => localDateOf(new Date()),
    newId: () => randomUUID(),
  };
}

/**
 * Reads a regular file of at most `maxBytes`, checking the size before reading (and again
 * after, in case it grew in between), so a huge file cannot exhaust memory.
 */
export async function readFileLimited(path: string, maxBytes: number): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return readFailure(error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, reason: 'not-a-file' };
    if (info.size > maxBytes) return { ok: false, reason: 'too-large', size: info.size };
    const buffer = await handle.readFile();
    if (buffer.byteLength > maxBytes) return { ok: false, reason: 'too-large', size: buffer.byteLength };
    return { ok: true, contents: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
  } catch (error) {
    return readFailure(error);
  } finally {
    await handle.close();
  }
}

function readFailure(error: unknown): ReadResult {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing' };
  if (code === 'EISDIR') return { ok: false, reason: 'not-a-file' };
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'unreadable', detail: 'permission denied' };
  return { ok: false, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
}

/** Same device and inode: catches `./map.json` vs `map.json`, links, and case-insensitive disks. */
async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [first, second] = await Promise.all([stat(a), stat(b)]);
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    // One of them does not exist yet, so writing it cannot overwrite the other.
    return false;
  }
}
