import { APP_SCHEME, isAppUrl } from './app-origin';

/** The `webPreferences` this app insists on; see {@link secureWindowOptions}. */
export interface SecureWebPreferences {
  readonly preload: string;
  readonly sandbox: true;
  readonly contextIsolation: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly webviewTag: false;
  readonly navigateOnDragDrop: false;
  readonly spellcheck: false;
}

/**
 * Window options with Electron's recommended isolation: the page gets no Node, runs in the OS
 * sandbox, and reaches the main process only through the preload's named API.
 * Spellcheck is off because Chromium downloads its dictionaries from Google on Windows and
 * Linux, and this app never calls home.
 */
export function secureWindowOptions(preloadPath: string): { readonly webPreferences: SecureWebPreferences } {
  return {
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** An event whose default can be cancelled, as Electron passes to navigation listeners. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** The slice of `WebContents` that {@link hardenWebContents} touches. */
export interface HardenableWebContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Keeps every web contents inside the app: no navigation or redirect away from the app://
 * origin (a link in user-entered text must not replace the app), no new windows, no webviews.
 * Applied to every web contents Electron creates, not just the main window.
 */
export function hardenWebContents(contents: HardenableWebContents): void {
  const stayInApp = (event: PreventableEvent, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Schemes a page may load besides the app's own origin: inline data, object URLs the app
 * creates itself (export previews, images), and the DevTools front end in development.
 */
const LOCAL_SCHEMES: ReadonlySet<string> = new Set(['data:', 'blob:', 'devtools:']);

/**
 * Whether a request may proceed. An allow-list, so http(s), ws(s), ftp, file and any scheme
 * added to Chromium later are refused without being named here.
 */
export function isRequestAllowed(url: string): boolean {
  if (isAppUrl(url)) return true;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  return LOCAL_SCHEMES.has(protocol);
}

/** The slice of `Session` that the network and permission guards touch. */
export interface GuardableSession {
  readonly webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void): void;
  };
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

/**
 * Cancels every request that would leave the machine. The app works fully offline and never
 * calls home, so a request to the network can only be a bug or injected content.
 */
export function blockNetwork(session: GuardableSession): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url) });
  });
}

/** Refuses every permission (camera, notifications, clipboard read, geolocation…): the app needs none. */
export function denyPermissions(session: GuardableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
