import { MAX_FILE_BYTES, type FileFilter, type OpenFileRequest, type SaveFileRequest } from '../shared/platform';

/**
 * Validators for what the renderer sends over IPC. The renderer is treated as untrusted
 * input: each validator returns a fresh, well-typed copy or throws an Error that names the
 * problem, and nothing else happens for an invalid call.
 */

const MAX_FILTERS = 10;
const MAX_EXTENSIONS_PER_FILTER = 20;
const MAX_FILTER_NAME_LENGTH = 100;
const MAX_RAW_NAME_LENGTH = 1024;
/** Long enough for any sensible name, short enough for every file system's 255-byte limit in UTF-8. */
const MAX_SAFE_NAME_LENGTH = 120;
const EXTENSION = /^[A-Za-z0-9]{1,16}$/;
const FALLBACK_NAME = 'Untitled';
// Control characters, characters Windows forbids in names, and invisible direction and
// width marks that could disguise an extension (`invoice\u202Excl.exe`).
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f<>:"|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/**
 * Reduces a suggested file name to a safe base name: no folders, no control or
 * Windows-forbidden characters, no leading or trailing dots and spaces, not a Windows device
 * name, at most 120 characters with the extension kept; `Untitled` when nothing is left.
 * `../../etc/passwd` becomes `passwd`.
 */
export function sanitizeFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  let safe = base.replace(UNSAFE_CHARACTERS, '').replace(/^[.\s]+|[.\s]+$/g, '');
  if (WINDOWS_RESERVED.test(safe)) safe = `_${safe}`;
  safe = truncateKeepingExtension(safe, MAX_SAFE_NAME_LENGTH);
  return safe === '' ? FALLBACK_NAME : safe;
}

function truncateKeepingExtension(name: string, maxLength: number): string {
  const characters = Array.from(name); // code points, so a surrogate pair is never split
  if (characters.length <= maxLength) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 17 ? Array.from(name.slice(dot)) : [];
  const stem = characters.slice(0, characters.length - extension.length);
  return stem.slice(0, maxLength - extension.length).join('').trimEnd() + extension.join('');
}

/** Validates the `saveFile` payload; the suggested name comes back already sanitised. */
export function parseSaveFileRequest(payload: unknown): SaveFileRequest {
  const request = requireObject(payload, 'saveFile');
  const { suggestedName, contents } = request;
  if (typeof suggestedName !== 'string') throw invalid('saveFile', 'suggestedName must be a string');
  if (suggestedName.length > MAX_RAW_NAME_LENGTH) {
    throw invalid('saveFile', `suggestedName must be at most ${MAX_RAW_NAME_LENGTH} characters`);
  }
  if (!(contents instanceof Uint8Array)) throw invalid('saveFile', 'contents must be a Uint8Array');
  if (contents.byteLength > MAX_FILE_BYTES) {
    throw invalid('saveFile', `contents is ${contents.byteLength} bytes, more than the ${MAX_FILE_BYTES}-byte limit`);
  }
  return { suggestedName: sanitizeFileName(suggestedName), contents, filters: parseFilters(request.filters, 'saveFile') };
}

/** Validates the `openFile` payload. */
export function parseOpenFileRequest(payload: unknown): OpenFileRequest {
  const request = requireObject(payload, 'openFile');
  return { filters: parseFilters(request.filters, 'openFile') };
}

function parseFilters(value: unknown, operation: string): FileFilter[] {
  if (!Array.isArray(value) || value.length > MAX_FILTERS) {
    throw invalid(operation, `filters must be an array of at most ${MAX_FILTERS} filters`);
  }
  return value.map((item: unknown, index) => {
    const where = `filters[${index}]`;
    if (typeof item !== 'object' || item === null) throw invalid(operation, `${where} must be an object`);
    const { name, extensions } = item as Record<string, unknown>;
    if (typeof name !== 'string' || name.length === 0 || name.length > MAX_FILTER_NAME_LENGTH) {
      throw invalid(operation, `${where}.name must be a string of 1 to ${MAX_FILTER_NAME_LENGTH} characters`);
    }
    if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > MAX_EXTENSIONS_PER_FILTER) {
      throw invalid(operation, `${where}.extensions must be an array of 1 to ${MAX_EXTENSIONS_PER_FILTER} extensions`);
    }
    extensions.forEach((extension: unknown, position) => {
      if (typeof extension !== 'string' || !EXTENSION.test(extension)) {
        throw invalid(operation, `${where}.extensions[${position}] must be 1 to 16 letters or digits, without the dot`);
      }
    });
    return { name, extensions: [...(extensions as string[])] };
  });
}

function requireObject(payload: unknown, operation: string): Record<string, unknown> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw invalid(operation, 'the request must be an object');
  }
  return payload as Record<string, unknown>;
}

function invalid(operation: string, problem: string): Error {
  return new Error(`Invalid ${operation} request: ${problem}.`);
}
