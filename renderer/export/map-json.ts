import { safeFileName } from '../../shared/file-name';
import { serializeMap, type MapDocument } from '../../shared/model';

/**
 * The map as the JSON file the command-line tool reads (`integration-mapper check map.json`)
 * and the app imports: the deterministic serialised form, indented for people who open it in
 * a text editor, as UTF-8 with a trailing newline so tools that expect text files are happy.
 */
export function mapJsonBytes(doc: MapDocument): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(serializeMap(doc), null, 2)}\n`);
}

/** `<assessment name>.json`, made safe for any file system. */
export function mapFileName(doc: MapDocument): string {
  return safeFileName(doc.assessment.name, 'json');
}
