import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { describeFileSize } from '../shared/platform';

/** Thrown when a file is larger than the app will read. The message is fit to show the user. */
export class FileTooLargeError extends Error {
  constructor(fileName: string, size: number, maxBytes: number) {
    super(`"${fileName}" is too large to open (${describeFileSize(size)}); Integration Mapper opens files up to ${describeFileSize(maxBytes)}.`);
    this.name = 'FileTooLargeError';
  }
}

/**
 * Reads a whole regular file, refusing one larger than `maxBytes` before reading it (and
 * again after, in case it grew in between), so a huge file cannot exhaust memory.
 */
export async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new Error(`"${basename(path)}" is not a file.`);
    if (info.size > maxBytes) throw new FileTooLargeError(basename(path), info.size, maxBytes);
    const buffer = await handle.readFile();
    if (buffer.byteLength > maxBytes) throw new FileTooLargeError(basename(path), buffer.byteLength, maxBytes);
    // A plain Uint8Array view, not a Buffer, so IPC sends exactly the bytes the interface promises.
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } finally {
    await handle.close();
  }
}
