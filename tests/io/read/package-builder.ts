import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../unzip';

/**
 * Builds .xlsx files by hand for the reader's tests: any parts, written as given, in a zip made
 * here (not by the writer under test elsewhere), with the zip variants other tools produce.
 */

export interface ZipOptions {
  /** Store entries as they are instead of compressing them. */
  readonly stored?: boolean;
  /** Sizes and CRC after the data, and zero in the local header, as streaming writers do. */
  readonly dataDescriptor?: boolean;
  /** Zip64 sizes and end records, as some tools write even for small files. */
  readonly zip64?: boolean;
  readonly comment?: string;
}

const encoder = new TextEncoder();

export function buildZip(files: Readonly<Record<string, string | Uint8Array>>, options: ZipOptions = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const push = (bytes: Uint8Array) => {
    parts.push(bytes);
    offset += bytes.length;
  };
  for (const [name, content] of Object.entries(files)) {
    const raw = typeof content === 'string' ? encoder.encode(content) : content;
    const data = options.stored ? raw : new Uint8Array(deflateRawSync(raw));
    const nameBytes = encoder.encode(name);
    const crc = crc32(raw);
    const method = options.stored ? 0 : 8;
    const flags = options.dataDescriptor ? 8 : 0;
    const zip64Extra = options.zip64 ? fields([[2, 1], [2, 24], [8, raw.length], [8, data.length], [8, offset]]) : new Uint8Array(0);
    const localOffset = offset;
    push(fields([
      [4, 0x04034b50], [2, 45], [2, flags], [2, method], [2, 0], [2, 0x5821],
      [4, options.dataDescriptor ? 0 : crc], [4, options.dataDescriptor ? 0 : data.length], [4, options.dataDescriptor ? 0 : raw.length],
      [2, nameBytes.length], [2, 0],
    ]));
    push(nameBytes);
    push(data);
    if (options.dataDescriptor) push(fields([[4, 0x08074b50], [4, crc], [4, data.length], [4, raw.length]]));
    const full = 0xffffffff;
    central.push(fields([
      [4, 0x02014b50], [2, 45], [2, 45], [2, flags], [2, method], [2, 0], [2, 0x5821], [4, crc],
      [4, options.zip64 ? full : data.length], [4, options.zip64 ? full : raw.length],
      [2, nameBytes.length], [2, zip64Extra.length], [2, 0], [2, 0], [2, 0], [4, 0], [4, options.zip64 ? full : localOffset],
    ]), nameBytes, zip64Extra);
  }
  const directoryStart = offset;
  for (const piece of central) push(piece);
  const directorySize = offset - directoryStart;
  const count = Object.keys(files).length;
  if (options.zip64) {
    const recordAt = offset;
    push(fields([[4, 0x06064b50], [8, 44], [2, 45], [2, 45], [4, 0], [4, 0], [8, count], [8, count], [8, directorySize], [8, directoryStart]]));
    push(fields([[4, 0x07064b50], [4, 0], [8, recordAt], [4, 1]]));
  }
  const comment = encoder.encode(options.comment ?? '');
  push(fields([
    [4, 0x06054b50], [2, 0], [2, 0], [2, options.zip64 ? 0xffff : count], [2, options.zip64 ? 0xffff : count],
    [4, options.zip64 ? 0xffffffff : directorySize], [4, options.zip64 ? 0xffffffff : directoryStart], [2, comment.length],
  ]));
  push(comment);
  const zip = new Uint8Array(offset);
  let at = 0;
  for (const part of parts) {
    zip.set(part, at);
    at += part.length;
  }
  return zip;
}

/** Little-endian fields of 2, 4 or 8 bytes. */
function fields(values: ReadonlyArray<readonly [2 | 4 | 8, number]>): Uint8Array {
  const bytes = new Uint8Array(values.reduce((sum, [width]) => sum + width, 0));
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (const [width, value] of values) {
    if (width === 2) view.setUint16(at, value, true);
    else if (width === 4) view.setUint32(at, value >>> 0, true);
    else view.setBigUint64(at, BigInt(value), true);
    at += width;
  }
  return bytes;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface HandSheet {
  readonly name: string;
  /** What goes inside `<sheetData>`. */
  readonly rows: string;
  /** A namespace prefix for every tag, e.g. `x:`. */
  readonly prefix?: string;
  /** The relationship type's last segment; `worksheet` unless said. */
  readonly kind?: string;
}

export interface HandWorkbook {
  readonly sheets: readonly HandSheet[];
  /** Each item's XML inside `<si>`; plain strings become `<t>` items. */
  readonly sharedStrings?: readonly string[];
  /** Whole xl/styles.xml. */
  readonly styles?: string;
  readonly date1904?: boolean;
}

export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Styles whose cellXfs are, in order, the given number format ids, with the given custom formats. */
export function stylesXml(formatIds: readonly number[], customFormats: Readonly<Record<number, string>> = {}): string {
  const custom = Object.entries(customFormats).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXmlText(code)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN_NS}">`
    + (custom.length > 0 ? `<numFmts count="${custom.length}">${custom.join('')}</numFmts>` : '')
    + '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    + '<borders count="1"><border/></borders>'
    + '<cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    + `<cellXfs count="${formatIds.length}">${formatIds.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"><alignment wrapText="1"/></xf>`).join('')}</cellXfs>`
    + '</styleSheet>';
}

/** The parts of a workbook written by hand, for `buildZip`. */
export function workbookParts(book: HandWorkbook): Record<string, string> {
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
      + `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`
      + (book.date1904 ? '<workbookPr date1904="1"/>' : '')
      + `<sheets>${book.sheets.map((sheet, i) => `<sheet name="${escapeXmlText(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
  };
  const relationships = book.sheets.map((sheet, i) => {
    const folder = sheet.kind === 'chartsheet' ? 'chartsheets' : 'worksheets';
    return `<Relationship Id="rId${i + 1}" Type="${REL_TYPE}/${sheet.kind ?? 'worksheet'}" Target="${folder}/sheet${i + 1}.xml"/>`;
  });
  book.sheets.forEach((sheet, i) => {
    const p = sheet.prefix ?? '';
    const xmlns = p ? `xmlns:${p.slice(0, -1)}="${MAIN_NS}"` : `xmlns="${MAIN_NS}"`;
    const folder = sheet.kind === 'chartsheet' ? 'chartsheets' : 'worksheets';
    parts[`xl/${folder}/sheet${i + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${xmlns}>`
      + `<${p}dimension ref="A1"/><${p}sheetData>${sheet.rows}</${p}sheetData></${p}worksheet>`;
  });
  if (book.sharedStrings) {
    const items = book.sharedStrings.map((item) => (item.startsWith('<') ? `<si>${item}</si>` : `<si><t>${escapeXmlText(item)}</t></si>`));
    parts['xl/sharedStrings.xml'] = `<?xml version="1.0"?><sst xmlns="${MAIN_NS}" count="${items.length}">${items.join('')}</sst>`;
    relationships.push(`<Relationship Id="rIdS" Type="${REL_TYPE}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (book.styles) {
    parts['xl/styles.xml'] = book.styles;
    relationships.push(`<Relationship Id="rIdT" Type="${REL_TYPE}/styles" Target="/xl/styles.xml"/>`);
  }
  parts['xl/_rels/workbook.xml.rels'] = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join('')}</Relationships>`;
  return parts;
}

/** A hand-written workbook as .xlsx bytes. */
export function handXlsx(book: HandWorkbook, options?: ZipOptions): Uint8Array {
  return buildZip(workbookParts(book), options);
}
