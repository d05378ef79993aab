import type { ByteChunk } from './byte-chunk';

/**
 * Text as SpreadsheetML holds it: XML-escaped, with the characters XML 1.0 cannot carry written
 * the way Excel writes them, and cut to what a cell can hold.
 */

/**
 * The most characters a cell holds in Excel (counted in UTF-16 units, as JavaScript counts), so
 * the writer cuts longer text rather than hand Excel a cell it cannot hold. A recorded text stays
 * under it (`MAX_TEXT_LENGTH` in shared/model is 32,000, plus at most the one quote
 * `escapeCellText` adds); only text the workbook composes around one, a finding quoting a very
 * long name say, can reach it.
 */
export const CELL_TEXT_LIMIT = 32_767;

/** `text` cut to what one cell holds, never splitting a surrogate pair (which would leave half a character). */
export function cutToCellLimit(text: string): string {
  if (text.length <= CELL_TEXT_LIMIT) return text;
  const last = text.charCodeAt(CELL_TEXT_LIMIT - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? CELL_TEXT_LIMIT - 1 : CELL_TEXT_LIMIT);
}

/**
 * What needs more than copying: `&` and `<` (and `>`, for `]]>`); C0 controls other than tab, LF
 * and CR; lone surrogates (with the `u` flag a class of surrogates matches only unpaired ones);
 * U+FFFE and U+FFFF; and an underscore that starts `_xHHHH_`, which readers would otherwise decode.
 * A double quote needs escaping only inside an attribute; element text keeps it as it is, which
 * spares escaping every finding that quotes a flow's name.
 */
const SPECIAL = '&<>\\0-\\x08\\x0B\\x0C\\x0E-\\x1F\\uD800-\\uDFFF\\uFFFE\\uFFFF';
const UNDERSCORE_ESCAPE = '_(?=x[0-9A-Fa-f]{4}_)';
const TEXT_ESCAPES = new RegExp(`[${SPECIAL}]|${UNDERSCORE_ESCAPE}`, 'gu');
const ATTRIBUTE_ESCAPES = new RegExp(`[${SPECIAL}"\\t\\n\\r]|${UNDERSCORE_ESCAPE}`, 'gu');
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

/**
 * Escapes `text` for XML element content. A character XML forbids becomes `_xHHHH_`, Excel's own
 * notation (ECMA-376 Part 1, 22.9.2.19 ST_Xstring), and a literal `_xHHHH_` in the text gets its
 * underscore written as `_x005F_`, so a reader gives back exactly the text. Hex digits are upper
 * case: exceljs decodes only those. Line breaks and tabs stay as they are.
 */
export function escapeXml(text: string): string {
  return text.replace(TEXT_ESCAPES, escapeOne);
}

/** Escapes `text` for a double-quoted attribute: as `escapeXml`, and quotes, tabs and line breaks as character references (an attribute would turn them into spaces). */
export function escapeAttribute(text: string): string {
  return text.replace(ATTRIBUTE_ESCAPES, escapeOne);
}

function escapeOne(match: string): string {
  return ENTITIES[match] ?? `_x${match.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

/** Whether XML would drop or fold whitespace at the ends of this text unless told `xml:space="preserve"`. */
export function needsSpacePreserved(text: string): boolean {
  return /^\s|\s$|\n/.test(text);
}

const NEEDS_WORK = new RegExp(`[${SPECIAL}\\n]|${UNDERSCORE_ESCAPE}|^\\s|\\s$`, 'u');

/** Whether `text` can be written as it is, neither escaped nor space-preserved: most text, found with one scan. */
export function isPlainText(text: string): boolean {
  return !NEEDS_WORK.test(text);
}

/**
 * For each ASCII code, 1 when the character goes into element text as it is, anywhere in it:
 * printable, and none of `&`, `<`, `>` or `_` (which may start `_xHHHH_`).
 */
const COPIED_AS_IS = new Uint8Array(128).map((_, code) => (code >= 0x20 && code < 0x7f && !'&<>_'.includes(String.fromCharCode(code)) ? 1 : 0));
const SPACE = 0x20;

/**
 * Appends `text` to `chunk` as element text, and says whether it did, when it is ASCII plain
 * text (`isPlainText`) a cell can hold: most text is, and is found and copied in one pass, with
 * no pattern and no encoder. Otherwise appends nothing, for the caller to write it another way.
 */
export function copiedAsPlainText(chunk: ByteChunk, text: string): boolean {
  return text.length <= CELL_TEXT_LIMIT
    && text.charCodeAt(0) !== SPACE && text.charCodeAt(text.length - 1) !== SPACE
    && chunk.copyAscii(text, COPIED_AS_IS);
}
