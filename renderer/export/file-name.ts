/**
 * File names the app suggests to the save dialog (desktop) or the browser's download. A name
 * comes from whatever the user typed as the assessment's name, so it is made safe for every
 * file system our users meet: Windows, macOS and Linux, and USB sticks formatted FAT32.
 */

/** Characters Windows refuses in a file name, plus control characters. */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** Room for the extension within the 255 characters most file systems allow. */
const MAX_BASE_LENGTH = 120;

/**
 * `base` made into a file name ending in `.extension`: forbidden characters become spaces,
 * runs of spaces collapse, trailing dots go (Windows drops them), and a name left empty or
 * reserved becomes `fallback`. E.g. `safeFileName('Review: 2026/27', 'json')` is `Review 2026 27.json`.
 */
export function safeFileName(base: string, extension: string, fallback = 'Integration map'): string {
  const cleaned = base.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  const shortened = [...cleaned].slice(0, MAX_BASE_LENGTH).join('').replace(/[. ]+$/, '').replace(/^[. ]+/, '');
  const name = shortened === '' || RESERVED.test(shortened) ? fallback : shortened;
  return `${name}.${extension}`;
}
