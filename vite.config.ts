import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The renderer is built once and served two ways: from the app:// scheme inside Electron, and
// by `vite preview` on 127.0.0.1 for a plain browser. Relative asset paths work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    root: '.',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // The JSON report feeds the "N passed, N failed" line that CI prints (scripts/summarise-reports.mjs).
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
