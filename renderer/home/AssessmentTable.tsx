import type { AssessmentSummary } from '../persistence/repository';
import { formatRoute } from '../app/routing';
import { formatLastChanged } from '../ui/format';

export type RowAction = 'rename' | 'duplicate' | 'delete';

interface AssessmentTableProps {
  readonly summaries: readonly AssessmentSummary[];
  onAction(action: RowAction, summary: AssessmentSummary): void;
}

/** Every stored assessment, most recently changed first, with what can be done to each. */
export function AssessmentTable({ summaries, onAction }: AssessmentTableProps) {
  return (
    <table className="assessment-table">
      <caption className="visually-hidden">Stored assessments, most recently changed first</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Organisation</th>
          <th scope="col">Assessor</th>
          <th scope="col">Last changed</th>
          <th scope="col" className="numeric">Systems</th>
          <th scope="col" className="numeric">Data flows</th>
          <th scope="col"><span className="visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {summaries.map((summary) => (
          <AssessmentRow key={summary.id} summary={summary} onAction={onAction} />
        ))}
      </tbody>
    </table>
  );
}

interface AssessmentRowProps {
  readonly summary: AssessmentSummary;
  onAction(action: RowAction, summary: AssessmentSummary): void;
}

function AssessmentRow({ summary, onAction }: AssessmentRowProps) {
  const { id, name, organisation, assessor, updatedAt, systemCount, flowCount } = summary;
  return (
    <tr>
      <th scope="row">
        {/* A real link: it can be opened with the keyboard, and its address is the assessment's route. */}
        <a href={formatRoute({ name: 'assessment', id })} aria-label={`Open ${name}`}>{name}</a>
      </th>
      <td>{organisation || <span className="muted">Not given</span>}</td>
      <td>{assessor || <span className="muted">Not given</span>}</td>
      <td><time dateTime={updatedAt}>{formatLastChanged(updatedAt)}</time></td>
      <td className="numeric">{systemCount}</td>
      <td className="numeric">{flowCount}</td>
      <td>
        <div className="row-actions">
          <button type="button" className="button button--small" aria-label={`Rename ${name}`}
            onClick={() => onAction('rename', summary)}>Rename</button>
          <button type="button" className="button button--small" aria-label={`Duplicate ${name}`}
            onClick={() => onAction('duplicate', summary)}>Duplicate</button>
          <button type="button" className="button button--small button--danger-quiet" aria-label={`Delete ${name}`}
            onClick={() => onAction('delete', summary)}>Delete</button>
        </div>
      </td>
    </tr>
  );
}
