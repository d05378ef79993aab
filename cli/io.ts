import type { IsoDate } from '../shared/model';

/** Why a file could not be read, for the tool to put in words. */
export type ReadFailure =
  | { readonly reason: 'missing' }
  | { readonly reason: 'not-a-file' }
  | { readonly reason: 'unreadable'; /** What the system said, e.g. "permission denied". */ readonly detail: string }
  | { readonly reason: 'too-large'; readonly size: number };

export type ReadResult = ({ readonly ok: true; readonly contents: Uint8Array }) | ({ readonly ok: false } & ReadFailure);

/**
 * Everything the tool needs from the machine it runs on. `cli/node-io.ts` implements it with
 * the file system and the console; tests pass in-memory fakes, so `run` is tested without disk.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a whole file, refusing one larger than the tool will read (MAX_FILE_BYTES). */
  readFile(path: string): Promise<ReadResult>;
  /** Writes the whole file or nothing: a reader never sees it half written. Throws when it cannot. */
  writeFileAtomic(path: string, contents: Uint8Array): Promise<void>;
  /** True when both paths name the same existing file (however they are spelled). */
  sameFile(a: string, b: string): Promise<boolean>;
  /** Today's date where the user is. */
  today(): IsoDate;
  /** A new unique id, for the records of a map made from a spreadsheet. */
  newId(): string;
}

/**
 * Text from a map file made safe to print: a name or value holding terminal control codes (an
 * escape sequence can retitle a window or hide output) shows them as "?" instead of obeying them.
 * Line breaks stay when `keepLineBreaks`, for the tool's own multi-line messages.
 */
export function printable(text: string, keepLineBreaks = false): string {
  return text.replace(keepLineBreaks ? /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g : /[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/** A failed write in words, e.g. "permission denied", from the error the file system threw. */
export function describeWriteError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'its folder does not exist';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'that is a folder';
    case 'ENOSPC': return 'the disk is full';
    case 'EROFS': return 'the disk is read-only';
    default: return error instanceof Error ? error.message : String(error);
  }
}
