import {
  listProblems, MAP_FILE_EXTENSIONS, readMapFileText, type MapFileFailure, type MapWithHistory,
} from '../../shared/model';
import type { FileFilter, OpenedFile } from '../../shared/platform';

/** What the open dialog offers: map files, and the `.json` maps earlier versions exported. */
export const MAP_FILE_OPEN_FILTERS: readonly FileFilter[] = [{ name: 'Integration Mapper map', extensions: [...MAP_FILE_EXTENSIONS] }];

/** How many problems an unreadable file's message lists before saying how many more there are. */
export const PROBLEMS_SHOWN = 20;

/** Why a file cannot be opened, in words: one sentence, and the problems by where they are. */
export interface UnreadableFile {
  readonly summary: string;
  /** `path: message` lines, at most PROBLEMS_SHOWN and then "and N more"; empty when the summary says it all. */
  readonly details: readonly string[];
}

export type MapFileRead =
  | (MapWithHistory & { readonly ok: true })
  | ({ readonly ok: false } & UnreadableFile);

/**
 * Reads an opened file as a map: UTF-8 (a byte order mark is fine), JSON, then `parseMap`,
 * which migrates older versions and checks every record. Plain data in and out, so it can run
 * in a worker; it never throws on bad input.
 */
export function readMapFile(file: OpenedFile): MapFileRead {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.contents);
  } catch {
    return { ok: false, summary: 'It is not a text file, so it is not a map file.', details: [] };
  }
  const read = readMapFileText(text);
  return read.ok ? { ok: true, document: read.document, history: read.history } : { ok: false, ...describeFailure(read) };
}

function describeFailure(failure: MapFileFailure): UnreadableFile {
  switch (failure.kind) {
    case 'empty':
      return { summary: 'The file is empty.', details: [] };
    case 'not-json': {
      const where = failure.line ? ` at line ${failure.line}, column ${failure.column}` : '';
      return { summary: `It is not a map file: it is not valid JSON (${failure.problem}${where}).`, details: [] };
    }
    case 'refused':
      return { summary: sentence(failure.message), details: [] };
    case 'invalid': {
      const count = failure.problems.length;
      return {
        summary: `The map in it is not valid: ${count === 1 ? 'there is 1 problem' : `there are ${count} problems`}.`,
        details: listProblems(failure.problems, PROBLEMS_SHOWN),
      };
    }
  }
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
