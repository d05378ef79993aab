import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';

// Runs the real desktop shell when an Electron binary is installed (`npm install` with internet).
// Electron ≥ 42 downloads its binary on the first `require('electron')`, which is impossible
// offline, so the binary is located the way node_modules/electron/index.js does, without
// requiring it, and the test skips itself when there is none.
const root = fileURLToPath(new URL('../..', import.meta.url));
const mainBundle = join(root, 'dist', 'electron', 'main.cjs');

function installedElectronBinary(): string | null {
  const electronDir = join(root, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

test('the desktop app opens its window with the bridge and without Node', async () => {
  const executablePath = installedElectronBinary();
  test.skip(
    executablePath === null,
    'Electron binary not installed here (cannot be downloaded offline); run `npm install` with internet to enable this test.',
  );
  expect(existsSync(mainBundle), 'dist/electron/main.cjs is missing: run `npm run build` first').toBe(true);
  expect(existsSync(join(root, 'dist', 'renderer', 'index.html')), 'dist/renderer is missing: run `npm run build` first').toBe(true);

  const app = await electron.launch({ executablePath: executablePath!, args: [mainBundle], cwd: root });
  try {
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    await expect(window).toHaveTitle(/Integration Mapper/);
    expect(window.url()).toMatch(/^app:\/\/integration-mapper\//);

    const page = await window.evaluate(() => ({
      bridge: typeof (window as unknown as { integrationMapper?: unknown }).integrationMapper,
      bridgeKeys: Object.keys((window as unknown as { integrationMapper?: object }).integrationMapper ?? {}).sort(),
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(page).toEqual({
      bridge: 'object',
      bridgeKeys: ['appInfo', 'onMenuCommand', 'openFile', 'saveFile'],
      require: 'undefined',
      process: 'undefined',
    });

    const info = await window.evaluate(() =>
      (window as unknown as { integrationMapper: { appInfo(): Promise<unknown> } }).integrationMapper.appInfo(),
    );
    expect(info).toMatchObject({ name: 'Integration Mapper', host: 'desktop' });

    // The page cannot reach the network, even its own machine.
    const fetched = await window.evaluate(() => fetch('http://127.0.0.1:9/').then(() => 'reached', () => 'blocked'));
    expect(fetched).toBe('blocked');
  } finally {
    await app.close();
  }
});
