import { chmodSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

// Bundles the command-line tool into one self-contained CommonJS file for Node 20: shared/,
// io/ and every dependency inlined, only Node's built-ins required at run time, so `npm install -g` or
// copying the one file is enough to run it.
const OUT_DIR = 'dist/cli';
const FILE_NAME = 'integration-mapper.cjs';

/** Marks the bundle executable, so `./dist/cli/integration-mapper.cjs` runs where the shebang is honoured. */
function executable(): Plugin {
  return {
    name: 'integration-mapper:executable',
    writeBundle(options) {
      chmodSync(join(options.dir ?? OUT_DIR, FILE_NAME), 0o755);
    },
  };
}

export default defineConfig({
  // No public/ folder or index.html: this build has nothing to copy.
  publicDir: false,
  plugins: [executable()],
  ssr: {
    // Bundle every dependency instead of leaving require() calls.
    noExternal: true,
    target: 'node',
  },
  build: {
    ssr: 'cli/main.ts',
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: {
        format: 'cjs',
        entryFileNames: FILE_NAME,
        banner: '#!/usr/bin/env node',
        // One file: the writer's lazy import() stays in it rather than becoming a chunk.
        codeSplitting: false,
      },
    },
  },
});
