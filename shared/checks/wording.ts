import { dayNumber, type IsoDate, type SystemRecord } from '../model';
import { DATA_TYPES, type Boundary, type DataType } from '../vocabulary';
import { systemName } from './context';

/** `a`, `a and b`, `a, b and c`: how findings list things in a sentence. */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A vocabulary label as it reads mid-sentence: "Employee / HR data" becomes "employee / HR data". */
export function midSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Each data type as it reads after "it carries": mostly its label, a noun added where the label is an adjective. */
const DATA_TYPE_WORDS = new Map<string, string>([
  ...DATA_TYPES.terms.map((term): [string, string] => [term.value, midSentence(term.label)]),
  ['internal-confidential', 'internal confidential information'],
  ['public', 'public information'],
  ['unknown', 'data nobody has identified yet'],
]);

/** The data types a flow carries, in words: "personal data and donor records". */
export function describeDataTypes(types: readonly DataType[]): string {
  return listOf(types.map((type) => DATA_TYPE_WORDS.get(type) ?? type));
}

/** Whole calendar months from `from` to `to`: 2025-01-31 to 2025-02-28 is 0, to 2025-03-01 is 1. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  return Number(to.slice(8, 10)) < Number(from.slice(8, 10)) ? months - 1 : months;
}

/** How long ago `date` was, as a person would say it: "40 days ago", "14 months ago", "3 years and 2 months ago". */
export function timeSince(date: IsoDate, today: IsoDate): string {
  const months = monthsBetween(date, today);
  if (months < 1) {
    const days = dayNumber(today) - dayNumber(date);
    return days === 1 ? 'yesterday' : `${days} days ago`;
  }
  if (months < 24) return `${plural(months, 'month')} ago`;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest === 0 ? `${years} years ago` : `${years} years and ${plural(rest, 'month')} ago`;
}

/** `1 month`, `3 months`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Who holds a system outside the organisation, as a finding says it. */
const HELD_BY: Partial<Record<Boundary, string>> = {
  vendor: 'run by a vendor',
  partner: 'run by a partner organisation',
  'former-partner': 'run by a former partner',
};

/** `"Mailchimp" (run by a vendor)`; just the quoted name for a system inside the organisation. */
export function describeSystem(system: SystemRecord): string {
  const holder = system.boundary === '' ? undefined : HELD_BY[system.boundary];
  return holder ? `"${systemName(system)}" (${holder})` : `"${systemName(system)}"`;
}
