import { parseMap, type MapDocument, type Problem } from '../shared/model';
import { describeFileSize, MAX_FILE_BYTES } from '../shared/platform';
import type { CliIo, ReadFailure } from './io';
import { findJsonSyntaxError } from './json-position';

export type ReadMapResult =
  | { readonly ok: true; readonly document: MapDocument }
  | { readonly ok: false; /** One message naming the file and the problem, fit to print as is. */ readonly message: string };

/** How many record problems a message lists before saying how many more there are. */
export const PROBLEMS_LISTED = 5;

const SPREADSHEET_EXTENSION = /\.(xlsx|xlsm|xls|ods|csv|tsv)$/i;
// A zip archive (.xlsx, .ods) or an old Office compound file (.xls), whatever the file is called.
const SPREADSHEET_SIGNATURES = [[0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0]];

/**
 * Reads a map file exported from the app: checks it is readable JSON, then passes it through
 * `parseMap`, the one door for untrusted input, which migrates older versions. Every way this
 * can fail ends in one message that names the file and what is wrong with it.
 */
export async function readMapFile(io: CliIo, path: string): Promise<ReadMapResult> {
  const read = await io.readFile(path);
  if (!read.ok) return fail(path, describeReadFailure(read));
  const { contents } = read;

  if (SPREADSHEET_EXTENSION.test(path) || SPREADSHEET_SIGNATURES.some((signature) => signature.every((byte, i) => contents[i] === byte))) {
    return {
      ok: false,
      message: `"${path}" is a spreadsheet. Reading maps from spreadsheets is not supported yet: open the map in Integration Mapper, `
        + 'choose Export > Export map data (.json), and run this command on that file.',
    };
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(contents).replace(/^\uFEFF/, '');
  } catch {
    return fail(path, 'it is not a text file, so it is not a map exported as JSON');
  }
  if (text.trim() === '') return fail(path, 'the file is empty');

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const syntax = findJsonSyntaxError(text);
    const where = syntax ? `${syntax.problem} at line ${syntax.line}, column ${syntax.column}` : (error as Error).message;
    return fail(path, `it is not valid JSON: ${where}`);
  }

  const parsed = parseMap(raw);
  if (!parsed.ok) return fail(path, describeProblems(parsed.problems));
  return { ok: true, document: parsed.document };
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

/**
 * A problem with the document as a whole (not a map, newer version) is one sentence already;
 * problems with records are listed by path, the first few of them.
 */
function describeProblems(problems: readonly Problem[]): string {
  const [first] = problems;
  if (problems.length === 1 && first && ['format', 'schemaVersion', '(document)'].includes(first.path)) return first.message;
  const listed = problems.slice(0, PROBLEMS_LISTED).map((problem) => `\n  ${problem.path}: ${problem.message}`).join('');
  const more = problems.length > PROBLEMS_LISTED ? `\n  and ${problems.length - PROBLEMS_LISTED} more` : '';
  return `the map is not valid (${problems.length === 1 ? '1 problem' : `${problems.length} problems`}):${listed}${more}`;
}
