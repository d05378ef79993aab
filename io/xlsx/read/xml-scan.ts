/**
 * The little XML a workbook's parts need, read straight from the text with `indexOf` and
 * `charCodeAt`: no DOM (Node has none), no general parser, nothing built per element but what the
 * reader keeps. Parts are machine-written SpreadsheetML, so tags are well formed; what varies
 * between writers is handled: a namespace prefix on every tag (`<x:row>`), either quote around
 * attributes, and whitespace inside tags.
 */

const GT = 62; // >
const SLASH = 47;
const AMP = '&';

/** The namespace prefix the part's root element uses, with its colon (`'x:'`), or `''`. */
export function rootPrefix(head: string, localName: string): string {
  const match = new RegExp(`<([A-Za-z_][\\w.-]*:)?${localName}[\\s>/]`).exec(head);
  return match?.[1] ?? '';
}

/** Whether the character at `at` ends a tag's name: whitespace, `>` or `/`. */
export function endsName(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 32 || code === GT || code === SLASH || code === 9 || code === 10 || code === 13;
}

/** The index of the next start tag `<name` (name whole, `name` with any prefix) from `from`, or -1. */
export function findTag(text: string, open: string, from: number): number {
  for (let at = text.indexOf(open, from); at >= 0; at = text.indexOf(open, at + 1)) {
    if (endsName(text, at + open.length)) return at;
  }
  return -1;
}

/** Whether the tag that closes at `gt` (the index of its `>`) closes itself: `<c r="A1"/>`. */
export function selfClosing(text: string, gt: number): boolean {
  return text.charCodeAt(gt - 1) === SLASH;
}

/**
 * Each attribute of the tag running from `from` to `to` (its `>`), as name and raw value. Values
 * are not unescaped: call `xmlText` on those that may hold entities.
 */
export function forEachAttribute(text: string, from: number, to: number, visit: (name: string, value: string) => void): void {
  let at = from;
  while (at < to) {
    const eq = text.indexOf('=', at);
    if (eq < 0 || eq >= to) return;
    const name = text.slice(at, eq).trim();
    let quote = eq + 1;
    while (quote < to && text.charCodeAt(quote) !== 34 && text.charCodeAt(quote) !== 39) quote++;
    if (quote >= to) return;
    const close = text.indexOf(text[quote]!, quote + 1);
    if (close < 0 || close > to) return;
    visit(name, text.slice(quote + 1, close));
    at = close + 1;
  }
}

/** A tag's attributes by name (prefixes kept: `r:id`), unescaped. A Map, so no name reaches an object's prototype. */
export function attributesOf(text: string, from: number, to: number): Map<string, string> {
  const attributes = new Map<string, string>();
  forEachAttribute(text, from, to, (name, value) => attributes.set(name, xmlText(value)));
  return attributes;
}

/** Every start tag `<name …>` in `text` with its attributes, in order. */
export function tagsNamed(text: string, prefix: string, name: string): Array<Map<string, string>> {
  const open = `<${prefix}${name}`;
  const tags: Array<Map<string, string>> = [];
  for (let at = findTag(text, open, 0); at >= 0; at = findTag(text, open, at + 1)) {
    const gt = text.indexOf('>', at);
    if (gt < 0) break;
    tags.push(attributesOf(text, at + open.length, selfClosing(text, gt) ? gt - 1 : gt));
  }
  return tags;
}

const ENTITY = /&(?:#x([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const EXCEL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Text as XML and then SpreadsheetML mean it: entities and character references replaced, then
 * Excel's `_xHHHH_` escapes (ECMA-376 Part 1, 22.9.2.19) for characters XML cannot carry, such as
 * `_x000D_` for a carriage return; `_x005F_` is an underscore, so `_x005F_x0041_` reads `_x0041_`.
 */
export function xmlText(raw: string): string {
  let text = raw;
  if (text.includes(AMP)) text = text.replace(ENTITY, unescapeEntity);
  if (text.includes('_x')) text = text.replace(EXCEL_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return text;
}

function unescapeEntity(match: string, hex: string | undefined, decimal: string | undefined, name: string | undefined): string {
  if (name) return NAMED[name]!;
  const code = hex ? parseInt(hex, 16) : Number(decimal);
  return code <= 0x10ffff ? String.fromCodePoint(code) : match;
}

/**
 * The text of a string item (`<si>`) or inline string (`<is>`), given what is inside it: its `<t>`,
 * or the `<t>` of each rich-text run (`<r>`) joined. Phonetic guides (`<rPh>`, the reading of
 * Japanese text) also hold a `<t>`, which is not part of the text and is skipped.
 */
export function richText(inner: string, prefix: string): string {
  const tOpen = `<${prefix}t`;
  const tClose = `</${prefix}t>`;
  const phoneticOpen = `<${prefix}rPh`;
  const phoneticClose = `</${prefix}rPh>`;
  const hasPhonetic = inner.includes(phoneticOpen);
  let result = '';
  let at = 0;
  for (;;) {
    const t = findTag(inner, tOpen, at);
    if (t < 0) break;
    const phonetic = hasPhonetic ? findTag(inner, phoneticOpen, at) : -1;
    if (phonetic >= 0 && phonetic < t) {
      const end = inner.indexOf(phoneticClose, phonetic);
      if (end < 0) break;
      at = end + phoneticClose.length;
      continue;
    }
    const gt = inner.indexOf('>', t);
    if (gt < 0) break;
    if (selfClosing(inner, gt)) {
      at = gt + 1;
      continue;
    }
    const close = inner.indexOf(tClose, gt);
    if (close < 0) break;
    result += xmlText(inner.slice(gt + 1, close));
    at = close + tClose.length;
  }
  return result;
}
