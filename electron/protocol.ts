import { realpath, readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * The renderer's Content-Security-Policy: only the app's own scripts, styles and connections.
 * `style-src 'unsafe-inline'` is needed because React Flow positions nodes with style
 * attributes; scripts stay strict.
 */
export const CONTENT_SECURITY_POLICY = [
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
].join('; ');

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The MIME type served for a file name; unknown types are served as opaque bytes. */
export function mimeTypeFor(fileName: string): string {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** The slice of Electron's `protocol` module this file uses. */
export interface ProtocolApi {
  registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges: { standard: boolean; secure: boolean; supportFetchAPI: boolean } }>): void;
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

/**
 * Makes `app://` a standard, secure scheme so its pages get a real origin (and with it
 * IndexedDB) and may use fetch. `corsEnabled` stays off, so no other origin can read app://
 * responses. Electron only accepts this before the app is ready.
 */
export function registerAppScheme(protocol: ProtocolApi): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on `app://integration-mapper/`. Call once the app is ready. */
export function serveRenderer(protocol: ProtocolApi, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createRendererHandler(rendererDir));
}

/**
 * A request handler that answers only with regular files inside `rendererDir`, each with the
 * CSP header. Anything else (another host, a path escaping the folder by `..`, encoded
 * separators or a symbolic link, a folder, a missing file) is a 404 that names nothing on disk.
 */
export function createRendererHandler(rendererDir: string): (request: Pick<Request, 'url' | 'method'>) => Promise<Response> {
  const root = resolve(rendererDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const filePath = await resolveInside(root, request.url);
    if (!filePath) return textResponse(404, 'Not found');
    const body = await readFile(filePath);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': mimeTypeFor(filePath) },
    });
  };
}

/** The real path of the regular file `url` names inside `root`, or null. */
async function resolveInside(root: string, url: string): Promise<string | null> {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    // The URL parser already folds literal and %2e dot segments; decoding reveals encoded
    // slashes and backslashes (`%2e%2e%2f`), which the segment check below then refuses.
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname !== APP_HOST) return null;
  if (pathname.includes('\0')) return null;
  const segments = pathname.split(/[/\\]+/).filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes(':'))) return null;
  const candidate = resolve(root, ...(segments.length === 0 ? ['index.html'] : segments));
  try {
    // Follow symbolic links before the containment check, so a link cannot point outside.
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!isInside(realRoot, realFile) || !(await stat(realFile)).isFile()) return null;
    return realFile;
  } catch {
    return null;
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } });
}
