import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The spreadsheet reader runs in the app's renderer and in the command-line tool alike, on
 * web-standard APIs only: it may import its own files and shared/, no spreadsheet library, no
 * Node module, and no browser-only API (Node has no DOMParser, FileReader or Blob reading).
 */
const FOLDERS = ['../../../io/xlsx/read', '../../../io/spreadsheet'].map((folder) => fileURLToPath(new URL(folder, import.meta.url)));

function codeOf(file: string): string {
  return readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
}

const files = FOLDERS.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.ts')).map((name) => join(folder, name)));

describe('the spreadsheet reader', () => {
  it('imports only its own files, the .xlsx reader and shared/', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      for (const [, specifier] of codeOf(file).matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)['"]([^'"]+)['"]/g)) {
        expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\/[\w-]+$|^\.\.\/xlsx\/read\/[\w-]+$|^(\.\.\/)+shared\/[\w/-]+$/);
      }
    }
  });

  it('uses no Node global and no browser-only API', () => {
    for (const file of files) {
      // Strings are left out: messages say "Word document".
      const code = codeOf(file).replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`[^`]*`/g, "''");
      expect(code, file).not.toMatch(/(?<![\w$.])(Buffer|process|require|__dirname|DOMParser|FileReader|window|document|Blob)(?![\w$])/);
    }
  });
});
