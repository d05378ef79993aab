import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The writer runs in the app's renderer and in the command-line tool alike, on web-standard APIs
 * only. Its sources may import each other and the workbook model in shared/, nothing else: no
 * spreadsheet library (exceljs is for reading, in tests and the importer) and no Node module.
 */
const WRITER = fileURLToPath(new URL('../../io/xlsx', import.meta.url));

/** The source without its comments, which may well mention modules. */
function codeOf(file: string): string {
  return readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
}

function importsOf(file: string): string[] {
  const code = codeOf(file);
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

describe('the xlsx writer', () => {
  const files = readdirSync(WRITER).filter((name) => name.endsWith('.ts'));

  it('imports only its own files and shared/', () => {
    expect(files).toContain('write-workbook.ts');
    for (const name of files) {
      for (const specifier of importsOf(join(WRITER, name))) {
        expect(specifier, `${name} imports ${specifier}`).toMatch(/^\.\/[\w-]+$|^\.\.\/\.\.\/shared\//);
      }
    }
  });

  it('uses no Node global (Buffer, process, require)', () => {
    for (const name of files) {
      expect(codeOf(join(WRITER, name)), name).not.toMatch(/(?<![\w$.])(Buffer|process|require|__dirname)(?![\w$])/);
    }
  });
});
