import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/protocol';

describe("the page's Content-Security-Policy", () => {
  const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];

  it('is set in index.html, so the app is just as locked down in a plain browser', () => {
    expect(meta).toBeDefined();
    expect(meta).toContain("connect-src 'self'");
  });

  it('matches the policy the desktop app sends, except frame-ancestors, which a meta tag cannot carry', () => {
    const headerDirectives = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors'));
    expect(meta?.split('; ')).toEqual(headerDirectives);
  });
});
