import { defineConfig } from '@playwright/test';

// End-to-end tests run the built renderer (dist/renderer) in Debian's Chromium, served by
// `vite preview` on loopback. Playwright's own browser download is not possible offline.
const port = Number(process.env.E2E_PORT ?? 4173);
// E2E_DIST (an absolute path) serves another build, so parallel work need not share dist/renderer.
const outDirOption = process.env.E2E_DIST ? `--outDir ${process.env.E2E_DIST} ` : '';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview ${outDirOption}--host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
