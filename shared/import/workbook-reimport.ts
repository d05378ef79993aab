import { checkById } from '../checks';
import {
  asAssessmentId, createAssessment, documentFrom, parseMap, serializeMap, type AssessmentId, type MapDocument,
} from '../model';
import { describeDocumentChanges, type DocumentChanges } from '../model';
import { INTEGRATIONS_SHEET, REGISTER_SHEET, SYSTEMS_SHEET } from '../workbook';
import type { SheetBook } from './sheet-table';
import { readFlows, readSystems, type ReadContext } from './workbook-inventory';
import { readRegister } from './workbook-register';
import { readSummary, summaryAssessmentId } from './workbook-summary';
import { findSheet, ID_HEADER, IssueLog, readTable, type WorkbookIssue } from './workbook-table';

export type { WorkbookIssue } from './workbook-table';

/**
 * Reading back the risk register workbook the app exported, after a client has edited it in
 * Excel or LibreOffice, to update the same assessment by id.
 *
 * How a workbook is known to be ours: it has a Summary sheet with an "Assessment ID" row holding
 * an id, and Systems and Integrations sheets whose header row has an "ID" column. The sheet names
 * and that row are the format marker; a spreadsheet of someone else's has neither, and nothing
 * else had to be added to a sheet a client reads.
 */
export function recogniseExportedWorkbook(book: SheetBook): boolean {
  if (summaryAssessmentId(book.sheets) === undefined) return false;
  return [SYSTEMS_SHEET, INTEGRATIONS_SHEET].every((name) => {
    const sheet = findSheet(book.sheets, name);
    return sheet !== undefined && (sheet.rows[0] ?? []).some((cell) => typeof cell?.value === 'string' && cell.value.trim() === ID_HEADER);
  });
}

/** The id of the assessment an exported workbook is about, to find the app's copy of it; undefined when the workbook is not ours. */
export function exportedAssessmentId(book: SheetBook): AssessmentId | undefined {
  return recogniseExportedWorkbook(book) ? asAssessmentId(summaryAssessmentId(book.sheets)!) : undefined;
}

export interface ReimportOptions {
  /**
   * The assessment as the app has it (same id as the workbook's). It supplies what the workbook
   * does not carry: positions on the canvas, when the assessment was created and last changed,
   * and treatments of findings the checks no longer raise. Records the workbook leaves as they
   * were come back as the very same objects. Without it, the workbook is read on its own.
   */
  readonly base?: MapDocument;
  /** Makes an id for each row a client added without one: the app passes its UUID maker. */
  readonly newId: () => string;
  /** An ISO timestamp in UTC: when the assessment was created and changed, when there is no `base`. */
  readonly now: string;
}

export type ReimportResult =
  | { readonly ok: true; readonly document: MapDocument; readonly issues: readonly WorkbookIssue[] }
  | { readonly ok: false; readonly message: string };

/** Why a workbook that is not the app's own cannot be read back in. */
export const NOT_EXPORTED_MESSAGE = 'This is not a risk register exported by Integration Mapper: it has no Summary sheet with an Assessment ID, '
  + 'or no Systems and Integrations sheets with an ID column. Import it as a spreadsheet of integrations instead.';

/**
 * Rebuilds the assessment from an exported workbook: names and check settings from the Summary;
 * systems, flows, treatments and custom risks from the Systems, Integrations and Risk register
 * sheets, each matched to the app's record by its ID. A row without an ID is a new record; a
 * record whose row was deleted is gone from the result (show it with {@link describeWorkbookChanges}
 * and apply only on confirmation). Computed columns (severity, counts, highest open risk...) are ignored.
 *
 * Lenient, and says what it did: a cell it cannot read leaves the value as it was, a row it cannot
 * read (a duplicate or mangled ID, an unknown system name) leaves its record as it was, each with
 * an issue naming the cell. The result always passes `parseMap`.
 */
export function readExportedWorkbook(book: SheetBook, options: ReimportOptions): ReimportResult {
  const id = exportedAssessmentId(book);
  if (id === undefined) return { ok: false, message: NOT_EXPORTED_MESSAGE };
  const { base } = options;
  if (base && base.assessment.id !== id) {
    return { ok: false, message: `This workbook is about another assessment (ID ${id}), not "${base.assessment.name}".` };
  }
  const log = new IssueLog();
  const context: ReadContext = { base, newId: options.newId, log };
  const assessment = readSummary(book.sheets, base?.assessment ?? createAssessment({ id, now: options.now, name: '' }), log);
  const systems = readSystems(readTable(findSheet(book.sheets, SYSTEMS_SHEET)!, log), context);
  const flows = readFlows(readTable(findSheet(book.sheets, INTEGRATIONS_SHEET)!, log), systems, context);
  const map = documentFrom(assessment, systems, flows);

  const registerSheet = findSheet(book.sheets, REGISTER_SHEET);
  if (!registerSheet) log.warning(REGISTER_SHEET, undefined, `There is no ${REGISTER_SHEET} sheet, so treatments and risks were left as they were.`);
  const register = registerSheet
    ? readRegister(readTable(registerSheet, log), map, context)
    : { treatments: Object.values(base?.treatments ?? {}), risks: keptRisks(base, map) };
  const result = documentFrom(assessment, systems, flows, register);

  // The readers keep every record valid; this is the guard that the promise holds.
  const checked = parseMap(serializeMap(result));
  if (!checked.ok) return { ok: false, message: `The workbook could not be read back: ${checked.problems.map((p) => `${p.path}: ${p.message}`).slice(0, 3).join('; ')}` };
  return { ok: true, document: result, issues: log.issues };
}

/** The app's custom risks, naming only elements still on the map. */
function keptRisks(base: MapDocument | undefined, map: MapDocument) {
  return Object.values(base?.risks ?? {}).map((risk) => {
    const relatedIds = risk.relatedIds.filter((id) => id in map.systems || id in map.flows);
    return relatedIds.length === risk.relatedIds.length ? risk : { ...risk, relatedIds };
  });
}

/**
 * What a re-import would change, for the person confirming it: {@link describeDocumentChanges}
 * with findings named by their check's title.
 */
export function describeWorkbookChanges(before: MapDocument, after: MapDocument): DocumentChanges {
  return describeDocumentChanges(before, after, { checkTitle: (checkId) => checkById(checkId)?.title });
}
