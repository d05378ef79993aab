import { builtinModules } from 'node:module';
import { defineConfig, type BuildEnvironmentOptions } from 'vite';

// Bundles the main process and the preload into one self-contained CommonJS file each. They
// are built as two separate environments, one after the other, because a single multi-entry
// build moves code both import (shared/platform.ts) into a shared chunk, and the sandboxed
// preload can `require` nothing but 'electron' at run time.
const external = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function bundle(name: 'main' | 'preload', emptyOutDir: boolean): { build: BuildEnvironmentOptions } {
  return {
    build: {
      outDir: 'dist/electron',
      emptyOutDir,
      target: 'node20',
      minify: false,
      lib: { entry: { [name]: `electron/${name}.ts` }, formats: ['cjs'], fileName: () => `${name}.cjs` },
      rollupOptions: { external },
    },
  };
}

export default defineConfig({
  environments: {
    main: bundle('main', true),
    preload: bundle('preload', false),
  },
  builder: {
    // Sequential, so the preload build does not race the main build's emptying of outDir.
    async buildApp(builder) {
      await builder.build(builder.environments.main!);
      await builder.build(builder.environments.preload!);
    },
  },
});
