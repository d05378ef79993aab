/**
 * Electron entry point, bundled to dist/electron/main.cjs. Deliberately thin: everything it
 * does lives in start-app.ts and the modules it composes, which take Electron as an argument
 * so they can be unit-tested without the Electron binary.
 */
import * as electron from 'electron';
import { join } from 'node:path';
import { startApp } from './start-app';

// The bundle sits in dist/electron/, next to preload.cjs and beside dist/renderer/. The window
// type is named because TypeScript cannot infer it from Electron's overloaded dialog methods.
void startApp<electron.BrowserWindow>(electron, {
  rendererDir: join(__dirname, '..', 'renderer'),
  preloadPath: join(__dirname, 'preload.cjs'),
  platform: process.platform,
}).catch((error: unknown) => {
  console.error('Integration Mapper failed to start:', error);
  electron.app.exit(1);
});
