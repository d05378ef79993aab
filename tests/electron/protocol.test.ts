import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createRendererHandler,
  mimeTypeFor,
  registerAppScheme,
  serveRenderer,
} from '../../electron/protocol';

// A built renderer in a temp folder, with a secret file beside it that must never be served.
let root: string;
let rendererDir: string;
let serve: ReturnType<typeof createRendererHandler>;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'im-protocol-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Integration Mapper</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc123.js'), 'console.log("app");');
  writeFileSync(join(rendererDir, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(join(root, 'secret'), 'TOP SECRET');
  symlinkSync(join(root, 'secret'), join(rendererDir, 'assets', 'link-to-secret'));
  serve = createRendererHandler(rendererDir);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string) => serve({ url, method: 'GET' });

describe('the app:// protocol', () => {
  it('serves index.html as HTML with the strict Content-Security-Policy', async () => {
    const response = await get('app://integration-mapper/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Integration Mapper</title>');
  });

  it('serves index.html for the bare origin', async () => {
    const response = await get('app://integration-mapper/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Integration Mapper');
  });

  it('has a policy that allows only the app itself', () => {
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(CONTENT_SECURITY_POLICY.split('; ')).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('serves an asset with its MIME type', async () => {
    const script = await get('app://integration-mapper/assets/index-abc123.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("app");');
    const style = await get('app://integration-mapper/assets/index-abc123.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 for a missing file and for a folder', async () => {
    expect((await get('app://integration-mapper/assets/missing.js')).status).toBe(404);
    expect((await get('app://integration-mapper/assets')).status).toBe(404);
  });

  it('answers 404 for another host on the scheme', async () => {
    expect((await get('app://other-host/index.html')).status).toBe(404);
  });

  it.each([
    'app://integration-mapper/../secret',
    'app://integration-mapper/%2e%2e%2fsecret',
    'app://integration-mapper/assets/..%2f..%2fsecret',
    'app://integration-mapper/%2e%2e%5csecret',
    'app://integration-mapper/assets/%2e%2e/%2e%2e/secret',
    'app://integration-mapper/assets/link-to-secret',
    'app://integration-mapper/%00index.html',
    'app://integration-mapper/%E0%A4%A',
  ])('refuses to serve anything outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await serve({ url: 'app://integration-mapper/index.html', method: 'POST' })).status).toBe(405);
  });

  it('adds the policy to error responses too', async () => {
    const response = await get('app://integration-mapper/missing');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves unknown file types as opaque bytes', () => {
    expect(mimeTypeFor('thing.unknown')).toBe('application/octet-stream');
    expect(mimeTypeFor('font.WOFF2')).toBe('font/woff2');
    expect(mimeTypeFor('icon.svg')).toBe('image/svg+xml');
  });
});

describe('scheme registration', () => {
  it('registers app:// as standard, secure and fetch-capable', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('installs a handler for the app scheme that serves the renderer folder', async () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    serveRenderer(protocol, rendererDir);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = protocol.handle.mock.calls[0]![1] as (request: Request) => Promise<Response>;
    const response = await handler(new Request('app://integration-mapper/index.html'));
    expect(response.status).toBe(200);
  });
});
