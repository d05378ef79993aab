import { useState } from 'react';
import { actionLabel, authorOf, elementLabel, type RecordedChange } from '../../shared/model';
import type { LoadedChangeRecord } from '../persistence/repository';
import { formatLastChanged } from '../ui/format';
import { groupByElement } from './history-view';

/** How many elements a record lists before "Show all"; a Tidy layout can move thousands of systems. */
const ELEMENTS_SHOWN = 5;
/** The most elements one record ever lists here; the Change log sheet has every one. */
const ELEMENTS_AT_MOST = 500;

interface HistoryListProps {
  readonly records: readonly LoadedChangeRecord[];
  /** Leaves out the element's name: the list is about one element (the inspector's). */
  readonly oneElement?: boolean;
}

/** History records, newest first: what was done, by whom and when, and each field's old and new value. */
export function HistoryList({ records, oneElement = false }: HistoryListProps) {
  return (
    <ol className="history-list">
      {records.map((record) => <HistoryItem key={record.key} record={record} oneElement={oneElement} />)}
    </ol>
  );
}

function HistoryItem({ record, oneElement }: { record: LoadedChangeRecord; oneElement: boolean }) {
  const [expanded, setExpanded] = useState(false);
  const groups = groupByElement(record.changes);
  const shown = groups.slice(0, expanded ? ELEMENTS_AT_MOST : ELEMENTS_SHOWN);
  return (
    <li className="history-record">
      <p className="history-record__head">
        <span className={`history-record__action history-record__action--${record.action}`}>{actionLabel(record)}</span>
        {' '}<span className="history-record__meta">by {authorOf(record)}, <time dateTime={record.at}>{formatLastChanged(record.at)}</time></span>
      </p>
      <ul className="history-record__changes">
        {shown.map(({ key, first, fields }) => (
          <li key={key}>
            {!oneElement && <span className="history-record__element">{elementLabel(first)}</span>}
            {first.type !== 'changed' && <span className="history-record__type"> {first.type === 'added' ? '(added)' : '(removed)'}</span>}
            {fields.length > 0 && (
              <ul className="history-record__fields">
                {fields.map((change) => <FieldChangeLine key={change.field} change={change} />)}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {groups.length > ELEMENTS_SHOWN && (
        <button type="button" className="link-button history-record__toggle" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show all ${groups.length.toLocaleString()} changed`}
        </button>
      )}
      {expanded && groups.length > ELEMENTS_AT_MOST && (
        <p className="history-record__note">The first {ELEMENTS_AT_MOST} are listed; the Change log sheet of the exported register has every one.</p>
      )}
    </li>
  );
}

/** "Owner: (blank) → Priya", old value struck through for sighted readers and named for screen readers. */
function FieldChangeLine({ change }: { change: RecordedChange }) {
  return (
    <li className="history-change">
      <span className="history-change__label">{change.label}:</span>{' '}
      <del className="history-change__before"><span className="visually-hidden">was </span>{shownValue(change.before)}</del>
      <span aria-hidden="true"> → </span>
      <ins className="history-change__after"><span className="visually-hidden">, now </span>{shownValue(change.after)}</ins>
    </li>
  );
}

function shownValue(value: string): string {
  return value === '' ? '(blank)' : value;
}
