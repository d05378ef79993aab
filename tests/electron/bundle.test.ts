import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBuilder } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Builds the main and preload bundles with the real vite config into a temp folder, because a
// sandboxed preload that requires anything but 'electron' fails only at run time, in Electron.
let outDir: string;
beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'im-bundle-'));
  const builder = await createBuilder({
    configFile: 'vite.electron.config.ts',
    logLevel: 'silent',
    environments: { main: { build: { outDir } }, preload: { build: { outDir } } },
  });
  await builder.buildApp();
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const requiredModules = (file: string) =>
  [...readFileSync(join(outDir, file), 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);

describe('the Electron bundles', () => {
  it('give the preload no run-time import but electron', () => {
    expect(new Set(requiredModules('preload.cjs'))).toEqual(new Set(['electron']));
  });

  it('keep the main process self-contained: only electron and Node built-ins', () => {
    for (const name of requiredModules('main.cjs')) expect(name, name).toMatch(/^(electron|node:[a-z/_]+)$/);
  });

  it('expose the bridge under the name the renderer expects', () => {
    expect(readFileSync(join(outDir, 'preload.cjs'), 'utf8')).toContain('exposeInMainWorld("integrationMapper"');
  });
});
