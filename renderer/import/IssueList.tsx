/** One problem as the import dialogs list it: where, how bad, and what was done. */
export interface ListedIssue {
  readonly severity: 'warning' | 'error';
  /** Where, as a spreadsheet user finds it: "Integrations!D7", "D7", or blank for the whole sheet. */
  readonly where: string;
  readonly message: string;
}

/** How many issues are listed before "and N more": enough to act on, few enough to render at once. */
export const ISSUES_LISTED = 200;

/** Errors first (rows left out), then warnings (rows imported with a guess), each in sheet order. */
export function IssueList({ issues, label }: { readonly issues: readonly ListedIssue[]; readonly label: string }) {
  if (issues.length === 0) return null;
  const ordered = [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity === 'warning')];
  const shown = ordered.slice(0, ISSUES_LISTED);
  return (
    <div className="import-issues">
      <table className="import-table" aria-label={label}>
        <thead>
          <tr><th scope="col">Cell</th><th scope="col">Problem</th><th scope="col">What happened</th></tr>
        </thead>
        <tbody>
          {shown.map((issue, i) => (
            <tr key={i} className={`import-issue import-issue--${issue.severity}`}>
              <td>{issue.where || 'Sheet'}</td>
              <td>{issue.severity === 'error' ? 'Error' : 'Warning'}</td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {ordered.length > shown.length && <p className="field__help">…and {(ordered.length - shown.length).toLocaleString('en-GB')} more.</p>}
    </div>
  );
}

/** Counts as a sentence: "2 errors and 1 warning". */
export function describeIssueCounts(issues: ReadonlyArray<Pick<ListedIssue, 'severity'>>): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const parts = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean);
  return parts.length ? parts.join(' and ') : 'no problems';
}

export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-GB')} ${noun}${count === 1 ? '' : 's'}`;
}
