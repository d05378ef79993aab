import { findJsonSyntaxError } from '../json-position';
import { historyWithNewIds, type ChangeRecord } from './change-record';
import type { MapDocument } from './document';
import { nameWithSuffix, withNewIdsListed } from './duplicate';
import type { Problem } from './fields';
import { parseMap, serializeMap } from './serialized-map';

/**
 * A map file (`Acme review.intmap`) is one whole assessment as the JSON `serializeMap` writes:
 * what the app saves and opens, and what the command-line tool reads. These are the pure parts
 * of reading and writing one; turning bytes into text is left to the host (TextDecoder).
 */

/** The extension the app saves map files with, without the dot. */
export const MAP_FILE_EXTENSION = 'intmap';

/** Extensions a map file is opened from: its own, and `.json`, which earlier versions exported. */
export const MAP_FILE_EXTENSIONS: readonly string[] = [MAP_FILE_EXTENSION, 'json'];

/** What the name of an assessment opened beside its stored self ("Keep both") ends with. */
export const FROM_FILE_SUFFIX = ' (from file)';

/** An assessment as a map file carries it: the map, and its change history, oldest first. */
export interface MapWithHistory {
  readonly document: MapDocument;
  readonly history: readonly ChangeRecord[];
}

/**
 * The text of a map file: the deterministic serialised form, indented for people who open it in
 * a text editor, with a trailing newline, so the same map always gives the same file.
 */
export function mapFileText(doc: MapDocument, history: readonly ChangeRecord[] = []): string {
  return `${JSON.stringify(serializeMap(doc, history), null, 2)}\n`;
}

/** Why a map file's text cannot be opened, each in a form its reader can word. */
export type MapFileFailure =
  | { readonly ok: false; readonly kind: 'empty' }
  /** Not JSON: how, and where it first goes wrong (1-based, as editors count) when that is known. */
  | { readonly ok: false; readonly kind: 'not-json'; readonly problem: string; readonly line?: number; readonly column?: number }
  /** JSON, but not a map this version can read at all: another format, or a newer version. One sentence. */
  | { readonly ok: false; readonly kind: 'refused'; readonly message: string }
  /** A map whose records or references are wrong, each problem with the path of its field. */
  | { readonly ok: false; readonly kind: 'invalid'; readonly problems: readonly Problem[] };

export type MapFileReadResult =
  | (MapWithHistory & { readonly ok: true; readonly migrationsApplied: readonly string[] })
  | MapFileFailure;

// Problems parseMap reports about the document as a whole rather than about a field in it.
const WHOLE_FILE_PATHS = new Set(['format', 'schemaVersion', '(document)']);

/**
 * Reads the text of a map file: a leading byte order mark is ignored, JSON syntax errors come
 * back with their line and column, and the rest goes through `parseMap` (migrations, defaults,
 * validation of every record and reference). Never throws on bad input.
 */
export function readMapFileText(text: string): MapFileReadResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, kind: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const syntax = findJsonSyntaxError(body);
    // The scanner and the engine disagree only on input no editor writes; then say what the engine said.
    return syntax ? { ok: false, kind: 'not-json', ...syntax } : { ok: false, kind: 'not-json', problem: error instanceof Error ? error.message : String(error) };
  }
  const parsed = parseMap(raw);
  if (parsed.ok) return parsed;
  const [first] = parsed.problems;
  if (parsed.problems.length === 1 && first && WHOLE_FILE_PATHS.has(first.path)) return { ok: false, kind: 'refused', message: first.message };
  return { ok: false, kind: 'invalid', problems: parsed.problems };
}

/**
 * The problems as lines to show, `path: message`, at most `limit` of them followed by
 * "and N more" when there are more, so a badly broken file gives a readable list.
 */
export function listProblems(problems: readonly Problem[], limit: number): string[] {
  const lines = problems.slice(0, limit).map((problem) => `${problem.path}: ${problem.message}`);
  if (problems.length > limit) lines.push(`and ${problems.length - limit} more`);
  return lines;
}

/**
 * The map from a file, made ready to be stored beside the assessment it came from ("Keep both"):
 * new ids for the assessment and every record, and " (from file)" after its name so the two can
 * be told apart in the list. Everything recorded, and when it was last changed, stays; the
 * history follows the records to their new ids.
 */
export function copyFromFile(opened: MapWithHistory, newId: () => string): MapWithHistory {
  const { document: copy, newIds } = withNewIdsListed(opened.document, newId);
  return {
    document: { ...copy, assessment: { ...copy.assessment, name: nameWithSuffix(opened.document.assessment.name, FROM_FILE_SUFFIX) } },
    history: historyWithNewIds(opened.history, newIds),
  };
}

/** {@link withNewIdsListed} for a map and its history: the same map, its history following it, under new record ids. */
export function withNewRecordIds(opened: MapWithHistory, newId: () => string): MapWithHistory {
  const { document, newIds } = withNewIdsListed(opened.document, newId, opened.document.assessment.id);
  return { document, history: historyWithNewIds(opened.history, newIds) };
}
