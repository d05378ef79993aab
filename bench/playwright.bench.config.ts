import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

// Benchmarks reuse the end-to-end setup (built renderer, Debian's Chromium) but live in bench/
// and print figures instead of asserting timings inside the test suite.
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.bench.ts',
  timeout: 300_000,
  reporter: [['list']],
});
