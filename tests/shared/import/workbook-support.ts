import { writeXlsx } from '../../../io/xlsx/write-workbook';
import { readSpreadsheet } from '../../../io/spreadsheet/read-spreadsheet';
import { runChecks } from '../../../shared/checks';
import type { SheetBook, SheetCell, SheetTable } from '../../../shared/import/sheet-table';
import { asFlowId, asSystemId, dayNumber, type IsoDate, type MapDocument } from '../../../shared/model';
import { buildRegisterWorkbook, escapeCellText, type CellValue, type WorkbookModel } from '../../../shared/workbook';
import { mapBuilder } from '../../support/map-builder';

/** The day every re-import test exports on. */
export const TODAY: IsoDate = '2026-11-22';

/** The workbook the app would export for `doc` today, findings and all. */
export function exportedModel(doc: MapDocument): WorkbookModel {
  return buildRegisterWorkbook(doc, runChecks(doc, TODAY), { today: TODAY });
}

/** The exported workbook written to .xlsx with the app's writer and read back with the app's reader: what a re-import gets. */
export async function throughXlsx(doc: MapDocument): Promise<SheetBook> {
  const bytes = await writeXlsx(exportedModel(doc));
  const read = await readSpreadsheet(bytes, 'Test risk register.xlsx');
  if (!read.ok) throw new Error(read.message);
  return read.book;
}

/** Excel's serial for a date: what a date cell holds. */
export function serialOf(date: IsoDate): number {
  return dayNumber(date) - dayNumber('1899-12-30');
}

function sheetCell(value: CellValue): SheetCell | null {
  if (value === null) return null;
  if (typeof value === 'object') return { value: serialOf(value.date), date: true };
  return { value };
}

/**
 * The exported workbook as a reader would give it, without the file: quick to make, and as easy
 * to edit as a client would in Excel. The .xlsx round trip checks the file says the same.
 */
export function bookOf(model: WorkbookModel): SheetBook {
  return {
    sheets: model.sheets.map((sheet): SheetTable => ({
      name: sheet.name,
      rows: [...(sheet.header ? [sheet.columns.map((c) => sheetCell(c.header))] : []), ...sheet.rows.map((row) => row.map(sheetCell))],
    })),
  };
}

/** A book to edit as a client does in Excel: each call returns a new book. */
export class ClientEdits {
  constructor(readonly book: SheetBook) {}

  /** Types `value` into the cell under `header` in the row whose ID is `id` (text as typed: no formula guard). */
  set(sheet: string, id: string, header: string, value: string | number | null): ClientEdits {
    return this.edit(sheet, (rows, column) => {
      const row = rows.findIndex((cells) => cells[0]?.value === id);
      if (row === -1) throw new Error(`No row ${id} on ${sheet}`);
      const cells = [...rows[row]!];
      cells[column(header)] = value === null ? null : { value };
      rows[row] = cells;
    });
  }

  /** Deletes the row whose ID is `id`. */
  deleteRow(sheet: string, id: string): ClientEdits {
    return this.edit(sheet, (rows) => {
      const row = rows.findIndex((cells) => cells[0]?.value === id);
      if (row === -1) throw new Error(`No row ${id} on ${sheet}`);
      rows.splice(row, 1);
    });
  }

  /** Adds a row at the bottom with these cells by header; text goes in as a client types it. */
  addRow(sheet: string, values: Record<string, string | number>): ClientEdits {
    return this.edit(sheet, (rows, column) => {
      const cells: Array<SheetCell | null> = [];
      for (const [header, value] of Object.entries(values)) cells[column(header)] = { value };
      rows.push(Array.from(cells, (cell) => cell ?? null));
    });
  }

  /** Copies the row whose ID is `id` to the bottom, as a client making a similar one. */
  copyRow(sheet: string, id: string): ClientEdits {
    return this.edit(sheet, (rows) => {
      const row = rows.find((cells) => cells[0]?.value === id);
      if (!row) throw new Error(`No row ${id} on ${sheet}`);
      rows.push(row);
    });
  }

  private edit(name: string, change: (rows: Array<ReadonlyArray<SheetCell | null>>, column: (header: string) => number) => void): ClientEdits {
    return new ClientEdits({
      sheets: this.book.sheets.map((sheet) => {
        if (sheet.name !== name) return sheet;
        const rows = [...sheet.rows];
        const column = (header: string) => {
          const index = rows[0]!.findIndex((cell) => cell?.value === header);
          if (index === -1) throw new Error(`No column ${header} on ${name}`);
          return index;
        };
        change(rows, column);
        return { name, rows };
      }),
    });
  }
}

/** Text as the export writes it, for comparing cells. */
export const written = escapeCellText;

/** The people who have left in {@link richMap}: one name would be a formula if not escaped. */
export const LEAVERS = ['Alex Old', '=Jo Gone'];

/**
 * A map with every kind of field filled in every way it can be: choices and several choices,
 * real and unknown dates, blanks, text a spreadsheet would run as a formula, a number-like
 * account, a system with no name; treatments with their details; custom risks, one untitled;
 * and non-default check settings.
 */
export function richMap(): MapDocument {
  return mapBuilder()
    .system('Salesforce NPSP', {
      kind: 'crm', vendor: 'Salesforce', owner: 'Priya Shah', hosting: 'saas', boundary: 'internal', status: 'active',
      authoritativeFor: 'donor records; Gift Aid declarations', lastReviewed: '2026-01-10', reviewedBy: 'Sam', notes: 'Line one\nline two',
    })
    .system('Xero', { kind: 'finance', hosting: 'saas', boundary: 'vendor', lastReviewed: 'unknown', status: '' })
    .system('=HYPERLINK("http://evil","x")', { kind: 'other', owner: '+44 20 7946 0000', vendor: '-Acme-', notes: '@mention', boundary: 'former-partner' })
    .system('', { kind: 'custom-script', hosting: 'unknown', status: 'being-decommissioned' })
    .flow('Salesforce NPSP', 'Xero', {
      name: 'Gift Aid to finance', purpose: 'Gift Aid claims to finance', dataTypes: ['financial', 'donor-records'],
      direction: 'one-way', frequency: 'monthly', mechanism: 'api', authentication: 'api-key', account: 'svc-xero',
      credentialLocation: 'secrets-vault', credentialLocationDetail: 'Azure Key Vault "finance"', credentialLastRotated: '2024-02-29',
      permissions: 'read-write', mfa: 'not-applicable', encryptedInTransit: 'yes', owner: 'Priya Shah', lastReviewed: 'unknown',
      reviewedBy: 'Sam', status: 'active', discoveredVia: ['interview', 'documentation'], notes: 'Runs on the 1st\n=not a formula',
    })
    .flow('Xero', '=HYPERLINK("http://evil","x")', {
      name: '', purpose: '=1+1', dataTypes: ['personal', 'special-category', 'payment-card'], direction: 'two-way',
      authentication: 'shared-login', account: '0042', credentialLocation: 'spreadsheet-document', credentialLastRotated: 'unknown',
      permissions: 'admin', mfa: 'no', encryptedInTransit: 'no', owner: '', status: 'suspected-orphaned',
    })
    .flow('', 'Salesforce NPSP', {
      name: 'Nightly export', mechanism: 'custom-script', authentication: 'personal-account', frequency: 'daily',
      owner: 'Alex Old', status: 'paused', discoveredVia: ['firewall-proxy-logs'], dataTypes: ['unknown'],
    })
    .treatment('no-owner:flow-2', { status: 'accepted', justification: 'The finance volunteer runs it\nuntil March', checkedBy: 'Sam', checkedOn: '2026-11-01', nextReview: 'unknown' })
    // About a finding the checks no longer raise (flow-1 has an owner): history, not on the register.
    .treatment('no-owner:flow-1', { status: 'false-positive', justification: 'Priya owns it' })
    .treatment('plaintext-credentials:flow-2', { status: 'in-progress', justification: '-moving to the vault-', nextReview: '2027-01-31' })
    .risk({
      title: 'Only Priya understands the sync', description: '=not a formula either', relatedIds: [asSystemId('sys-1'), asFlowId('flow-1')],
      likelihood: 'likely', impact: 'major', owner: 'Priya Shah', status: 'in-progress', justification: 'Writing it down',
      checkedBy: 'Sam', checkedOn: '2026-11-01', nextReview: '2027-05-01',
    })
    .risk({ title: '', description: 'Nobody knows who pays for Zapier', likelihood: 'very-likely', impact: 'minor' })
    .settings({ reviewIntervalMonths: 6, rotationIntervalDays: 90, leavers: LEAVERS })
    .build();
}
