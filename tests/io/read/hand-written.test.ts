import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../io/spreadsheet/read-spreadsheet';
import { bookOf, serialToIso, sheetOf, valuesOf } from './helpers';
import { handXlsx, stylesXml, type HandWorkbook } from './package-builder';

// Parts written by hand, for what a workbook may hold that exceljs and our writer do not write:
// cells and rows without references, inline and phonetic text, namespace prefixes, single
// quotes, every cell type, the 1904 date system.

const read = (book: HandWorkbook) => readSpreadsheet(handXlsx(book), 'hand.xlsx');
const oneSheet = (rows: string, more: Omit<HandWorkbook, 'sheets'> = {}) => read({ sheets: [{ name: 'S', rows }], ...more });

describe('cells and rows', () => {
  it('places cells and rows without an `r` reference after the ones before them', async () => {
    const result = await oneSheet(
      '<row><c><v>1</v></c><c r="C1"><v>3</v></c><c><v>4</v></c></row>'
      + '<row r="4"><c><v>5</v></c></row>'
      + '<row><c/><c><v>7</v></c></row>'
      + '<row r="7" spans="1:2"/><row><c r="B8"><v>8</v></c></row>',
    );
    expect(valuesOf(sheetOf(result, 'S'))).toEqual([[1, null, 3, 4], [], [], [5], [null, 7], [], [], [null, 8]]);
  });

  it('leaves out empty cells and rows after the last value, and empty text', async () => {
    const result = await oneSheet('<row r="1"><c r="A1" t="str"><v></v></c><c r="B1"><v>2</v></c><c r="C1" s="0"/></row><row r="9"><c r="A9" t="s"><v>0</v></c></row>', { sharedStrings: [''] });
    expect(valuesOf(sheetOf(result, 'S'))).toEqual([[null, 2]]);
  });

  it('reads every cell type: number, shared and inline string, formula string, boolean, error, ISO date', async () => {
    const result = await oneSheet(
      '<row r="1">'
      + '<c r="A1" t="n"><v>-1.5E3</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>inline</t></is></c>'
      + '<c r="D1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="b"><v>0</v></c>'
      + '<c r="G1" t="e"><v>#DIV/0!</v></c><c r="H1" t="d"><v>2024-02-29T12:00:00Z</v></c><c r="I1" t="d"><v>1900-01-01</v></c>'
      + '<c r="J1"><v>0.1</v></c><c r="K1"><v>123456789012345678</v></c>'
      + '</row>',
      { sharedStrings: ['zero', 'one'] },
    );
    expect(sheetOf(result, 'S').rows[0]).toEqual([
      { value: -1500 }, { value: 'one' }, { value: 'inline' }, { value: 'ab', formula: '"a"&"b"' }, { value: true }, { value: false },
      { value: '#DIV/0!', error: true }, { value: 45_351.5, date: true }, { value: 1, date: true },
      { value: 0.1 }, { value: 123456789012345678 },
    ]);
  });

  it('reads rich text runs and leaves out phonetic guides (the reading of Japanese text)', async () => {
    const result = await oneSheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
      + '<c r="C1" t="inlineStr"><is><r><rPr><b/></rPr><t>in</t></r><r><t xml:space="preserve">line </t></r><r><t/></r></is></c></row>',
      {
        sharedStrings: [
          '<r><rPr><b/><sz val="11"/></rPr><t>Bold</t></r><r><t xml:space="preserve"> plain</t></r>',
          '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>',
        ],
      },
    );
    expect(valuesOf(sheetOf(result, 'S'))).toEqual([['Bold plain', '東京', 'inline ']]);
  });

  it('unescapes XML entities and character references, then Excel’s _xHHHH_ escapes', async () => {
    const result = await oneSheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>caf&#233; &#x1F600; &quot;q&quot; &apos;a&apos;</t></is></c>'
      + '<c r="C1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>',
      { sharedStrings: ['<t>R&amp;D &lt;team&gt;</t>', '<t>line_x000D_\nbreak and tab_x0009_</t>', '<t>typed _x005F_x0041_ stays</t>'] },
    );
    expect(valuesOf(sheetOf(result, 'S'))).toEqual([['R&D <team>', 'café 😀 "q" \'a\'', 'line\r\nbreak and tab\t', 'typed _x0041_ stays']]);
  });

  it('reads tags with a namespace prefix, single quotes and line breaks inside them', async () => {
    const result = await read({
      sheets: [{
        name: 'Prefixed', prefix: 'x:',
        rows: "<x:row r='2'>\n<x:c\n r='B2'\n t='inlineStr'><x:is><x:t>prefixed</x:t></x:is></x:c><x:c r='C2' s='0'><x:f>B2</x:f><x:v>7</x:v></x:c></x:row>",
      }],
    });
    expect(sheetOf(result, 'Prefixed').rows).toEqual([[], [null, { value: 'prefixed' }, { value: 7, formula: 'B2' }]]);
  });

  it('moves a shared formula’s relative references to each cell of its range, keeping absolute ones', async () => {
    const result = await oneSheet(
      '<row r="2"><c r="C2"><f t="shared" ref="C2:D3" si="0">A2*$B$1+Sheet2!B2+SUM(A2:B2)&amp;"A1"+LOG10(A2)</f><v>1</v></c>'
      + '<c r="D2"><f t="shared" si="0"/><v>2</v></c></row>'
      + '<row r="3"><c r="C3"><f t="shared" si="0"/><v>3</v></c><c r="D3"><f t="shared" si="0"/><v>4</v></c></row>',
    );
    const formulas = sheetOf(result, 'S').rows.slice(1).map((row) => row.slice(2).map((cell) => cell?.formula));
    expect(formulas).toEqual([
      ['A2*$B$1+Sheet2!B2+SUM(A2:B2)&"A1"+LOG10(A2)', 'B2*$B$1+Sheet2!C2+SUM(B2:C2)&"A1"+LOG10(B2)'],
      ['A3*$B$1+Sheet2!B3+SUM(A3:B3)&"A1"+LOG10(A3)', 'B3*$B$1+Sheet2!C3+SUM(B3:C3)&"A1"+LOG10(B3)'],
    ]);
  });
});

describe('dates', () => {
  it('marks numbers as dates by their style’s number format, built-in or custom, and not others', async () => {
    // Styles 0–7: General, 14 (m/d/yyyy), 22 (m/d/yyyy h:mm), 45 (mm:ss), custom date, custom elapsed time, percent, quoted text.
    const styles = stylesXml([0, 14, 22, 45, 164, 165, 10, 166], { 164: 'dd"."mm"."yyyy;@', 165: '[h]:mm', 166: '#,##0 "days";[Red]-0' });
    const cells = Array.from({ length: 8 }, (_, s) => `<c s="${s}"><v>45351</v></c>`).join('');
    const result = await oneSheet(`<row r="1">${cells}</row>`, { styles });
    expect(sheetOf(result, 'S').rows[0]!.map((cell) => cell?.date ?? false)).toEqual([false, true, true, true, true, true, false, false]);
  });

  it('moves dates of a workbook counting from 1904 to the usual date serials', async () => {
    const result = await oneSheet('<row r="1"><c s="1"><v>43889</v></c><c><v>43889</v></c></row>', { styles: stylesXml([0, 14]), date1904: true });
    const [date, number] = sheetOf(result, 'S').rows[0]!;
    expect(serialToIso(date!.value as number)).toBe('2024-02-29');
    expect(number).toEqual({ value: 43_889 }); // a plain number is not moved
  });
});

describe('the workbook', () => {
  it('keeps sheets in the workbook’s order with their names, leaving out a chart sheet with a notice', async () => {
    const result = await read({
      sheets: [
        { name: 'Zebra & Co', rows: '<row r="1"><c t="inlineStr"><is><t>z</t></is></c></row>' },
        { name: 'Chart', rows: '', kind: 'chartsheet' },
        { name: 'Alpha', rows: '<row r="1"><c><v>1</v></c></row>' },
      ],
    });
    expect(bookOf(result).sheets.map((sheet) => sheet.name)).toEqual(['Zebra & Co', 'Alpha']);
    expect(result.ok && result.notices).toEqual(['The sheet "Chart" is a chart, so it was left out.']);
  });

  it('reads a workbook with no string table and no styles', async () => {
    const result = await oneSheet('<row r="1"><c><v>1</v></c><c t="inlineStr"><is><t>x</t></is></c></row>');
    expect(valuesOf(sheetOf(result, 'S'))).toEqual([[1, 'x']]);
  });

  it('keeps one object per shared text, so repeated vocabulary costs no memory per cell', async () => {
    const result = await oneSheet('<row r="1"><c t="s"><v>0</v></c></row><row r="2"><c t="s"><v>0</v></c></row>', { sharedStrings: ['Open'] });
    const rows = sheetOf(result, 'S').rows;
    expect(rows[0]![0]).toBe(rows[1]![0]);
  });
});
