import type { Holdings, OpenFindings, OwnedCredential, Owner } from '../../shared/owners';
import { CREDENTIAL_LOCATIONS, labelOf, SEVERITIES } from '../../shared/vocabulary';

/**
 * The Owners tab's words and search, as pure functions: kept apart from React so they can be
 * tested, and so searching a thousand owners is one pass over plain objects.
 */

/** The Owners tab's heading, where focus goes once a hand-over is done. */
export const OWNERS_HEADING_ID = 'owners-panel-heading';

/** "1 system · 2 flows · 1 credential", or "Owns nothing" (the no-owner bucket once all are owned). */
export function holdingsSummary(holdings: Holdings): string {
  const parts = [
    count(holdings.systems.length, 'system'),
    count(holdings.flows.length, 'flow'),
    count(holdings.credentials.length, 'credential'),
    count(holdings.risks.length, 'custom risk'),
  ].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join(' · ') : 'Owns nothing';
}

/** "3 open findings: 1 high, 2 medium" (most severe first), or "No open findings". */
export function findingsSummary(open: OpenFindings): string {
  if (open.total === 0) return 'No open findings';
  const bySeverity = [...SEVERITIES.terms].reverse()
    .filter((term) => open.bySeverity[term.value] > 0)
    .map((term) => `${NUMBER.format(open.bySeverity[term.value])} ${term.label.toLowerCase()}`);
  return `${count(open.total, 'open finding')}: ${bySeverity.join(', ')}`;
}

/** "1 system", "2 flows"; undefined for none, which summaries leave out. */
export function count(n: number, noun: string): string | undefined {
  if (n === 0) return undefined;
  return `${NUMBER.format(n)} ${n === 1 ? noun : `${noun}s`}`;
}

const NUMBER = new Intl.NumberFormat();

/**
 * The owners whose name (any spelling), or the name of anything they own, contains `query`
 * (case ignored). A blank query keeps everyone.
 */
export function searchOwners(owners: readonly Owner[], query: string): readonly Owner[] {
  const words = query.trim().toLowerCase();
  if (words === '') return owners;
  const has = (text: string) => text.toLowerCase().includes(words);
  return owners.filter((owner) => owner.spellings.some(has) || owner.systems.some((s) => has(s.name))
    || owner.flows.some((f) => has(f.name)) || owner.credentials.some((c) => has(c.account)) || owner.risks.some((r) => has(r.title)));
}

/** What the list says above itself, e.g. "4 owners; 1 has left." or "2 of 4 owners match." */
export function listSummary(all: readonly Owner[], shown: readonly Owner[]): string {
  if (all.length === 0) return 'Nobody is named as an owner yet.';
  const owners = count(all.length, 'owner')!;
  if (shown.length === 0) return `None of the ${owners} matches.`;
  if (shown.length < all.length) return `${NUMBER.format(shown.length)} of ${owners} ${shown.length === 1 ? 'matches' : 'match'}.`;
  const left = all.filter((owner) => owner.left).length;
  return left === 0 ? `${owners}.` : `${owners}; ${NUMBER.format(left)} ${left === 1 ? 'has' : 'have'} left.`;
}

/** The button that opens the hand-over for an owner, worded for who they are. */
export function handOverLabel(owner: Owner): string {
  if (!owner.named) return 'Give these a named owner…';
  return owner.left ? 'Hand over what they own…' : 'This person is leaving…';
}

/** The hand-over dialog's title, which is also its accessible name. */
export function handOverTitle(owner: Owner): string {
  if (!owner.named) return `Give what “${owner.name}” owns to a person`;
  return owner.left ? `${owner.name} has left` : `${owner.name} is leaving`;
}

/** Where a credential is kept and how many flows use it, e.g. "in Spreadsheet / document (HR share) · 2 flows". */
export function credentialSummary(credential: OwnedCredential): string {
  const where = credential.storedIn.map((location) => labelOf(CREDENTIAL_LOCATIONS, location)).join(', ') || 'storage not recorded';
  const details = credential.storedDetails.length > 0 ? ` (${credential.storedDetails.join('; ')})` : '';
  return `${credential.storedIn.length > 0 ? 'in ' : ''}${where}${details} · ${count(credential.flowIds.length, 'flow')}`;
}
