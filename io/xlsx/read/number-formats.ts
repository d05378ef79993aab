import { findTag, rootPrefix, tagsNamed } from './xml-scan';

/**
 * Which cells hold dates. An .xlsx stores a date as a plain number (days since 1900) and says it
 * is a date only through the cell's style: its number format is a date format. The style sheet
 * (xl/styles.xml) lists each style (`<xf>` in `<cellXfs>`) with its format's id; ids from 164 are
 * the workbook's own formats, listed there too, and lower ones are built in.
 */

/**
 * The built-in formats that show dates or times (ECMA-376 Part 1, 18.8.30): 14–22 and 45–47
 * everywhere, and 27–36 and 50–58, which are date formats in the Chinese, Japanese and Korean
 * versions of Excel.
 */
function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/**
 * Whether a format code shows a date or time: it has a day, month, year, hour or second code (d,
 * m, y, h, s; also e and g, the era year and era of East Asian calendars) outside quoted text,
 * `[…]` sections (colours, conditions, locales; elapsed time `[h]` comes with m or s as well),
 * and characters escaped with `\` or spaced with `_` or `*`. `General` is no date.
 */
export function isDateFormatCode(code: string): boolean {
  const plain = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[\\_*]./g, '')
    .replace(/general/gi, '');
  return /[dmyhsge]/i.test(plain.replace(/[0#?.,%]+E[+-]?[0#?]*/gi, ''));
}

/**
 * Per style index (a cell's `s`), whether its number format is a date format. A style past the
 * end, or a workbook without a style sheet, is not a date.
 */
export function dateStyles(stylesXml: string | null): readonly boolean[] {
  if (stylesXml === null) return [];
  const prefix = rootPrefix(stylesXml, 'styleSheet');
  const custom = new Map<number, boolean>();
  for (const format of tagsNamed(section(stylesXml, prefix, 'numFmts'), prefix, 'numFmt')) {
    custom.set(Number(format.get('numFmtId')), isDateFormatCode(format.get('formatCode') ?? ''));
  }
  return tagsNamed(section(stylesXml, prefix, 'cellXfs'), prefix, 'xf').map((xf) => {
    const id = Number(xf.get('numFmtId') ?? 0);
    return custom.get(id) ?? isBuiltInDateFormat(id);
  });
}

/** The text of the element `<name>…</name>` (the first one), or `''`. */
function section(xml: string, prefix: string, name: string): string {
  const start = findTag(xml, `<${prefix}${name}`, 0);
  if (start < 0) return '';
  const end = xml.indexOf(`</${prefix}${name}>`, start);
  return xml.slice(start, end < 0 ? xml.length : end);
}
