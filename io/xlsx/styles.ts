import type { CellLook, ColumnModel, RowStyle } from '../../shared/workbook';
import { SPREADSHEET_NS, XML_DECLARATION } from './xml';

/** The one number format the workbook adds; 164 is the first id free for custom formats. */
const DATE_FORMAT_ID = 164;
const DATE_FORMAT = 'yyyy-mm-dd';
const DEFAULT_FONT_SIZE = 11;

interface Font {
  readonly bold: boolean;
  readonly size: number;
  /** `RRGGBB`; none is the automatic colour. */
  readonly color: string | null;
}

/** Everything that sets how one cell looks. */
interface CellStyle {
  readonly font: Font;
  /** Solid fill colour `RRGGBB`, or none. */
  readonly fill: string | null;
  readonly vertical: 'top' | 'center' | null;
  readonly wrap: boolean;
  readonly date: boolean;
}

const PLAIN_FONT: Font = { bold: false, size: DEFAULT_FONT_SIZE, color: null };
const DEFAULT_STYLE: CellStyle = { font: PLAIN_FONT, fill: null, vertical: null, wrap: false, date: false };
const HEADER_STYLE: CellStyle = { font: { bold: true, size: DEFAULT_FONT_SIZE, color: 'FFFFFF' }, fill: '1F4E78', vertical: 'center', wrap: true, date: false };
const ROW_STYLES: Readonly<Record<RowStyle['style'], Omit<CellStyle, 'date'>>> = {
  title: { font: { bold: true, size: 14, color: null }, fill: null, vertical: null, wrap: false },
  heading: { font: { bold: true, size: DEFAULT_FONT_SIZE, color: null }, fill: 'D9E1F2', vertical: 'top', wrap: false },
};

const fontKey = (font: Font) => `${font.bold}|${font.size}|${font.color}`;
const styleKey = (style: CellStyle) => `${fontKey(style.font)}|${style.fill}|${style.vertical}|${style.wrap}|${style.date}`;

/**
 * The workbook's styles (xl/styles.xml), made from the looks the sheets actually use. A cell
 * refers to its style by index; each distinct look gets one, in the order it is first used, so the
 * same model always numbers them alike. Asking again for a look returns the index it already has.
 */
export class StyleSheet {
  private readonly styles: CellStyle[] = [DEFAULT_STYLE];
  private readonly indexes = new Map<string, number>([[styleKey(DEFAULT_STYLE), 0]]);
  /** Styles made from another (by its index) and what is laid on top, each made once. */
  private readonly derived = new Map<string, number>();
  /** The same for highlights by look object, so the register's 140,000 highlights cost a lookup each. */
  private readonly highlights = new Map<CellLook, number[]>();
  // Excel requires the first two fills to be these, whatever the cells use.
  private readonly fills: Array<string | null> = [null, 'gray125'];
  private readonly fonts: Font[] = [PLAIN_FONT];

  /** A header cell: bold white on dark blue, wrapped, centred vertically. */
  header(): number {
    return this.indexOf(HEADER_STYLE);
  }

  /** An ordinary cell of `column`, or a date cell there (a date shows as one in any column). */
  column(column: ColumnModel, date: boolean): number {
    return this.indexOf({ ...DEFAULT_STYLE, vertical: 'top', wrap: column.wrap, date: date || column.kind === 'date' });
  }

  /** The cell styled `base` on a title or heading row: the row's font, fill and alignment; a date keeps its format. */
  rowStyled(base: number, style: RowStyle['style']): number {
    return this.derive(`${base}|${style}`, () => ({ ...ROW_STYLES[style], date: this.styles[base]!.date }));
  }

  /** The cell styled `base` with a highlight's fill and font on top. */
  highlighted(base: number, look: CellLook): number {
    let byBase = this.highlights.get(look);
    if (!byBase) this.highlights.set(look, (byBase = []));
    return byBase[base] ??= this.derive(`${base}|${look.fill}|${look.font}|${look.bold}`, () => ({
      ...this.styles[base]!, fill: look.fill, font: { bold: look.bold, size: DEFAULT_FONT_SIZE, color: look.font },
    }));
  }

  /** xl/styles.xml: the number format, then fonts, fills, one empty border, and the cell formats using them. */
  xml(): string {
    const fonts = this.fonts.map(fontXml).join('');
    const fills = this.fills.map(fillXml).join('');
    const formats = this.styles.map((style) => this.formatXml(style)).join('');
    return `${XML_DECLARATION}<styleSheet xmlns="${SPREADSHEET_NS}">`
      + `<numFmts count="1"><numFmt numFmtId="${DATE_FORMAT_ID}" formatCode="${DATE_FORMAT}"/></numFmts>`
      + `<fonts count="${this.fonts.length}">${fonts}</fonts>`
      + `<fills count="${this.fills.length}">${fills}</fills>`
      + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
      + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
      + `<cellXfs count="${this.styles.length}">${formats}</cellXfs>`
      + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
      + '<dxfs count="0"/><tableStyles count="0"/></styleSheet>';
  }

  private derive(key: string, make: () => CellStyle): number {
    let index = this.derived.get(key);
    if (index === undefined) {
      index = this.indexOf(make());
      this.derived.set(key, index);
    }
    return index;
  }

  private indexOf(style: CellStyle): number {
    const key = styleKey(style);
    let index = this.indexes.get(key);
    if (index === undefined) {
      index = this.styles.length;
      this.styles.push(style);
      this.indexes.set(key, index);
      if (!this.fonts.some((font) => fontKey(font) === fontKey(style.font))) this.fonts.push(style.font);
      if (!this.fills.includes(style.fill)) this.fills.push(style.fill);
    }
    return index;
  }

  private formatXml(style: CellStyle): string {
    const fontId = this.fonts.findIndex((font) => fontKey(font) === fontKey(style.font));
    const fillId = this.fills.indexOf(style.fill);
    let xml = `<xf numFmtId="${style.date ? DATE_FORMAT_ID : 0}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"`;
    if (style.date) xml += ' applyNumberFormat="1"';
    if (fontId > 0) xml += ' applyFont="1"';
    if (fillId > 0) xml += ' applyFill="1"';
    if (style.vertical === null && !style.wrap) return `${xml}/>`;
    const vertical = style.vertical ? ` vertical="${style.vertical}"` : '';
    return `${xml} applyAlignment="1"><alignment${vertical}${style.wrap ? ' wrapText="1"' : ''}/></xf>`;
  }
}

/** A model colour (`RRGGBB`) as the opaque ARGB SpreadsheetML writes; anything else is a bug in the model, said as such. */
function argb(rgb: string): string {
  if (!/^[0-9A-Fa-f]{6}$/.test(rgb)) throw new Error(`Not a colour as RRGGBB: ${JSON.stringify(rgb)}`);
  return `FF${rgb.toUpperCase()}`;
}

function fontXml(font: Font): string {
  const color = font.color ? `<color rgb="${argb(font.color)}"/>` : '';
  return `<font>${font.bold ? '<b/>' : ''}<sz val="${font.size}"/>${color}<name val="Calibri"/><family val="2"/></font>`;
}

function fillXml(fill: string | null): string {
  if (fill === null) return '<fill><patternFill patternType="none"/></fill>';
  if (fill === 'gray125') return '<fill><patternFill patternType="gray125"/></fill>';
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(fill)}"/><bgColor indexed="64"/></patternFill></fill>`;
}
