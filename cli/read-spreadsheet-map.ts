import { readSpreadsheet } from '../io/spreadsheet/read-spreadsheet';
import type { ImportIssue } from '../shared/import/import-issue';
import { importInventorySheet, planImport, reimportWorkbook, sheetMapping } from '../shared/import/spreadsheet-import';
import type { WorkbookIssue } from '../shared/import/workbook-reimport';
import { asAssessmentId, createAssessment, type IsoDate, type MapDocument } from '../shared/model';
import { printable, type CliIo } from './io';

/** How many cell problems an import report lists before saying how many more there are. */
export const ISSUES_LISTED = 20;

export type SpreadsheetMapResult =
  | {
    readonly ok: true;
    readonly document: MapDocument;
    /** What the import made and every problem it met, by cell: for stderr, so stdout stays the command's own output. */
    readonly report: string;
  }
  | { readonly ok: false; readonly message: string };

/**
 * A spreadsheet read as a map, exactly as the app's Import spreadsheet does with the proposed
 * column mapping: a risk register this app exported is read back by id; anything else is an
 * inventory with one row per flow. The new map is laid out, so `convert` gives a map that opens
 * tidy in the app.
 */
export async function readSpreadsheetMap(io: CliIo, path: string, contents: Uint8Array, today: IsoDate): Promise<SpreadsheetMapResult> {
  const read = await readSpreadsheet(contents, baseName(path));
  if (!read.ok) return { ok: false, message: `Cannot read "${path}": ${read.message}` };
  const notices = (read.notices ?? []).map((notice) => `${notice}\n`).join('');
  const plan = planImport(read.book);
  const now = `${today}T00:00:00.000Z`;

  switch (plan.kind) {
    case 'empty':
      return { ok: false, message: `Cannot read "${path}": ${plan.message}` };
    case 'exported-workbook': {
      const result = reimportWorkbook(read.book, { newId: io.newId, now });
      if (!result.ok) return { ok: false, message: `Cannot read "${path}": ${result.message}` };
      const heading = `Read "${path}" as the risk register exported from "${result.document.assessment.name}".\n`;
      return { ok: true, document: result.document, report: notices + heading + listIssues(result.issues.map(workbookLine)) };
    }
    case 'inventory': {
      const sheet = read.book.sheets[plan.sheetIndex]!;
      const assessment = createAssessment({ id: asAssessmentId(io.newId()), now, name: stem(path) });
      const imported = importInventorySheet(sheet, sheetMapping(sheet).mapping, { newId: io.newId, today, assessment });
      const lines = imported.issues.map(inventoryLine);
      if (imported.rowsImported === 0) {
        const why = imported.issues.find((issue) => issue.severity === 'error')?.message ?? 'no row names both a source and a destination system.';
        return { ok: false, message: `Cannot read "${path}" (sheet "${sheet.name}"): ${why}` };
      }
      const systems = Object.keys(imported.document.systems).length;
      const skipped = imported.rowsSkipped > 0 ? `; ${count(imported.rowsSkipped, 'row')} left out (see the errors below)` : '';
      const heading = `Read "${path}" (sheet "${sheet.name}"): ${count(imported.rowsRead, 'row')}, making ${count(systems, 'system')} and ${count(imported.rowsImported, 'flow')}${skipped}.\n`;
      return { ok: true, document: imported.document, report: notices + heading + listIssues(lines) };
    }
  }
}

function inventoryLine(issue: ImportIssue): string {
  const where = issue.cell ? `${issue.cell}${issue.header ? ` (${issue.header})` : ''}` : 'sheet';
  return `${where}: ${issue.severity}: ${issue.message}`;
}

function workbookLine(issue: WorkbookIssue): string {
  return `${issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet}: ${issue.severity}: ${issue.message}`;
}

/** Errors first (rows left out), then warnings, the first few of them. */
function listIssues(lines: readonly string[]): string {
  const ordered = [...lines.filter((l) => l.includes(': error: ')), ...lines.filter((l) => !l.includes(': error: '))];
  const listed = ordered.slice(0, ISSUES_LISTED).map((line) => `  ${printable(line)}\n`).join('');
  const more = ordered.length > ISSUES_LISTED ? `  and ${ordered.length - ISSUES_LISTED} more\n` : '';
  return listed + more;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** "exports/Inventory 2026.xlsx" → "Inventory 2026": the new assessment's name. */
function stem(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).slice(0, 200) || 'Imported inventory';
}
