import { describe, expect, it } from 'vitest';
import type { Platform } from '../../../shared/platform';
import { choosePlatform } from '../../../renderer/platform/choose-platform';

const desktop: Platform = {
  appInfo: async () => ({ name: 'Integration Mapper', version: '9.9.9', host: 'desktop' }),
  saveFile: async () => ({ saved: false }),
  openFile: async () => null,
  onMenuCommand: () => () => {},
};

describe('choosePlatform', () => {
  it('uses what the desktop preload exposes', () => {
    expect(choosePlatform({ integrationMapper: desktop })).toBe(desktop);
  });

  it('falls back to the browser in a plain browser', async () => {
    const info = await choosePlatform({}).appInfo();
    expect(info).toMatchObject({ name: 'Integration Mapper', host: 'browser' });
  });

  it('ignores a window property that is not a whole platform', async () => {
    const partial = { appInfo: desktop.appInfo, saveFile: 'not a function' };
    expect(choosePlatform({ integrationMapper: partial })).not.toBe(partial);
    expect((await choosePlatform({ integrationMapper: partial }).appInfo()).host).toBe('browser');
  });

  it('has no native menu in the browser: subscribing does nothing and unsubscribing is safe', () => {
    const unsubscribe = choosePlatform({}).onMenuCommand(() => { throw new Error('no menu in a browser'); });
    expect(() => unsubscribe()).not.toThrow();
  });
});
