import type { WorkbookIssue } from '../../shared/import/workbook-reimport';
import { flowList, systemList, type MapDocument } from '../../shared/model';
import type { AssessmentSummary } from '../persistence/repository';
import { Dialog, DialogActions } from '../ui/Dialog';
import { describeIssueCounts, IssueList, plural, type ListedIssue } from './IssueList';

/** A workbook this app exported, for an assessment not on this computer: import it as it is. */
export function ImportExportedWorkbookDialog({ fileName, document, issues, onImport, onCancel }: {
  readonly fileName: string;
  readonly document: MapDocument;
  readonly issues: readonly WorkbookIssue[];
  onImport(): void;
  onCancel(): void;
}) {
  return (
    <Dialog title={`Import ${fileName}`} onClose={onCancel} wide>
      <p role="status">
        This is the risk register of &quot;{document.assessment.name}&quot;, exported from Integration Mapper. Importing it
        creates that assessment here with {plural(systemList(document).length, 'system')}, {plural(flowList(document).length, 'flow')} and
        the treatments recorded in its risk register, keeping every ID. {issues.length > 0 ? `Found ${describeIssueCounts(issues)}.` : ''}
      </p>
      <IssueList issues={issues.map(listedWorkbookIssue)} label="Problems found in the workbook" />
      <DialogActions>
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
        <button type="button" className="button button--primary" onClick={onImport}>Import assessment</button>
      </DialogActions>
    </Dialog>
  );
}

/** A workbook this app exported, whose assessment is already here: its changes are reviewed in the editor. */
export function ReviewStoredWorkbookDialog({ fileName, stored, onReview, onCancel }: {
  readonly fileName: string;
  readonly stored: AssessmentSummary;
  onReview(): void;
  onCancel(): void;
}) {
  return (
    <Dialog title={`Update "${stored.name}"?`} onClose={onCancel}>
      <p>
        {fileName} is the risk register exported from &quot;{stored.name}&quot;, which is on this computer. Open it to see
        what the workbook changes (added, changed and removed rows, and treatments) before anything is applied.
      </p>
      <DialogActions>
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
        <button type="button" className="button button--primary" onClick={onReview}>Review changes</button>
      </DialogActions>
    </Dialog>
  );
}

export function listedWorkbookIssue(issue: WorkbookIssue): ListedIssue {
  return { severity: issue.severity, where: issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet, message: issue.message };
}
