import type { ImportIssue } from '../../shared/import/import-issue';
import { Dialog, DialogActions } from '../ui/Dialog';
import { TextField } from '../ui/TextField';
import { ColumnMappingTable } from './ColumnMappingTable';
import { describeIssueCounts, IssueList, plural, type ListedIssue } from './IssueList';
import type { InventoryStep, NewAssessmentFields } from './use-spreadsheet-import';

interface InventoryImportDialogProps {
  readonly step: InventoryStep;
  /** Set while the worker reads the rows: what it is doing. */
  readonly busy?: string;
  onChange(changes: Partial<Pick<InventoryStep, 'sheetIndex' | 'mapping' | 'details'>>): void;
  onPreview(): void;
  onImport(): void;
  onCancel(): void;
}

/**
 * Importing an inventory: check the proposed column mapping and name the assessment, preview
 * what the rows make (with every problem by cell), then import. Nothing is stored before Import.
 */
export function InventoryImportDialog({ step, busy, onChange, onPreview, onImport, onCancel }: InventoryImportDialogProps) {
  const { preview } = step;
  const setDetail = (key: keyof NewAssessmentFields) => (value: string) => onChange({ details: { ...step.details, [key]: value } });
  return (
    <Dialog title={`Import ${step.fileName}`} onClose={onCancel} wide>
      {step.notices.map((notice) => <p key={notice} className="notice">{notice}</p>)}
      <p className="field__help">
        Each row becomes a data flow, and each system named as a source or destination becomes a system on the map.
        Check where each column goes; a column kept in notes is added to each flow&apos;s notes as &quot;Header: value&quot;.
      </p>
      {/* Read-only while a preview is worked out, so a change cannot be lost when the preview arrives. */}
      <fieldset className="import-fieldset" disabled={Boolean(busy)}>
        {step.sheets.length > 1 && (
          <div className="field">
            <label className="field__label" htmlFor="import-sheet">Sheet</label>
            <select id="import-sheet" className="field__input" value={step.sheetIndex} onChange={(e) => onChange({ sheetIndex: Number(e.target.value) })}>
              {step.sheets.map((sheet, i) => <option key={i} value={i}>{sheet.name} ({plural(sheet.dataRows, 'row')})</option>)}
            </select>
          </div>
        )}
        <div className="import-details">
          <TextField label="Assessment name" value={step.details.name} maxLength={200} onChange={setDetail('name')} />
          <TextField label="Organisation" value={step.details.organisation} maxLength={200} onChange={setDetail('organisation')} />
          <TextField label="Assessor" value={step.details.assessor} maxLength={200} onChange={setDetail('assessor')} />
        </div>
        <ColumnMappingTable mapping={step.mapping} samples={step.samples} onChange={(mapping) => onChange({ mapping })} />
      </fieldset>

      {preview && (
        <section aria-label="Preview" className="import-preview">
          <h3>Preview</h3>
          <p role="status">
            {plural(preview.rowsRead, 'row')} read: {plural(preview.rowsImported, 'flow')} between{' '}
            {plural(Object.keys(preview.document.systems).length, 'system')} will be created
            {preview.rowsSkipped > 0 ? `; ${plural(preview.rowsSkipped, 'row')} will be left out` : ''}.
            {' '}{preview.issues.length > 0 ? `Found ${describeIssueCounts(preview.issues)}.` : 'No problems found.'}
          </p>
          <IssueList issues={preview.issues.map(listedImportIssue)} label="Problems found in the rows" />
        </section>
      )}
      {busy && <p role="status" className="notice">{busy}</p>}

      <DialogActions>
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
        {preview && preview.rowsImported > 0 ? (
          <button type="button" className="button button--primary" disabled={Boolean(busy)} onClick={onImport}>
            Import {plural(preview.rowsImported, 'flow')}
          </button>
        ) : (
          <button type="button" className="button button--primary" disabled={Boolean(busy)} onClick={onPreview}>Preview</button>
        )}
      </DialogActions>
    </Dialog>
  );
}

function listedImportIssue(issue: ImportIssue): ListedIssue {
  return { severity: issue.severity, where: issue.cell, message: issue.message };
}
