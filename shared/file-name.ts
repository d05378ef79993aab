/**
 * File names the app and the command-line tool suggest. A name comes from whatever the user
 * typed as the assessment's name, so it is made safe for every file system our users meet:
 * Windows, macOS and Linux, and USB sticks formatted FAT32.
 */

/** Characters Windows refuses in a file name, plus control characters. */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** Room for the rest of the name within the 255 characters most file systems allow. */
const MAX_PART_LENGTH = 120;

/**
 * `text` made fit to be part of a file name: forbidden characters become spaces, runs of
 * spaces collapse, dots and spaces at the ends go (Windows strips or hides them), and a very
 * long text is shortened to 120 characters. Empty when nothing usable is left.
 */
export function fileNamePart(text: string): string {
  const cleaned = text.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  return [...cleaned].slice(0, MAX_PART_LENGTH).join('').replace(/^[. ]+|[. ]+$/g, '');
}

/**
 * `base` made into a file name ending in `.extension` (see {@link fileNamePart}); a name left
 * empty, or one Windows reserves for a device, becomes `fallback`.
 * E.g. `safeFileName('Review: 2026/27', 'json')` is `Review 2026 27.json`.
 */
export function safeFileName(base: string, extension: string, fallback = 'Integration map'): string {
  const name = fileNamePart(base);
  return `${name === '' || RESERVED.test(name) ? fallback : name}.${extension}`;
}
