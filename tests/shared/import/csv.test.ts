import { describe, expect, it } from 'vitest';
import { CsvReader, decodeText, detectDelimiter, EMPTY_FILE_MESSAGE, NOT_TEXT_MESSAGE, parseCsv, WINDOWS_1252_NOTICE } from '../../../shared/import/csv';
import type { SheetBookRead } from '../../../shared/import/sheet-table';
import type { SheetCell } from '../../../shared/import/sheet-table';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The rows of a CSV that must parse, as plain texts (`null` for an empty cell). */
function rowsOf(result: SheetBookRead): Array<Array<string | null>> {
  if (!result.ok) throw new Error(`Expected rows, got: ${result.message}`);
  expect(result.book.sheets).toHaveLength(1);
  return result.book.sheets[0]!.rows.map((row) => row.map((cell: SheetCell | null) => (cell === null ? null : String(cell.value))));
}

const parse = (text: string) => rowsOf(parseCsv(utf8(text), 'Systems'));

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16((i + (bom ? 1 : 0)) * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('reading CSV', () => {
  it('names its one sheet as asked and gives text cells, never numbers or dates', () => {
    const result = parseCsv(utf8('Name,Users,Since\nPayroll,42,2024-01-31\n'), 'Systems');
    expect(result).toEqual({
      ok: true,
      book: { sheets: [{ name: 'Systems', rows: [[{ value: 'Name' }, { value: 'Users' }, { value: 'Since' }], [{ value: 'Payroll' }, { value: '42' }, { value: '2024-01-31' }]] }] },
    });
  });

  it('reads quoted values holding commas, doubled quotes and line breaks', () => {
    expect(parse('Name,Notes\n"Smith, Jones","She said ""yes""\nthen left"\nlast,"a\r\nb"')).toEqual([
      ['Name', 'Notes'], ['Smith, Jones', 'She said "yes"\nthen left'], ['last', 'a\r\nb'],
    ]);
  });

  it('reads CRLF, LF and old-Mac CR line endings alike', () => {
    const expected = [['a', 'b'], ['c', 'd'], ['e', 'f']];
    expect(parse('a,b\r\nc,d\r\ne,f\r\n')).toEqual(expected);
    expect(parse('a,b\nc,d\ne,f')).toEqual(expected);
    expect(parse('a,b\rc,d\re,f\r')).toEqual(expected);
  });

  it('keeps values as written, spaces included, and makes empty values empty cells', () => {
    expect(parse(' padded ,,x\n,"",\nnext')).toEqual([[' padded ', null, 'x'], [], ['next']]);
  });

  it('keeps a blank line between rows as an empty row, and drops blank lines at the end', () => {
    expect(parse('a\n\nb\n\n\n')).toEqual([['a'], [], ['b']]);
  });

  it('keeps text around a quoted part as spreadsheets do, and a quote inside an unquoted value as written', () => {
    expect(parse('"quoted" tail,5" screen\n')).toEqual([['quoted tail', '5" screen']]);
  });

  it('drops a UTF-8 byte-order mark, so the first header is not garbled', () => {
    expect(parse('\uFEFFName,Owner\nHR,Sam')).toEqual([['Name', 'Owner'], ['HR', 'Sam']]);
  });

  it('reads UTF-8 text in any script', () => {
    expect(parse('Système,Propriétaire\n給与,Zoë 😀')).toEqual([['Système', 'Propriétaire'], ['給与', 'Zoë 😀']]);
  });

  it('reads a batch of rows at a time, to the same result as all at once', () => {
    const text = 'a,b\n"multi\nline",c\nd,e\nf,g\n';
    const reader = new CsvReader({ text }, 'S');
    expect(reader.read(2)).toBe(true);
    expect(reader.read(1)).toBe(true);
    expect(reader.read(5)).toBe(false);
    expect(reader.result()).toEqual(parseCsv(utf8(text), 'S'));
    expect(rowsOf(reader.result())).toEqual([['a', 'b'], ['multi\nline', 'c'], ['d', 'e'], ['f', 'g']]);
  });

  describe('delimiters', () => {
    it('finds semicolons, as European Excel writes, with commas kept inside values', () => {
      expect(parse('Name;Cost\nPayroll;1,5\n')).toEqual([['Name', 'Cost'], ['Payroll', '1,5']]);
    });

    it('finds tabs', () => {
      expect(parse('Name\tNotes\nPayroll\tone, two; three\n')).toEqual([['Name', 'Notes'], ['Payroll', 'one, two; three']]);
    });

    it('decides by the header line, not by delimiters inside quoted headers', () => {
      expect(detectDelimiter('"a,b,c";"d";"e"\n1,2,3,4,5,6')).toBe(';');
    });

    it('reads a file with one column', () => {
      expect(parse('Name\nPayroll\nCRM')).toEqual([['Name'], ['Payroll'], ['CRM']]);
    });

    it('follows a first line "sep=;" as Excel does, and leaves it out', () => {
      expect(parse('sep=;\nName;Notes,more\nHR;x')).toEqual([['Name', 'Notes,more'], ['HR', 'x']]);
    });
  });

  describe('encodings', () => {
    it('decodes UTF-16 little-endian with a BOM, as Excel saves "Unicode text"', () => {
      expect(rowsOf(parseCsv(utf16('Name\tOwner\r\nCafé\tZoë 😀\r\n', true), 'S'))).toEqual([['Name', 'Owner'], ['Café', 'Zoë 😀']]);
    });

    it('decodes UTF-16 big-endian with a BOM', () => {
      expect(rowsOf(parseCsv(utf16('Name,Owner\nCafé,Zoë', false), 'S'))).toEqual([['Name', 'Owner'], ['Café', 'Zoë']]);
    });

    it('decodes UTF-16 without a BOM when every other byte is zero', () => {
      expect(rowsOf(parseCsv(utf16('Name,Owner\nHR,Sam', true, false), 'S'))).toEqual([['Name', 'Owner'], ['HR', 'Sam']]);
    });

    it('reads text that is not UTF-8 as Windows-1252, and says so', () => {
      // "Café – €5" in Windows-1252: é is E9, the en dash 96, the euro sign 80.
      const bytes = Uint8Array.from([...utf8('Name,Price\nCaf'), 0xe9, 0x20, 0x96, 0x20, 0x80, ...utf8('5,x')]);
      const result = parseCsv(bytes, 'S');
      expect(rowsOf(result)).toEqual([['Name', 'Price'], ['Café – €5', 'x']]);
      expect(result.ok && result.notices).toEqual([WINDOWS_1252_NOTICE]);
    });

    it('gives no notice for valid UTF-8', () => {
      const result = parseCsv(utf8('Name\nCafé'), 'S');
      expect(result.ok && result.notices).toBeUndefined();
    });

    it('refuses overlong and surrogate UTF-8 sequences as UTF-8 (falling back to Windows-1252)', () => {
      expect(decodeText(Uint8Array.of(0xc0, 0xaf))?.notice).toBe(WINDOWS_1252_NOTICE); // overlong "/"
      expect(decodeText(Uint8Array.of(0xed, 0xa0, 0x80))?.notice).toBe(WINDOWS_1252_NOTICE); // a UTF-16 surrogate
      expect(decodeText(Uint8Array.of(0xe2, 0x82))?.notice).toBe(WINDOWS_1252_NOTICE); // cut short
      expect(decodeText(Uint8Array.of(0xf0, 0x9f, 0x98, 0x80))).toEqual({ text: '😀' });
    });

    it('reads a long ASCII file with one accented letter at the end exactly', () => {
      const text = `${'abcdefghij,'.repeat(5_000)}\nend,é`;
      expect(decodeText(utf8(text))).toEqual({ text });
    });
  });

  describe('bad input', () => {
    it('says an empty file, or one of only spaces and line breaks, is empty', () => {
      for (const text of ['', '   \r\n\t\n', ',,,\n,,']) expect(parseCsv(utf8(text), 'S')).toEqual({ ok: false, message: EMPTY_FILE_MESSAGE });
      expect(EMPTY_FILE_MESSAGE).toMatch(/^The file is empty/);
    });

    it('names the line where a quoted value is opened and never closed', () => {
      const result = parseCsv(utf8('Name,Notes\r\nHR,fine\r\n"multi\nline",ok\nCRM,"never closed\nmore\nrows'), 'S');
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toMatch(/^Line 5 opens a quoted value/);
      expect(!result.ok && result.message).toContain('""');
    });

    it('says binary data is not text', () => {
      expect(parseCsv(Uint8Array.of(0x00, 0x13, 0x00, 0x00, 0x42, 0x00, 0x07, 0xff, 0x00), 'S')).toEqual({ ok: false, message: NOT_TEXT_MESSAGE });
    });
  });
});
