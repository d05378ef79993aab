import type { IsoDate, MapDocument } from '../model';

/** Characters Windows refuses in a file name, plus control characters. */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Room for the rest of the name within the 255 characters most file systems allow. */
const MAX_NAME_LENGTH = 120;

/**
 * The file name to suggest for the risk register: `"<Assessment name> risk register 2026-11-22.xlsx"`.
 * The assessment name is whatever the user typed, so characters Windows, macOS, Linux or a FAT32
 * stick would refuse become spaces, runs of spaces collapse, dots at the ends go, and a very long
 * name is shortened. With no usable name it is `"Risk register 2026-11-22.xlsx"`.
 */
export function registerFileName(doc: MapDocument, today: IsoDate): string {
  const cleaned = doc.assessment.name.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  const name = [...cleaned].slice(0, MAX_NAME_LENGTH).join('').replace(/^[. ]+|[. ]+$/g, '');
  return name === '' ? `Risk register ${today}.xlsx` : `${name} risk register ${today}.xlsx`;
}
