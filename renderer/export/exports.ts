import { runChecks } from '../../shared/checks';
import { localDateOf, type ChangeRecord, type MapDocument } from '../../shared/model';
import type { Platform, SaveFileResult } from '../../shared/platform';
import { buildRegisterWorkbook, registerFileName } from '../../shared/workbook';
import { saveMapFile } from '../map-file/save-map-file';

/** The two things a user can take out of the app: the risk register, and the whole map as a file. */
export type ExportKind = 'register' | 'map';

/** What an export needs from the app's services: where to save, and what day it is. */
export interface ExportServices {
  readonly platform: Pick<Platform, 'saveFile'>;
  now(): Date;
}

/**
 * Runs every check on `doc` afresh as of the user's today, lays out the risk register workbook
 * (its Change log from `history`, oldest first) and hands its bytes to the host to save. The
 * xlsx writer is loaded only now, on the first export: most sessions never export, so they
 * need not load it.
 */
export async function exportRiskRegister(doc: MapDocument, services: ExportServices, history: readonly ChangeRecord[] = []): Promise<SaveFileResult> {
  const today = localDateOf(services.now());
  const model = buildRegisterWorkbook(doc, runChecks(doc, today), { today, history });
  const { writeXlsx } = await import('../../io/xlsx/write-workbook');
  const contents = await writeXlsx(model);
  return services.platform.saveFile({
    suggestedName: registerFileName(doc, today),
    filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    contents,
  });
}

/** The export for `kind`, of `doc` and its change history (oldest first). */
export function runExport(kind: ExportKind, doc: MapDocument, services: ExportServices, history: readonly ChangeRecord[] = []): Promise<SaveFileResult> {
  return kind === 'register' ? exportRiskRegister(doc, services, history) : saveMapFile(doc, services.platform, history);
}
