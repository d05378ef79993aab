import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `contents` to `targetPath` so that the target is either the old file or the complete
 * new one, never half written: the bytes go to a temporary file in the same folder (same
 * volume, so the rename is atomic), are flushed to disk, then renamed over the target.
 * The temporary file is removed if anything fails.
 *
 * Plain Node, no Electron: the desktop app's main process and the command-line tool both
 * save through it.
 */
export async function writeFileAtomic(targetPath: string, contents: Uint8Array): Promise<void> {
  const tempPath = join(dirname(targetPath), `.${basename(targetPath)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // 'wx' fails rather than follow a file or link someone placed at the temporary name.
    const handle = await open(tempPath, 'wx');
    try {
      await handle.writeFile(contents);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tempPath, targetPath);
  } catch (error) {
    await rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
}
