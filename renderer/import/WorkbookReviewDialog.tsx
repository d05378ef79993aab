import { RECORD_KINDS, type DocumentChanges, type RecordChange, type RecordKind } from '../../shared/model';
import type { WorkbookIssue } from '../../shared/import/workbook-reimport';
import { Dialog, DialogActions } from '../ui/Dialog';
import { listedWorkbookIssue } from './ExportedWorkbookDialogs';
import { describeIssueCounts, IssueList } from './IssueList';

/** How many records each list shows before "and N more": a review of thousands is read in the workbook. */
const RECORDS_LISTED = 300;

const KIND_NAMES: Record<RecordKind, [string, string]> = {
  assessment: ['assessment detail', 'assessment details'],
  system: ['system', 'systems'],
  flow: ['flow', 'flows'],
  treatment: ['treatment', 'treatments'],
  risk: ['custom risk', 'custom risks'],
};

interface WorkbookReviewDialogProps {
  readonly fileName: string;
  readonly changes: DocumentChanges;
  readonly issues: readonly WorkbookIssue[];
  onApply(): void;
  onCancel(): void;
}

/** What an edited workbook would change in the open map, applied only when the user says so. */
export function WorkbookReviewDialog({ fileName, changes, issues, onApply, onCancel }: WorkbookReviewDialogProps) {
  return (
    <Dialog title={`Changes in ${fileName}`} onClose={onCancel} wide>
      <p role="status">
        {changes.empty ? 'The workbook changes nothing on this map.' : summarise(changes)}
        {issues.length > 0 ? ` Found ${describeIssueCounts(issues)} while reading it.` : ''}
      </p>
      <div className="import-changes import-issues">
        <ChangeSection title="Added" records={changes.added} />
        <ChangeSection title="Changed" records={changes.changed} />
        <ChangeSection title="Removed" records={changes.removed} />
      </div>
      <IssueList issues={issues.map(listedWorkbookIssue)} label="Problems found in the workbook" />
      <DialogActions>
        <button type="button" className="button" onClick={onCancel}>{changes.empty ? 'Close' : 'Cancel'}</button>
        {!changes.empty && <button type="button" className="button button--primary" onClick={onApply}>Apply changes</button>}
      </DialogActions>
    </Dialog>
  );
}

function ChangeSection({ title, records }: { readonly title: string; readonly records: readonly RecordChange[] }) {
  if (records.length === 0) return null;
  const shown = records.slice(0, RECORDS_LISTED);
  return (
    <section aria-label={title}>
      <h3>{title} ({records.length.toLocaleString('en-GB')})</h3>
      <ul>
        {shown.map((record) => (
          <li key={`${record.kind}:${record.id}`}>
            <strong>{capitalise(KIND_NAMES[record.kind][0])} &quot;{record.name}&quot;</strong>
            {title === 'Changed' && record.fields.length > 0 && (
              <ul>
                {record.fields.map((field) => (
                  <li key={field.key}>
                    {field.label}: <del>{field.before || '(blank)'}</del> → <ins>{field.after || '(blank)'}</ins>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {records.length > shown.length && <p className="field__help">…and {(records.length - shown.length).toLocaleString('en-GB')} more.</p>}
    </section>
  );
}

/** "Applying it adds 1 system, changes 3 flows and 2 treatments, and removes 1 flow." */
function summarise(changes: DocumentChanges): string {
  const phrase = (which: 'added' | 'changed' | 'removed') => inWords(RECORD_KINDS
    .filter((kind) => changes.counts[kind][which] > 0)
    .map((kind) => {
      const count = changes.counts[kind][which];
      return `${count.toLocaleString('en-GB')} ${KIND_NAMES[kind][count === 1 ? 0 : 1]}`;
    }), ' and ');
  const parts = ([['adds', 'added'], ['changes', 'changed'], ['removes', 'removed']] as const)
    .map(([verb, which]) => (phrase(which) ? `${verb} ${phrase(which)}` : ''))
    .filter(Boolean);
  // The comma before the last "and" keeps it apart from the "and" inside a phrase.
  return `Applying it ${inWords(parts, ', and ')}. You can undo it afterwards.`;
}

/** A list as a sentence reads it: "a, b{last}c". */
function inWords(items: readonly string[], last: string): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')}${last}${items[items.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

