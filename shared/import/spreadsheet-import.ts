import { parseMap, serializeMap, systemList, type MapDocument, type Position, type SystemId } from '../model';
import { layeredLayout, SYSTEM_BOX } from '../layout';
import { cellText } from './cell-text';
import { proposeMapping, type ColumnMapping } from './headers';
import { importInventory, type ImportOptions, type InventoryImport } from './inventory-import';
import { isEmptyRow } from './import-row';
import type { SheetBook, SheetTable } from './sheet-table';
import { exportedAssessmentId, readExportedWorkbook, type ReimportOptions, type ReimportResult } from './workbook-reimport';
import type { AssessmentId } from '../model';

/**
 * The whole import of a spreadsheet, from a read `SheetBook` to a laid-out map: what the app's
 * import worker and the command-line tool both run. A workbook this app exported is read back by
 * id; anything else is an inventory, one row per flow, read through a column mapping.
 */

/** A sheet as the mapping screen lists it. */
export interface SheetSummary {
  readonly name: string;
  /** Rows below the header with anything in them. */
  readonly dataRows: number;
}

/** What a spreadsheet turned out to be, and what to ask the user next. */
export type ImportPlan =
  | {
    readonly kind: 'inventory';
    readonly sheets: readonly SheetSummary[];
    /** The sheet proposed for import: the first whose headers name a source and a destination, else the first with rows. */
    readonly sheetIndex: number;
  }
  | { readonly kind: 'exported-workbook'; readonly assessmentId: AssessmentId }
  | { readonly kind: 'empty'; readonly message: string };

/** How many example values the mapping screen shows for each column. */
export const SAMPLES_PER_COLUMN = 3;

/** Says what kind of spreadsheet `book` is and which sheet to import. */
export function planImport(book: SheetBook): ImportPlan {
  const assessmentId = exportedAssessmentId(book);
  if (assessmentId !== undefined) return { kind: 'exported-workbook', assessmentId };
  const sheets = book.sheets.map((sheet) => ({ name: sheet.name, dataRows: countDataRows(sheet) }));
  const withRows = book.sheets.map((_, i) => i).filter((i) => sheets[i]!.dataRows > 0);
  if (withRows.length === 0) {
    const headerOnly = book.sheets.some((sheet) => (sheet.rows[0]?.length ?? 0) > 0);
    return {
      kind: 'empty',
      message: headerOnly
        ? 'The spreadsheet has a header row but no rows below it: there are no integrations to import.'
        : 'The spreadsheet is empty: no sheet has anything in it.',
    };
  }
  const named = withRows.find((i) => namesBothEnds(proposeMapping(book.sheets[i]!.rows[0] ?? [])));
  return { kind: 'inventory', sheets, sheetIndex: named ?? withRows[0]! };
}

/** The proposed mapping for one sheet, with a few example values per column to help the user check it. */
export function sheetMapping(sheet: SheetTable): { readonly mapping: ColumnMapping[]; readonly samples: string[][] } {
  const mapping = proposeMapping(sheet.rows[0] ?? []);
  const samples = mapping.map(() => [] as string[]);
  for (let rowIndex = 1; rowIndex < sheet.rows.length && samples.some((s) => s.length < SAMPLES_PER_COLUMN); rowIndex++) {
    const row = sheet.rows[rowIndex]!;
    mapping.forEach(({ column }, i) => {
      const cell = row[column];
      const text = cell ? cellText(cell).trim() : '';
      if (text && samples[i]!.length < SAMPLES_PER_COLUMN && !samples[i]!.includes(text)) samples[i]!.push(text);
    });
  }
  return { mapping, samples };
}

/**
 * Imports an inventory sheet and lays the new map out, flows running left to right. The map is
 * then passed through `parseMap`, the door every map from outside goes through: the importer
 * only ever builds valid records, and this is the guard that it did. A failure here is a bug,
 * so it throws rather than returning a map that storage would refuse.
 */
export function importInventorySheet(sheet: SheetTable, mapping: readonly ColumnMapping[], options: ImportOptions): InventoryImport {
  const imported = importInventory(sheet, mapping, options);
  const document = withPositions(imported.document, layeredLayout(imported.document));
  const checked = parseMap(serializeMap(document));
  if (!checked.ok) throw new Error(`The imported map is not valid: ${checked.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return { ...imported, document };
}

/**
 * Reads back a workbook this app exported. Systems the workbook adds (rows without an ID) are
 * laid out on their own and placed below the map as it was, so nothing already drawn moves.
 */
export function reimportWorkbook(book: SheetBook, options: ReimportOptions): ReimportResult {
  const result = readExportedWorkbook(book, options);
  if (!result.ok) return result;
  const { base } = options;
  const added = systemList(result.document).filter((system) => !base || !(system.id in base.systems));
  if (added.length === 0) return result;
  const layout = layeredLayout(mapOnly(result.document, new Set(added.map((system) => system.id))));
  const below = base ? lowestEdge(base) : 0;
  const moved = new Map<SystemId, Position>();
  for (const [id, position] of layout) moved.set(id, { x: position.x, y: position.y + below });
  return { ...result, document: withPositions(result.document, moved) };
}

function countDataRows(sheet: SheetTable): number {
  let count = 0;
  for (let i = 1; i < sheet.rows.length; i++) if (!isEmptyRow(sheet.rows[i]!)) count++;
  return count;
}

function namesBothEnds(mapping: readonly ColumnMapping[]): boolean {
  return mapping.some((m) => m.target === 'source') && mapping.some((m) => m.target === 'destination');
}

/** `doc` with the given systems moved; every other record is shared, not copied. */
function withPositions(doc: MapDocument, positions: ReadonlyMap<SystemId, Position>): MapDocument {
  if (positions.size === 0) return doc;
  const systems = { ...doc.systems };
  for (const [id, position] of positions) {
    const system = systems[id];
    if (system) systems[id] = { ...system, position };
  }
  return { ...doc, systems };
}

/** Only the given systems and the flows between them: what a layout of just those needs. */
function mapOnly(doc: MapDocument, ids: ReadonlySet<SystemId>): Pick<MapDocument, 'systems' | 'flows'> {
  const systems = Object.fromEntries(systemList(doc).filter((s) => ids.has(s.id)).map((s) => [s.id, s]));
  const flows = Object.fromEntries(Object.values(doc.flows).filter((f) => ids.has(f.sourceId) && ids.has(f.targetId)).map((f) => [f.id, f]));
  return { systems, flows } as Pick<MapDocument, 'systems' | 'flows'>;
}

/** A little below the lowest system on the map, where added systems can go without covering any. */
function lowestEdge(doc: MapDocument): number {
  const systems = systemList(doc);
  if (systems.length === 0) return 0;
  return Math.max(...systems.map((s) => s.position.y)) + SYSTEM_BOX.height + 160;
}
