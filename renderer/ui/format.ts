/** "1 system", "3 data flows". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

const LAST_CHANGED = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A stored UTC timestamp as the reader's local date and time, e.g. "5 Mar 2026, 14:30". */
export function formatLastChanged(timestamp: string): string {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? 'Unknown' : LAST_CHANGED.format(date);
}

/** "3 systems and 2 data flows", leaving out a kind there are none of; '' when both are 0. */
export function describeCounts(systemCount: number, flowCount: number): string {
  return [
    systemCount > 0 ? countOf(systemCount, 'system', 'systems') : '',
    flowCount > 0 ? countOf(flowCount, 'data flow', 'data flows') : '',
  ].filter(Boolean).join(' and ');
}

/** What deleting an assessment destroys, in words, e.g. "it and its 3 systems and 2 data flows". */
export function describeContents(systemCount: number, flowCount: number): string {
  const counts = describeCounts(systemCount, flowCount);
  return counts ? `it and its ${counts}` : 'it';
}
