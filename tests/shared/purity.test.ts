import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * `shared/` is the product's brain, run by the app and the command-line tool alike, so it must
 * not reach for a UI framework, storage, Electron, Node or the browser. The tsconfig keeps DOM
 * and Node types out; this test also catches imports that type-check anyway.
 */
const SHARED = fileURLToPath(new URL('../../shared', import.meta.url));
const FORBIDDEN_PACKAGES = ['react', 'react-dom', 'dexie', 'electron', '@xyflow/react', 'zustand', 'exceljs'];
const BROWSER_GLOBALS: ReadonlyArray<[string, RegExp]> = [
  ['window', /(?<![\w$.])window(?![\w$])/],
  ['document.', /(?<![\w$.])document\s*\.\s*[A-Za-z_$]/],
  ['indexedDB', /(?<![\w$.])indexedDB(?![\w$])/],
];

/** Every reason the source breaks the boundary; empty when it is pure. */
function findImpurities(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  const found = specifiers.filter(isForbiddenModule).map((s) => `imports ${s}`);
  // Words inside strings and comments ("the document.") are prose, not references.
  const bare = code.replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, '""');
  for (const [name, pattern] of BROWSER_GLOBALS) if (pattern.test(bare)) found.push(`uses ${name}`);
  return found;
}

function isForbiddenModule(specifier: string): boolean {
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!)) return true;
  return FORBIDDEN_PACKAGES.some((pkg) => specifier === pkg || specifier.startsWith(`${pkg}/`));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]);
}

describe('the shared domain code', () => {
  const files = filesUnder(SHARED);

  it('is all there to check', () => {
    expect(files.filter((f) => f.endsWith('.ts')).length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(SHARED, f), f]))('keeps shared/%s free of UI, storage, Electron, Node and browser code', (_name, file) => {
    expect(findImpurities(readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('the purity check itself', () => {
  it('catches each forbidden import, however it is written', () => {
    expect(findImpurities(`import Dexie from 'dexie';`)).toEqual(['imports dexie']);
    expect(findImpurities(`import { useState } from "react";\nimport { createRoot } from 'react-dom/client';`)).toEqual(['imports react', 'imports react-dom/client']);
    expect(findImpurities(`import type { Node } from '@xyflow/react';`)).toEqual(['imports @xyflow/react']);
    expect(findImpurities(`export { create } from 'zustand';\nconst x = await import('exceljs');`)).toEqual(['imports zustand', 'imports exceljs']);
    expect(findImpurities(`import { readFile } from 'node:fs/promises';\nimport path from 'path';\nimport 'electron';`)).toEqual(['imports node:fs/promises', 'imports path', 'imports electron']);
  });

  it('catches the browser globals', () => {
    expect(findImpurities('const w = window.innerWidth;')).toEqual(['uses window']);
    expect(findImpurities('document.title = "x";')).toEqual(['uses document.']);
    expect(findImpurities('const open = indexedDB.open("x");')).toEqual(['uses indexedDB']);
  });

  it('lets prose and look-alike names through', () => {
    const prose = [
      '/** Saves the document. Never touches the window. */',
      "// indexedDB is the renderer's business",
      "const message = 'Open the document. Then close the window.';",
      'const reviewWindow = doc.document.name; const documentFrom = 1;',
      "import { reactivity } from './reactive-things';",
    ].join('\n');
    expect(findImpurities(prose)).toEqual([]);
  });
});
