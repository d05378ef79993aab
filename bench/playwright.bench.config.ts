import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

// Benchmarks reuse the end-to-end setup (built renderer, Debian's Chromium) but live in bench/
// and print figures instead of asserting timings inside the test suite.
const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.bench.ts',
  timeout: 300_000,
  reporter: [['list']],
  // The preview server must start from the repository root, where vite.config.ts is.
  webServer: { ...(base.webServer as object), cwd: repositoryRoot } as typeof base.webServer,
});
