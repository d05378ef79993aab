import type { ImportOptions, InventoryImport } from '../../shared/import/inventory-import';
import type { ColumnMapping } from '../../shared/import/headers';
import type { SheetBook } from '../../shared/import/sheet-table';
import {
  importInventorySheet, planImport, reimportWorkbook, sheetMapping, type ImportPlan,
} from '../../shared/import/spreadsheet-import';
import { describeWorkbookChanges, type WorkbookIssue } from '../../shared/import/workbook-reimport';
import type { Assessment, IsoDate, MapDocument } from '../../shared/model';
import type { DocumentChanges } from '../../shared/model';
import type { OpenedFile } from '../../shared/platform';
import { readSpreadsheet } from '../../io/spreadsheet/read-spreadsheet';

/** What reading a chosen file gives the import dialog. */
export type ReadReply =
  | { readonly ok: true; readonly plan: ImportPlan; readonly notices: readonly string[] }
  | { readonly ok: false; readonly message: string };

export interface MappingReply {
  readonly mapping: ColumnMapping[];
  /** A few values from each column, in the mapping's order. */
  readonly samples: string[][];
}

export interface InventoryRequest {
  readonly sheetIndex: number;
  readonly mapping: readonly ColumnMapping[];
  readonly assessment: Assessment;
  readonly today: IsoDate;
}

export type ReimportReply =
  | { readonly ok: true; readonly document: MapDocument; readonly issues: readonly WorkbookIssue[]; readonly changes: DocumentChanges | null }
  | { readonly ok: false; readonly message: string };

/**
 * One spreadsheet being imported: reads it once and keeps it, so the user can try mappings and
 * see previews without reading the file again. Runs inside the import worker (or on the page
 * where no worker can start); every reply is plain data that can cross to the page.
 */
export class ImportSession {
  private book: SheetBook | null = null;

  constructor(private readonly newId: () => string) {}

  async read(file: OpenedFile): Promise<ReadReply> {
    this.book = null;
    const read = await readSpreadsheet(file.contents, file.fileName);
    if (!read.ok) return read;
    this.book = read.book;
    return { ok: true, plan: planImport(read.book), notices: read.notices ?? [] };
  }

  mapping(sheetIndex: number): MappingReply {
    return sheetMapping(this.sheet(sheetIndex));
  }

  inventory(request: InventoryRequest): InventoryImport {
    const options: ImportOptions = { newId: this.newId, today: request.today, assessment: request.assessment };
    return importInventorySheet(this.sheet(request.sheetIndex), request.mapping, options);
  }

  /** Reads back an exported workbook; with `base` (the app's copy), also says what would change. */
  reimport(base: MapDocument | undefined, now: string): ReimportReply {
    const result = reimportWorkbook(this.loaded(), { base, newId: this.newId, now });
    if (!result.ok) return result;
    return { ...result, changes: base ? describeWorkbookChanges(base, result.document) : null };
  }

  private loaded(): SheetBook {
    if (!this.book) throw new Error('No spreadsheet has been read yet');
    return this.book;
  }

  private sheet(index: number) {
    const sheet = this.loaded().sheets[index];
    if (!sheet) throw new Error(`The spreadsheet has no sheet ${index + 1}`);
    return sheet;
  }
}
