import type { SheetBookRead, SheetCell } from './sheet-table';

/**
 * CSV (and tab-separated) text as a `SheetBook` of one sheet: RFC 4180 quoting, any line ending,
 * the delimiter European Excel writes (`;`) as well as `,` and tab, and the encodings Excel saves
 * in (UTF-8 with or without a BOM, "Unicode text" UTF-16, and the Windows code page of older
 * versions). Decoding is done here, by hand, rather than with `TextDecoder`: shared/ uses no
 * browser or Node API, and the three encodings are small enough to decode directly.
 */

export const EMPTY_FILE_MESSAGE = 'The file is empty: there is nothing to import.';
export const NOT_TEXT_MESSAGE = 'This file does not hold text, so it cannot be read as CSV. '
  + 'Import an Excel workbook (.xlsx) or a CSV file saved from a spreadsheet.';
export const WINDOWS_1252_NOTICE = 'The file is not in UTF-8, so it was read as Western European (Windows) text. '
  + 'If accented letters look wrong, save it from Excel as "CSV UTF-8" and import it again.';

/** The delimiters a header line is searched for, in the order a tie is settled. */
const DELIMITERS = [',', ';', '\t'] as const;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Text decoded from a file's bytes, with a notice when the encoding had to be guessed. */
export interface DecodedText {
  readonly text: string;
  readonly notice?: string;
}

/** Reads CSV bytes as one sheet named `sheetName`. Never throws. */
export function parseCsv(bytes: Uint8Array, sheetName: string): SheetBookRead {
  const decoded = decodeText(bytes);
  return decoded === null ? { ok: false, message: NOT_TEXT_MESSAGE } : parseDecodedCsv(decoded, sheetName);
}

/** `parseCsv` for bytes already decoded with `decodeText`. */
export function parseDecodedCsv(decoded: DecodedText, sheetName: string): SheetBookRead {
  const reader = new CsvReader(decoded, sheetName);
  while (reader.read(Infinity));
  return reader.result();
}

/**
 * Reads decoded CSV text a batch of rows at a time, so that a caller can pause between batches
 * (the app does, to keep its page responsive while a large file is read).
 */
export class CsvReader {
  private readonly rows: Array<Array<SheetCell | null>> = [];
  private readonly text: string;
  private readonly delimiter: number;
  private at: number;
  private finished: boolean;
  private failure: string | null = null;

  constructor(private readonly decoded: DecodedText, private readonly sheetName: string) {
    const { text } = decoded;
    this.text = text;
    // Excel reads, and some tools write, a first line `sep=;` naming the delimiter.
    const hint = /^sep=(.)(\r\n|\n|\r)/.exec(text);
    this.delimiter = (hint ? hint[1]! : detectDelimiter(text)).charCodeAt(0);
    this.at = hint ? hint[0].length : 0;
    // Only spaces and line breaks: nothing to read (and no row of spaces).
    this.finished = /^\s*$/.test(text.slice(this.at));
  }

  /** Reads up to `count` more rows; false once the text is all read (or found wrong). */
  read(count: number): boolean {
    for (let n = 0; n < count && !this.finished; n++) {
      const row = this.readRow();
      if (row === null) this.finished = true;
      else this.rows.push(trimRow(row));
    }
    return !this.finished;
  }

  /** The sheet, or what was wrong; call once `read` has returned false. */
  result(): SheetBookRead {
    if (this.failure !== null) return { ok: false, message: this.failure };
    const { rows } = this;
    while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
    if (rows.length === 0) return { ok: false, message: EMPTY_FILE_MESSAGE };
    const notices = this.decoded.notice ? [this.decoded.notice] : [];
    return { ok: true, book: { sheets: [{ name: this.sheetName, rows }] }, ...(notices.length > 0 ? { notices } : {}) };
  }

  /** The next record's cells, moving past its line break; null on a quote never closed. */
  private readRow(): Array<SheetCell | null> | null {
    const { text, delimiter } = this;
    const end = text.length;
    const row: Array<SheetCell | null> = [];
    let at = this.at;
    for (;;) {
      let value: string;
      if (text.charCodeAt(at) === QUOTE) {
        const opened = at;
        value = '';
        let from = at + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) {
            this.failure = unclosedQuoteMessage(lineOf(text, opened));
            return null;
          }
          value += text.slice(from, close);
          if (text.charCodeAt(close + 1) !== QUOTE) {
            at = close + 1;
            break;
          }
          value += '"';
          from = close + 2;
        }
        // Leniently keep anything between the closing quote and the delimiter, as spreadsheets do.
        const rest = fieldEnd(text, at, delimiter);
        value += text.slice(at, rest);
        at = rest;
      } else {
        const rest = fieldEnd(text, at, delimiter);
        value = text.slice(at, rest);
        at = rest;
      }
      row.push(value === '' ? null : { value });
      const code = at < end ? text.charCodeAt(at) : -1;
      if (code !== delimiter) {
        if (code !== -1) at += code === CR && text.charCodeAt(at + 1) === LF ? 2 : 1;
        this.at = at;
        if (at >= end) this.finished = true;
        return row;
      }
      at++;
    }
  }
}

/** Where an unquoted field ends: at the delimiter, a line break, or the end of the text. */
function fieldEnd(text: string, from: number, delimiter: number): number {
  let at = from;
  for (const end = text.length; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === delimiter || code === LF || code === CR) break;
  }
  return at;
}

/** A row without the empty cells after its last value, so a blank line is an empty row. */
function trimRow(row: Array<SheetCell | null>): Array<SheetCell | null> {
  let length = row.length;
  while (length > 0 && row[length - 1] === null) length--;
  row.length = length;
  return row;
}

/** Line number (from 1) of the character at `index`, a CRLF counting as one line break. */
function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) line++;
  }
  return line;
}

function unclosedQuoteMessage(line: number): string {
  return `Line ${line} opens a quoted value with a quotation mark (") that is never closed, so the rest of the file cannot be split into cells. `
    + 'Fix the quotation marks on that line (a quotation mark inside a value is written twice: ""), save, and import the file again.';
}

/**
 * The delimiter the header line uses most: `,`, `;` (what Excel writes where the comma is the
 * decimal mark) or tab. Quoted text is skipped; with none of them, the file has one column.
 */
export function detectDelimiter(text: string): string {
  const counts = [0, 0, 0];
  let quoted = false;
  for (let i = 0, n = Math.min(text.length, 1 << 16); i < n; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted) {
      const which = DELIMITERS.indexOf(char as (typeof DELIMITERS)[number]);
      if (which >= 0) counts[which]!++;
    }
  }
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i]! > counts[best]!) best = i;
  return DELIMITERS[best]!;
}

/**
 * Bytes as text: UTF-16 when a byte-order mark says so (Excel's "Unicode text") or when every
 * other byte is zero, UTF-8 (its BOM dropped) when the bytes are valid UTF-8, and otherwise
 * Windows-1252, with a notice. Null when the bytes hold zeros but are not UTF-16: not text.
 */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes, 2, true) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes, 2, false) };
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (from === 0) {
    const zeros = zeroPattern(bytes);
    if (zeros === 'odd') return { text: decodeUtf16(bytes, 0, true) };
    if (zeros === 'even') return { text: decodeUtf16(bytes, 0, false) };
    if (zeros === 'other') return null;
  }
  const utf8 = decodeUtf8(bytes, from);
  return utf8 !== null ? { text: utf8 } : { text: decodeWindows1252(bytes, from), notice: WINDOWS_1252_NOTICE };
}

/**
 * Where the zero bytes of the first 4 KB are: none (`'none'`); at every odd index of mostly-ASCII
 * text, as UTF-16 LE without a BOM has them (`'odd'`); every even index (`'even'`, UTF-16 BE); or
 * scattered, as in binary data (`'other'`).
 */
function zeroPattern(bytes: Uint8Array): 'none' | 'odd' | 'even' | 'other' {
  const n = Math.min(bytes.length, 4096);
  const zeros = [0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros[i & 1]!++;
  if (zeros[0] === 0 && zeros[1] === 0) return 'none';
  const pairs = n >> 1;
  if (pairs > 0 && zeros[1]! >= pairs * 0.9 && zeros[0] === 0) return 'odd';
  if (pairs > 0 && zeros[0]! >= pairs * 0.9 && zeros[1] === 0) return 'even';
  return 'other';
}

/** Collects UTF-16 code units into strings a few thousand at a time: `String.fromCharCode` takes them as arguments. */
class CodeUnits {
  private readonly buffer = new Uint16Array(8192);
  private length = 0;
  private readonly pieces: string[] = [];

  push(unit: number): void {
    if (this.length === this.buffer.length) this.flush();
    this.buffer[this.length++] = unit;
  }

  /** Adds bytes `from`–`to`, all ASCII, straight from the array: most of a CSV file is. */
  pushAscii(bytes: Uint8Array, from: number, to: number): void {
    this.flush();
    for (let at = from; at < to; at += this.buffer.length) {
      this.pieces.push(String.fromCharCode.apply(null, bytes.subarray(at, Math.min(to, at + this.buffer.length)) as unknown as number[]));
    }
  }

  text(): string {
    this.flush();
    return this.pieces.join('');
  }

  private flush(): void {
    if (this.length > 0) this.pieces.push(String.fromCharCode.apply(null, this.buffer.subarray(0, this.length) as unknown as number[]));
    this.length = 0;
  }
}

/** UTF-8 as the Encoding Standard decodes it strictly, or null at the first byte sequence that is not UTF-8. */
function decodeUtf8(bytes: Uint8Array, from: number): string | null {
  const units = new CodeUnits();
  const n = bytes.length;
  for (let i = from; i < n;) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      let end = i + 1;
      while (end < n && bytes[end]! < 0x80) end++;
      if (end - i > 16) units.pushAscii(bytes, i, end);
      else for (let k = i; k < end; k++) units.push(bytes[k]!);
      i = end;
      continue;
    }
    let needed: number;
    let point: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) { needed = 1; point = lead & 0x1f; } else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2; point = lead & 0x0f;
      if (lead === 0xe0) lower = 0xa0; // no overlong forms
      if (lead === 0xed) upper = 0x9f; // no surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3; point = lead & 0x07;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f; // nothing past U+10FFFF
    } else return null;
    for (let k = 1; k <= needed; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < lower || next > upper) return null;
      lower = 0x80;
      upper = 0xbf;
      point = (point << 6) | (next & 0x3f);
    }
    if (point >= 0x10000) {
      point -= 0x10000;
      units.push(0xd800 | (point >> 10));
      units.push(0xdc00 | (point & 0x3ff));
    } else units.push(point);
    i += needed + 1;
  }
  return units.text();
}

/** UTF-16 code units from byte pairs, little- or big-endian; an odd last byte is dropped. */
function decodeUtf16(bytes: Uint8Array, from: number, littleEndian: boolean): string {
  const units = new CodeUnits();
  for (let i = from; i + 1 < bytes.length; i += 2) units.push(littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  return units.text();
}

/**
 * Windows-1252 as the Encoding Standard maps it: Latin-1, except 0x80–0x9F, which hold the euro
 * sign, curly quotes, dashes and a few letters (the five unassigned bytes stay C1 controls).
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array, from: number): string {
  const units = new CodeUnits();
  for (let i = from; i < bytes.length; i++) {
    const byte = bytes[i]!;
    units.push(byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80]! : byte);
  }
  return units.text();
}
