import { describe, expect, it } from 'vitest';
import { fileNamePart, safeFileName } from '../../shared/file-name';

describe('suggested file names', () => {
  it('keeps an ordinary assessment name as it is', () => {
    expect(safeFileName('Harbour Trust review 2026', 'json')).toBe('Harbour Trust review 2026.json');
  });

  it('replaces characters Windows refuses, so the save dialog accepts the name', () => {
    expect(safeFileName('Review: 2026/27 <draft> "final"?', 'json')).toBe('Review 2026 27 draft final.json');
    expect(safeFileName('a\\b|c*d', 'xlsx')).toBe('a b c d.xlsx');
  });

  it('drops control characters and collapses the spaces they leave', () => {
    expect(safeFileName('Line one\nline\ttwo\u0000', 'json')).toBe('Line one line two.json');
  });

  it('keeps accented and non-Latin letters', () => {
    expect(safeFileName('Café Société – Überprüfung 評価', 'json')).toBe('Café Société – Überprüfung 評価.json');
  });

  it('drops dots and spaces at the ends, which Windows would strip or hide the file for', () => {
    expect(safeFileName('  ..Review..  ', 'json')).toBe('Review.json');
  });

  it('falls back to a plain name when nothing usable is left, or the name is a Windows device', () => {
    expect(safeFileName('', 'json')).toBe('Integration map.json');
    expect(safeFileName(' ??? ', 'json')).toBe('Integration map.json');
    expect(safeFileName('CON', 'json')).toBe('Integration map.json');
    expect(safeFileName('lpt1', 'json', 'Map')).toBe('Map.json');
  });

  it('shortens a very long name so the whole file name fits every file system', () => {
    const name = safeFileName('x'.repeat(500), 'json');
    expect(name).toBe(`${'x'.repeat(120)}.json`);
  });
});

describe('a part of a file name', () => {
  it('is cleaned the same way, with no extension and no fallback', () => {
    expect(fileNamePart(' Review: 2026/27.. ')).toBe('Review 2026 27');
    expect(fileNamePart(' ??? ')).toBe('');
  });

  it('leaves room for the rest of the name', () => {
    expect(fileNamePart('é'.repeat(500))).toBe('é'.repeat(120));
  });
});
