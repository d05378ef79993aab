import { fileNamePart } from '../file-name';
import type { IsoDate, MapDocument } from '../model';

/**
 * The file name to suggest for the risk register: `"<Assessment name> risk register 2026-11-22.xlsx"`,
 * the assessment name made safe for any file system ({@link fileNamePart}). With no usable
 * name it is `"Risk register 2026-11-22.xlsx"`.
 */
export function registerFileName(doc: MapDocument, today: IsoDate): string {
  const name = fileNamePart(doc.assessment.name);
  return name === '' ? `Risk register ${today}.xlsx` : `${name} risk register ${today}.xlsx`;
}
