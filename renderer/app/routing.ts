import { useSyncExternalStore } from 'react';
import { asAssessmentId, type AssessmentId } from '../../shared/model';

/**
 * Where the app is, kept in the URL hash so a reload (or the desktop app restarting its window)
 * reopens the same place. Hash routing needs no server support, which matters for `app://`.
 */
export type Route =
  | {
    readonly name: 'home';
    /** Open the "New assessment" dialog (the native menu's New). */
    readonly creating?: boolean;
    /** Open a map file (the native menu's Open, chosen in the editor). */
    readonly opening?: boolean;
    /** Import a spreadsheet (the native menu's Import spreadsheet, chosen in the editor). */
    readonly importing?: boolean;
  }
  | { readonly name: 'assessment'; readonly id: AssessmentId };

export const HOME: Route = { name: 'home' };

const ASSESSMENT_PREFIX = '#/assessment/';
const NEW_ASSESSMENT_HASH = '#/new';
const OPEN_MAP_FILE_HASH = '#/open';
const IMPORT_SPREADSHEET_HASH = '#/import';

/** Reads a hash such as `#/assessment/abc`. Anything unrecognised is home. */
export function parseRoute(hash: string): Route {
  if (hash === NEW_ASSESSMENT_HASH) return { name: 'home', creating: true };
  if (hash === OPEN_MAP_FILE_HASH) return { name: 'home', opening: true };
  if (hash === IMPORT_SPREADSHEET_HASH) return { name: 'home', importing: true };
  if (hash.startsWith(ASSESSMENT_PREFIX)) {
    const id = safeDecode(hash.slice(ASSESSMENT_PREFIX.length));
    if (id) return { name: 'assessment', id: asAssessmentId(id) };
  }
  return HOME;
}

export function formatRoute(route: Route): string {
  if (route.name === 'assessment') return ASSESSMENT_PREFIX + encodeURIComponent(route.id);
  if (route.creating) return NEW_ASSESSMENT_HASH;
  if (route.opening) return OPEN_MAP_FILE_HASH;
  return route.importing ? IMPORT_SPREADSHEET_HASH : '#/';
}

export function navigate(route: Route): void {
  window.location.hash = formatRoute(route);
}

/** Changes the route without adding a history entry (Back should not reopen a finished dialog). */
export function replaceRoute(route: Route): void {
  window.history.replaceState(window.history.state, '', formatRoute(route));
  // replaceState is silent; tell useRoute so what is rendered matches the address.
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** The current route; re-renders when the hash changes (links, back and forward, `navigate`). */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribeToHash, readHash);
  return parseRoute(hash);
}

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function readHash(): string {
  return window.location.hash;
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
