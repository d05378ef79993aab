import { describe, expect, it } from 'vitest';
import {
  blockNetwork,
  denyPermissions,
  hardenWebContents,
  isRequestAllowed,
  secureWindowOptions,
} from '../../electron/security';
import { FakeSession, FakeWebContents, preventableEvent } from './fakes';

describe('window options', () => {
  it('isolate the page from Node and sandbox it, with the given preload', () => {
    const { webPreferences } = secureWindowOptions('/app/dist/electron/preload.cjs');
    expect(webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('turn off spellcheck, whose dictionaries would be downloaded', () => {
    expect(secureWindowOptions('p').webPreferences.spellcheck).toBe(false);
  });
});

describe('web contents hardening', () => {
  function hardened(): FakeWebContents {
    const contents = new FakeWebContents();
    hardenWebContents(contents);
    return contents;
  }

  it('prevents navigation to an external site', () => {
    const contents = hardened();
    const event = preventableEvent();
    contents.emit('will-navigate', event, 'https://evil.example/');
    expect(event.defaultPrevented).toBe(true);
  });

  it('prevents a redirect away from the app, including to a look-alike host or a file', () => {
    for (const url of ['https://evil.example/', 'app://integration-mapper.evil/', 'file:///etc/passwd']) {
      const contents = hardened();
      const event = preventableEvent();
      contents.emit('will-redirect', event, url);
      expect(event.defaultPrevented, url).toBe(true);
    }
  });

  it('allows navigation inside the app origin', () => {
    const contents = hardened();
    const event = preventableEvent();
    contents.emit('will-navigate', event, 'app://integration-mapper/index.html#/maps/1');
    expect(event.defaultPrevented).toBe(false);
  });

  it('denies window.open', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://integration-mapper/index.html' })).toEqual({ action: 'deny' });
  });

  it('prevents attaching a webview', () => {
    const contents = hardened();
    const event = preventableEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('network blocking', () => {
  function guardedSession(): FakeSession {
    const session = new FakeSession();
    blockNetwork(session);
    return session;
  }

  it('cancels http, https, ws, wss and ftp requests', () => {
    const session = guardedSession();
    for (const url of [
      'http://example.com/',
      'https://update.example.com/check',
      'ws://127.0.0.1:9000/',
      'wss://example.com/socket',
      'ftp://example.com/file',
    ]) {
      expect(session.allows(url), url).toBe(false);
    }
  });

  it('cancels file URLs and other hosts on the app scheme', () => {
    const session = guardedSession();
    expect(session.allows('file:///etc/passwd')).toBe(false);
    expect(session.allows('app://other-host/index.html')).toBe(false);
  });

  it('lets the app origin, data and blob URLs through', () => {
    const session = guardedSession();
    expect(session.allows('app://integration-mapper/index.html')).toBe(true);
    expect(session.allows('app://integration-mapper/assets/index-abc.js')).toBe(true);
    expect(session.allows('data:image/png;base64,AAAA')).toBe(true);
    expect(session.allows('blob:app://integration-mapper/0b1c')).toBe(true);
  });

  it('refuses what it cannot parse', () => {
    expect(isRequestAllowed('not a url')).toBe(false);
  });
});

describe('permissions', () => {
  it('answers every permission request with false', () => {
    const session = new FakeSession();
    denyPermissions(session);
    const answers: boolean[] = [];
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      session.permissionRequest?.({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
  });

  it('answers every permission check with false', () => {
    const session = new FakeSession();
    denyPermissions(session);
    expect(session.permissionCheck?.({}, 'clipboard-sanitized-write')).toBe(false);
    expect(session.permissionCheck?.(null, 'media')).toBe(false);
  });
});
