import type { Platform } from '../../shared/platform';
import { createBrowserPlatform } from './browser-platform';

/**
 * The desktop preload exposes its `Platform` as `window.integrationMapper`; anywhere else
 * (a plain browser) we fall back to downloads and file pickers.
 */
export function choosePlatform(host: object = window): Platform {
  const exposed: unknown = Reflect.get(host, 'integrationMapper');
  return isPlatform(exposed) ? exposed : createBrowserPlatform();
}

const PLATFORM_METHODS = ['appInfo', 'saveFile', 'openFile', 'onMenuCommand'] as const satisfies ReadonlyArray<keyof Platform>;

function isPlatform(value: unknown): value is Platform {
  if (typeof value !== 'object' || value === null) return false;
  return PLATFORM_METHODS.every((method) => typeof Reflect.get(value, method) === 'function');
}
