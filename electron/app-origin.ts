/**
 * The one origin the renderer is served from. Chromium keys IndexedDB, localStorage and every
 * other site-scoped store by origin, so the user's saved maps belong to exactly this value:
 * changing the scheme or the host makes existing data invisible to the app. Never change it.
 */
export const APP_SCHEME = 'app';
/** Host part of {@link APP_ORIGIN}. Part of the storage key: never change it. */
export const APP_HOST = 'integration-mapper';
/** `app://integration-mapper`. Part of the storage key: never change it. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window opens. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Whether `url` points inside the app's own origin. Compares parsed parts rather than string
 * prefixes, so `app://integration-mapper.evil/` or `app://x@integration-mapper:81/` do not pass.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
