import { runChecks, type Finding } from '../../../shared/checks';
import { asSystemId, type IsoDate, type MapDocument } from '../../../shared/model';
import type { CellValue, SheetModel, WorkbookModel } from '../../../shared/workbook';
import { mapBuilder } from '../../support/map-builder';

/** The day every workbook test is written on. */
export const TODAY: IsoDate = '2026-11-22';

/**
 * Text a spreadsheet would run as a formula unless escaped (OWASP CSV injection), and a
 * harmless name with a hyphen inside that must come out exactly as it went in.
 */
export const HOSTILE_TEXTS = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '\n=1'] as const;
export const HARMLESS_NAME = 'Finance-team';

/** How a hostile text reads in a cell: quoted, with a CR as the LF every XML reader makes of it. */
export function escaped(text: string): string {
  return `'${text.replace(/\r\n?/g, '\n')}`;
}

/**
 * A small map with known problems: a flow to a vendor carrying donor and financial data whose
 * key sits in a spreadsheet and whose owner is blank, one finding already accepted, a custom risk,
 * and systems named with every hostile text.
 */
export function registerMap(): MapDocument {
  let builder = mapBuilder()
    .system('Salesforce', {
      kind: 'crm', vendor: 'Salesforce', owner: 'Priya Shah', hosting: 'saas', boundary: 'internal',
      authoritativeFor: 'donor records', lastReviewed: '2026-01-10', reviewedBy: 'Sam',
    })
    .system('Xero', { kind: 'finance', hosting: 'saas', boundary: 'vendor', lastReviewed: 'unknown' })
    .system(HARMLESS_NAME, { kind: 'file-storage', owner: HARMLESS_NAME, notes: 'Line one\nline two' })
    .flow('Salesforce', 'Xero', {
      name: 'Gift Aid to finance', purpose: 'Gift Aid claims to finance', dataTypes: ['financial', 'donor-records'],
      direction: 'one-way', frequency: 'monthly', mechanism: 'api', authentication: 'api-key', account: 'svc-xero',
      credentialLocation: 'spreadsheet-document', credentialLastRotated: '2024-02-29', permissions: 'read-write',
      mfa: 'not-applicable', encryptedInTransit: 'yes', owner: '', lastReviewed: 'unknown',
      discoveredVia: ['interview', 'documentation'],
    })
    // An account "number" with a leading zero: text, which no spreadsheet should turn into 42.
    .flow('Xero', HARMLESS_NAME, { purpose: '', owner: HARMLESS_NAME, account: '0042' });
  for (const [i, text] of HOSTILE_TEXTS.entries()) {
    builder = builder.system(text, { kind: 'other', owner: text, vendor: text, notes: text });
    // Every hostile system sends to the first, so each shows up in flows and findings too.
    if (i > 0) builder = builder.flow(text, HOSTILE_TEXTS[0], { name: text, purpose: text, owner: text });
  }
  return builder
    .treatment('no-owner:flow-1', {
      status: 'accepted', justification: 'The finance volunteer runs it', checkedBy: 'Sam', checkedOn: '2026-11-01', nextReview: 'unknown',
    })
    .risk({ title: 'Only Priya understands the sync', relatedIds: [asSystemId('sys-1')], likelihood: 'likely', impact: 'major', owner: 'Priya Shah' })
    .build();
}

/** The map and what the checks find in it today. */
export function registerMapWithFindings(): { doc: MapDocument; findings: Finding[] } {
  const doc = registerMap();
  return { doc, findings: runChecks(doc, TODAY) };
}

/** The sheet called `name`; fails the test when there is none. */
export function sheetOf(workbook: WorkbookModel, name: string): SheetModel {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet "${name}" (sheets: ${workbook.sheets.map((s) => s.name).join(', ')})`);
  return sheet;
}

/** The cell under the header `header` in row `row` (counting data rows from 0). */
export function cellAt(sheet: SheetModel, row: number, header: string): CellValue {
  const column = sheet.columns.findIndex((c) => c.header === header);
  if (column === -1) throw new Error(`No column "${header}" on ${sheet.name}`);
  return sheet.rows[row]![column] ?? null;
}

/** The row whose first (ID) cell is `id`. */
export function rowWithId(sheet: SheetModel, id: string): number {
  const row = sheet.rows.findIndex((cells) => cells[0] === id);
  if (row === -1) throw new Error(`No row with id "${id}" on ${sheet.name}`);
  return row;
}
