import { listProblems, readMapFileText, type ChangeRecord, type IsoDate, type MapDocument, type MapFileFailure } from '../shared/model';
import { describeFileSize, MAX_FILE_BYTES } from '../shared/platform';
import type { CliIo, ReadFailure } from './io';
import { readSpreadsheetMap } from './read-spreadsheet-map';

export type ReadMapResult =
  | {
    readonly ok: true;
    readonly document: MapDocument;
    /** The change history a map file holds, oldest first; none for a spreadsheet. */
    readonly history: readonly ChangeRecord[];
    /** For a spreadsheet: what the import made and the problems it met, to print on stderr. */
    readonly importReport?: string;
  }
  | { readonly ok: false; /** One message naming the file and the problem, fit to print as is. */ readonly message: string };

/** How many record problems a message lists before saying how many more there are. */
export const PROBLEMS_LISTED = 5;

const SPREADSHEET_EXTENSION = /\.(xlsx|xlsm|xls|ods|numbers|csv|tsv)$/i;
// A zip archive (.xlsx, .ods) or an old Office compound file (.xls), whatever the file is called.
const SPREADSHEET_SIGNATURES = [[0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0]];

/**
 * Reads the map a command works on. A spreadsheet (.xlsx, .csv) is imported the way the app's
 * Import spreadsheet does it, its dates checked against `today`. A map file saved from the app
 * (`.intmap`, or `.json` from earlier versions) is checked to be UTF-8 text, then reads it as the app does (`readMapFileText`: JSON with the line and column
 * of any mistake, then `parseMap`, which migrates older versions and validates). Every way this
 * can fail ends in one message that names the file and what is wrong with it.
 */
export async function readMapFile(io: CliIo, path: string, today: IsoDate): Promise<ReadMapResult> {
  const file = await io.readFile(path);
  if (!file.ok) return fail(path, describeReadFailure(file));
  const { contents } = file;

  if (SPREADSHEET_EXTENSION.test(path) || SPREADSHEET_SIGNATURES.some((signature) => signature.every((byte, i) => contents[i] === byte))) {
    const read = await readSpreadsheetMap(io, path, contents, today);
    return read.ok ? { ok: true, document: read.document, history: [], importReport: read.report } : read;
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(contents);
  } catch {
    return fail(path, 'it is not a text file, so it is not a map file');
  }
  const read = readMapFileText(text);
  return read.ok ? { ok: true, document: read.document, history: read.history } : fail(path, describeFailure(read));
}

function fail(path: string, reason: string): ReadMapResult {
  return { ok: false, message: `Cannot read "${path}": ${reason.endsWith('.') ? reason : `${reason}.`}` };
}

function describeReadFailure(failure: ReadFailure): string {
  switch (failure.reason) {
    case 'missing': return 'there is no such file';
    case 'not-a-file': return 'it is a folder, not a file';
    case 'unreadable': return `it cannot be opened (${failure.detail})`;
    case 'too-large': return `it is too large (${describeFileSize(failure.size)}); map files may be up to ${describeFileSize(MAX_FILE_BYTES)}`;
  }
}

/** A whole-file problem (empty, not JSON, not a map, newer version) in one sentence; record problems listed by path. */
function describeFailure(failure: MapFileFailure): string {
  switch (failure.kind) {
    case 'empty': return 'the file is empty';
    case 'not-json': return `it is not valid JSON: ${failure.problem}${failure.line ? ` at line ${failure.line}, column ${failure.column}` : ''}`;
    case 'refused': return failure.message;
    case 'invalid': {
      const { problems } = failure;
      const listed = listProblems(problems, PROBLEMS_LISTED).map((line) => `\n  ${line}`).join('');
      return `the map is not valid (${problems.length === 1 ? '1 problem' : `${problems.length} problems`}):${listed}`;
    }
  }
}
