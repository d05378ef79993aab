import { compareEntries, registerEntries, worstOpenSeverityByElement, type Finding } from '../checks';
import { isIsoDate, type ChangeRecord, type IsoDate, type MapDocument } from '../model';
import { changeLogSheet } from './change-log-sheet';
import { checksSheet } from './checks-sheet';
import { integrationsSheet, systemsSheet } from './inventory';
import { legendSheet, listsSheet } from './lists';
import type { WorkbookModel } from './model';
import { registerSheet } from './register-sheet';
import { summarySheet } from './summary-sheet';

export interface RegisterWorkbookOptions {
  /** The day the register is as of: shown on the Summary and used as the file's dates. */
  readonly today: IsoDate;
  /** The assessment's change history, oldest first, for the Change log sheet; none when not given. */
  readonly history?: readonly ChangeRecord[];
}

/**
 * The risk register workbook a consultant hands over, laid out but not yet written: Summary,
 * Integrations, Systems, Risk register, Checks, Change log, Legend and Lists. `findings` are the checks' results
 * for `doc` as of `options.today` (from `runChecks`). Pure and deterministic; linear in the map's
 * size apart from sorting. Write it with `writeXlsx` from `io/xlsx/write-workbook`.
 */
export function buildRegisterWorkbook(doc: MapDocument, findings: readonly Finding[], options: RegisterWorkbookOptions): WorkbookModel {
  const { today, history = [] } = options;
  if (!isIsoDate(today)) throw new Error(`The register needs today's date as YYYY-MM-DD, not "${today}"`);
  const entries = registerEntries(doc, findings).sort(compareEntries);
  const worst = worstOpenSeverityByElement(doc, findings);
  const tables = [integrationsSheet(doc, worst), systemsSheet(doc, worst), registerSheet(doc, entries), checksSheet(), changeLogSheet(history)];
  const { assessment } = doc;
  return {
    properties: {
      title: `${assessment.name} risk register`.trim(),
      subject: assessment.organisation === '' ? 'Integration risk register' : `Integration risk register for ${assessment.organisation}`,
      creator: assessment.assessor === '' ? 'Integration Mapper' : assessment.assessor,
      created: today,
    },
    sheets: [summarySheet(doc, entries, today), ...tables, legendSheet(tables), listsSheet()],
  };
}
