import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

// electron-builder cannot package here (it downloads Electron), but its own JSON schema and
// YAML reader are installed, so the config is checked the way electron-builder reads it.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

type Config = Record<string, any>;
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Config;

describe('electron-builder.yml', () => {
  it('matches electron-builder’s schema', () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects a broken config, so the schema check can fail', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, oneClick: 'maybe' } })).toBe(false);
    expect(validate({ ...config, notAnOption: true })).toBe(false);
  });

  it('names the app', () => {
    expect(config.appId).toBe('org.integrationmapper.desktop');
    expect(config.productName).toBe('Integration Mapper');
  });

  it('builds an NSIS installer, a dmg, an AppImage and a deb', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBeTruthy();
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
  });

  it('packages only the app’s bundles, without the command-line tool, into an asar, into release/', () => {
    expect(config.files).toEqual(['dist/**', '!dist/cli/**', 'package.json']);
    expect(config.asar).toBe(true);
    expect(config.directories.output).toBe('release');
  });

  it('has no publishing or auto-update configuration', () => {
    expect(config).toHaveProperty('publish', null);
    for (const platform of ['win', 'mac', 'linux', 'nsis']) expect(config[platform]).not.toHaveProperty('publish');
  });

  it('points at icon resources that exist', () => {
    expect(() => readFileSync(config.icon)).not.toThrow();
  });
});
