import type { WorkbookModel } from '../../shared/workbook';
import { EventLoopTurns } from './event-loop';
import {
  appPropertiesXml, contentTypesXml, corePropertiesXml, packageRelationshipsXml, SHARED_STRINGS_PATH, STYLES_PATH,
  workbookRelationshipsXml, workbookXml, worksheetPath,
} from './package-parts';
import { SharedStrings } from './shared-strings';
import { StyleSheet } from './styles';
import { writeWorksheet } from './worksheet';
import { zipArchive, zipEntry, ZipEntryWriter, type ZipEntry } from './zip';

/**
 * Writes a workbook model as an .xlsx file (SpreadsheetML, ECMA-376), in Node and in the browser
 * alike: it uses only web-standard APIs (TextEncoder, CompressionStream, Response).
 *
 * Purpose-built for the register: each sheet's XML is made a piece at a time, straight into bytes,
 * and compressed as it goes, so the 120,000-row register of a 5,000-system map never holds its
 * 100 MB of XML whole. In Node the compressing runs on threads of its own, beside the making of
 * the XML; Chromium compresses on the main thread, where it takes about half the writing time.
 * bench/register.bench.ts measures it.
 *
 * The bytes depend only on the model: the file's dates and the zip's timestamps are midnight on
 * `model.properties.created`, and parts are always written in the same order (on one runtime:
 * Node's and Chromium's compressors may differ by a byte).
 */
export async function writeXlsx(model: WorkbookModel): Promise<Uint8Array> {
  if (model.sheets.length === 0) throw new Error('A workbook needs at least one sheet');
  const { sheets, properties } = model;
  const turns = new EventLoopTurns();
  try {
    const entries: ZipEntry[] = await Promise.all([
      zipEntry('[Content_Types].xml', contentTypesXml(sheets.length), turns),
      zipEntry('_rels/.rels', packageRelationshipsXml(), turns),
      zipEntry('docProps/core.xml', corePropertiesXml(properties), turns),
      zipEntry('docProps/app.xml', appPropertiesXml(sheets), turns),
      zipEntry('xl/workbook.xml', workbookXml(model), turns),
      zipEntry('xl/_rels/workbook.xml.rels', workbookRelationshipsXml(sheets.length), turns),
    ]);
    // The string table is compressed alongside the sheets, and goes after them, as Excel orders
    // its parts too; so do the styles, known only once every cell is written.
    const stringTable = new ZipEntryWriter(SHARED_STRINGS_PATH, turns);
    const strings = new SharedStrings(stringTable);
    const styles = new StyleSheet();
    const sheetEntries: Array<Promise<ZipEntry>> = [];
    for (const [i, sheet] of sheets.entries()) {
      const entry = new ZipEntryWriter(worksheetPath(i), turns);
      await writeWorksheet(sheet, strings, styles, entry, i === 0);
      // The next sheet starts while this one's last pieces are compressed.
      const closing = entry.close();
      closing.catch(() => undefined); // should a later sheet fail first, this failure is not left unhandled
      sheetEntries.push(closing);
    }
    await strings.finish();
    entries.push(...await Promise.all(sheetEntries), await stringTable.close(), await zipEntry(STYLES_PATH, styles.xml(), turns));
    return zipArchive(entries, properties.created);
  } finally {
    turns.close();
  }
}
