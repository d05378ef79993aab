import { describe, expect, it } from 'vitest';
import { CELL_TEXT_LIMIT, cutToCellLimit, escapeAttribute, escapeXml, isPlainText, needsSpacePreserved } from '../../io/xlsx/xml-text';

describe('text as SpreadsheetML holds it', () => {
  it('escapes markup in element text, and leaves quotes, tabs and line breaks alone', () => {
    expect(escapeXml('R&D <team> "owner"\tline\nnext')).toBe('R&amp;D &lt;team&gt; "owner"\tline\nnext');
  });

  it('escapes quotes, tabs and line breaks too inside an attribute, where they would otherwise be lost', () => {
    expect(escapeAttribute('Bob\'s "R&D"\tsheet\n')).toBe('Bob\'s &quot;R&amp;D&quot;&#9;sheet&#10;');
  });

  it('writes characters XML cannot carry as Excel does, _xHHHH_ in upper case', () => {
    expect(escapeXml('bell\u0007 nul\u0000 esc\u001b')).toBe('bell_x0007_ nul_x0000_ esc_x001B_');
    expect(escapeXml('\uFFFE\uFFFF')).toBe('_xFFFE__xFFFF_');
  });

  it('writes a lone surrogate as _xHHHH_ and keeps a pair (an emoji) as it is', () => {
    expect(escapeXml('half \uD83D and whole \uD83D\uDE00')).toBe('half _xD83D_ and whole \uD83D\uDE00');
    expect(escapeXml('\uDC00 first')).toBe('_xDC00_ first');
  });

  it('escapes the underscore of a literal _xHHHH_, so no reader decodes what the user typed', () => {
    expect(escapeXml('see _x0041_ and _x00e9_')).toBe('see _x005F_x0041_ and _x005F_x00e9_');
    expect(escapeXml('_x0041_x0042_')).toBe('_x005F_x0041_x005F_x0042_');
    expect(escapeXml('snake_case and _x12_ and _xZZZZ_')).toBe('snake_case and _x12_ and _xZZZZ_');
  });

  it('asks for xml:space="preserve" for text with line breaks or spaces at either end', () => {
    expect([' lead', 'trail ', 'two\nlines', '\tstart'].map(needsSpacePreserved)).toEqual([true, true, true, true]);
    expect(needsSpacePreserved('inner space')).toBe(false);
  });

  it('tells plain text, written as it is, from text needing any of that', () => {
    expect(isPlainText('The flow "Gift Aid to finance" keeps its key in a spreadsheet.')).toBe(true);
    for (const text of ['R&D', 'a<b', 'x\u0001', ' lead', 'two\nlines', '_x0041_', '\uD800']) expect(isPlainText(text), JSON.stringify(text)).toBe(false);
  });

  it('cuts text to the 32,767 characters a cell holds, never halving a character', () => {
    expect(CELL_TEXT_LIMIT).toBe(32_767);
    expect(cutToCellLimit('a'.repeat(40_000))).toBe('a'.repeat(32_767));
    expect(cutToCellLimit('a'.repeat(32_767))).toBe('a'.repeat(32_767));
    // An emoji is two UTF-16 units; one straddling the limit goes whole rather than in half.
    expect(cutToCellLimit(`${'a'.repeat(32_766)}😀b`)).toBe('a'.repeat(32_766));
    expect(cutToCellLimit(`${'a'.repeat(32_765)}😀b`)).toBe(`${'a'.repeat(32_765)}😀`);
  });
});
