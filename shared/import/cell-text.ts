import { unescapeCellText } from '../workbook/escape';
import { isoDateFromSerial } from './import-dates';
import type { SheetCell } from './sheet-table';

/**
 * The text a cell shows, as a person reading the spreadsheet would type it back: text as it
 * is, a yes/no cell as TRUE or FALSE (as Excel shows it), a date cell as `YYYY-MM-DD`, any other
 * number in plain digits. Our own workbook's formula guard (a `'` before `=`, `+`, `-`, `@`, tab,
 * CR or LF, see `escapeCellText`) is taken off again, so exported text reads back unchanged.
 * Not trimmed: callers decide what surrounding space means.
 */
export function cellText(cell: SheetCell): string {
  const { value } = cell;
  if (typeof value === 'string') return unescapeCellText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (cell.date) return isoDateFromSerial(value) ?? String(value);
  return String(value);
}

const APOSTROPHE = 0x27;

/** Line breaks as LF and no space at either end: how a multi-line cell is stored. */
export function tidyText(text: string): string {
  const trimmed = text.trim();
  return trimmed.includes('\r') ? trimmed.replace(/\r\n?/g, '\n') : trimmed;
}

/**
 * Text reduced to what matters for matching words: lower case, letters and digits only,
 * every run of anything else one space, apostrophes dropped ("Don't know" → "dont know",
 * "Read-only" → "read only", "OAuth 2.0" → "oauth 2 0"). Letters beyond ASCII are kept.
 * A loop over character codes, not regular expressions: it runs for every distinct cell value.
 */
export function normaliseWords(text: string): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      out += gap && out !== '' ? ` ${text[i]}` : text[i];
      gap = false;
    } else if (code >= 65 && code <= 90) {
      out += gap && out !== '' ? ` ${String.fromCharCode(code + 32)}` : String.fromCharCode(code + 32);
      gap = false;
    } else if (code === APOSTROPHE || code === 0x2019 || code === 0x2018 || code === 0x60) {
      // An apostrophe joins: "person's" is one word, "persons", not "person s".
    } else if (code > 127 && !isPunctuationOrSpace(code)) {
      out += gap && out !== '' ? ` ${text[i]!.toLowerCase()}` : text[i]!.toLowerCase();
      gap = false;
    } else {
      gap = true;
    }
  }
  return out;
}

/** Non-ASCII spaces, dashes, quotes and bullets: Latin-1 punctuation, General Punctuation, ideographic space, BOM. */
function isPunctuationOrSpace(code: number): boolean {
  return (code >= 0xa0 && code <= 0xbf) || code === 0xd7 || code === 0xf7
    || (code >= 0x2000 && code <= 0x206f) || code === 0x3000 || code === 0xfeff;
}

/** Header wording split at camelCase joins too, so a column called "credentialLastRotated" reads as its words. */
export function normaliseHeader(text: string): string {
  let spaced = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const previous = text.charCodeAt(i - 1);
    if (code >= 65 && code <= 90 && previous >= 97 && previous <= 122) spaced += ' ';
    spaced += text[i];
  }
  return normaliseWords(spaced);
}
