import { safeFileName } from '../../shared/file-name';
import { MAP_FILE_EXTENSION, mapFileText, type ChangeRecord, type MapDocument } from '../../shared/model';
import type { FileFilter, Platform, SaveFileResult } from '../../shared/platform';

/** What the save dialog offers: map files only, so the name keeps its `.intmap`. */
export const MAP_FILE_SAVE_FILTERS: readonly FileFilter[] = [{ name: 'Integration Mapper map', extensions: [MAP_FILE_EXTENSION] }];

/** The map file's bytes: its text (see `mapFileText`) as UTF-8, without a byte order mark. `history` is oldest first. */
export function mapFileBytes(doc: MapDocument, history: readonly ChangeRecord[] = []): Uint8Array {
  return new TextEncoder().encode(mapFileText(doc, history));
}

/** `<assessment name>.intmap`, made safe for any file system. */
export function mapFileName(doc: MapDocument): string {
  return safeFileName(doc.assessment.name, MAP_FILE_EXTENSION);
}

/**
 * Hands the whole map, with its change history (oldest first), to the host to save as one
 * `.intmap` file: the desktop app asks where and writes it atomically in the main process; a
 * browser downloads it.
 */
export function saveMapFile(doc: MapDocument, platform: Pick<Platform, 'saveFile'>, history: readonly ChangeRecord[] = []): Promise<SaveFileResult> {
  return platform.saveFile({ suggestedName: mapFileName(doc), filters: MAP_FILE_SAVE_FILTERS, contents: mapFileBytes(doc, history) });
}
