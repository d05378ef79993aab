import { posix } from 'node:path';
import type { CliIo, ReadFailure } from '../../cli/io';
import { run } from '../../cli/run';
import { mapFileText, type IsoDate, type MapDocument } from '../../shared/model';

/** A file in the fake disk: its text or bytes, or the reason reading it fails. */
export type FakeFile = string | Uint8Array | ReadFailure;

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The fake disk after the run, with anything the command wrote. */
  readonly files: ReadonlyMap<string, FakeFile>;
}

/** The day the fake machine's clock says it is, unless a test says otherwise. */
export const FAKE_TODAY: IsoDate = '2026-03-01';

/** A map file as the app's Export > Save map file (.intmap) writes it. */
export function mapFile(doc: MapDocument): string {
  return mapFileText(doc);
}

/**
 * Runs the tool as `integration-mapper ...argv` against an in-memory disk. Paths are compared
 * after normalising, so `./map.json` and `map.json` are the same file, as on a real disk.
 */
export async function runCli(
  argv: readonly string[],
  files: Record<string, FakeFile> = {},
  options: { today?: IsoDate; writeError?: NodeJS.ErrnoException } = {},
): Promise<CliResult> {
  const disk = new Map<string, FakeFile>(Object.entries(files).map(([path, file]) => [posix.normalize(path), file]));
  let nextId = 0;
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    readFile: async (path) => {
      const file = disk.get(posix.normalize(path));
      if (file === undefined) return { ok: false, reason: 'missing' };
      if (typeof file === 'string') return { ok: true, contents: new TextEncoder().encode(file) };
      if (file instanceof Uint8Array) return { ok: true, contents: file };
      return { ok: false, ...file };
    },
    writeFileAtomic: async (path, contents) => {
      if (options.writeError) throw options.writeError;
      disk.set(posix.normalize(path), contents);
    },
    sameFile: async (a, b) => posix.normalize(a) === posix.normalize(b) && disk.has(posix.normalize(a)),
    today: () => options.today ?? FAKE_TODAY,
    newId: () => `new-${(nextId += 1)}`,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, files: disk };
}
