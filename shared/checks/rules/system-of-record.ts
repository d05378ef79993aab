import type { SystemRecord } from '../../model';
import type { SystemKind } from '../../vocabulary';
import { FIRES, type Check, type MapHit } from '../check';
import { endsOf, flowName, systemName } from '../context';
import { SOURCES } from '../sources';
import { listOf } from '../wording';

/** One thing a system is the authoritative source for: `key` is how it is compared, `text` how it was written. */
export interface AuthoritativeClaim {
  readonly key: string;
  readonly text: string;
}

/** Answers that claim nothing. */
const NO_CLAIM = new Set(['unknown', 'none', 'n a', 'na', 'nothing', 'tbc', 'tbd']);
const NO_CLAIMS: readonly AuthoritativeClaim[] = [];
const parsed = new WeakMap<SystemRecord, readonly AuthoritativeClaim[]>();

/**
 * What a system says it is the authoritative source for, split into separate claims:
 * "Donor records; Gift Aid declarations and  donor records" gives "donor records" and
 * "gift aid declarations" once each. Case, spacing and punctuation are ignored when comparing.
 * Remembered per record (records never change), so re-running the checks parses nothing twice.
 */
export function authoritativeClaims(system: SystemRecord): readonly AuthoritativeClaim[] {
  const text = system.authoritativeFor;
  if (text.trim() === '') return NO_CLAIMS;
  const known = parsed.get(system);
  if (known) return known;
  const claims: AuthoritativeClaim[] = [];
  for (const part of text.split(/[,;\n&+]|\band\b/i)) {
    const key = part.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^(?:the|all) /, '');
    if (key !== '' && !NO_CLAIM.has(key) && !claims.some((claim) => claim.key === key)) claims.push({ key, text: part.trim() });
  }
  parsed.set(system, claims);
  return claims;
}

const lastHits = new WeakMap<SystemRecord, MapHit>();

/** Systems whose records other systems rely on: a bad write into them spreads everywhere. */
const RECORD_KEEPERS: ReadonlySet<SystemKind | ''> = new Set<SystemKind>(['crm', 'finance', 'hr', 'payments']);

/** A CRM, finance, HR or payments system recorded as the authoritative source for something. */
function isSystemOfRecord(system: SystemRecord): boolean {
  return RECORD_KEEPERS.has(system.kind) && authoritativeClaims(system).length > 0;
}

export const twoWayIntoSystemOfRecord: Check = {
  id: 'two-way-into-system-of-record',
  title: 'Two-way sync writes into a system of record',
  condition: 'A flow syncs both ways with a CRM, finance, HR or payments system that is recorded as the authoritative source for some data.',
  likelihood: 'possible',
  impact: 'major',
  raisedByExposure: true,
  why: 'The system of record is the copy everyone trusts. A two-way sync lets a mistake, a bad import or a bug in the other system overwrite it, and from there the error spreads to every report, Gift Aid claim and mailing that relies on it.',
  whatToDo: 'Make the flow one-way out of the system of record where you can. Where the other system must write back, limit it to the few fields it owns, test changes first, and make sure the system of record keeps a history of changes.',
  reference: `${SOURCES.toolSecurity} ("a bi-directional sync that writes into CRM or billing"); ${SOURCES.planning} (define the authoritative source for each type of information)`,
  inspectFlow: (view) => (view.flow.direction === 'two-way' && (isSystemOfRecord(view.source) || isSystemOfRecord(view.target)) ? FIRES : null),
  describeFlow: (view) => {
    const described = endsOf(view)
      .filter(isSystemOfRecord)
      .map((end) => `"${systemName(end)}", the system of record for "${end.authoritativeFor.trim()}"`);
    return `The flow "${flowName(view)}" syncs both ways and writes into ${listOf(described)}.`;
  },
};

export const conflictingSystemOfRecord: Check = {
  id: 'conflicting-system-of-record',
  title: 'Two systems claim the same data',
  condition: 'Two or more systems in use both say they are the authoritative source for the same data.',
  likelihood: 'likely',
  impact: 'minor',
  raisedByExposure: true,
  why: 'When two systems both count as the master copy, they drift apart: a donor updates their address in one, the other keeps the old one, and nobody knows which is right. Integrations then copy the wrong version over the right one.',
  whatToDo: 'Agree which one system is the authoritative source for this data, and record it only there. Make the other a copy that is updated from it, or stop keeping the data there.',
  reference: `${SOURCES.planning} ("define which system is the authoritative source for each type of information"; poor data governance spreads "inaccurate or conflicting data")`,
  inspectMap: (context) => {
    const claimants = new Map<string, SystemRecord[]>();
    for (const system of context.systems) {
      if (system.status === 'decommissioned') continue;
      for (const claim of authoritativeClaims(system)) {
        const group = claimants.get(claim.key);
        if (group) group.push(system);
        else claimants.set(claim.key, [system]);
      }
    }
    // Each system in a conflict, once, in map order, with every claim it shares and who shares it.
    const hits: MapHit[] = [];
    for (const system of context.systems) {
      if (system.status === 'decommissioned') continue;
      const shared: string[] = [];
      for (const claim of authoritativeClaims(system)) {
        const group = claimants.get(claim.key)!;
        if (group.length > 1) shared.push(`"${claim.text}" (${describeClaimants(group, system)})`);
      }
      if (shared.length === 0) continue;
      // Worked out now, not when asked: few systems conflict, and the words tell whether anything changed.
      const detail = `The system "${systemName(system)}" is recorded as the authoritative source for ${listOf(shared)}.`;
      // The same hit object as last run when nothing changed, so the runner can keep its finding.
      const known = lastHits.get(system);
      const hit = known?.describe() === detail ? known : { elementKind: 'system' as const, elementId: system.id, describe: () => detail };
      lastHits.set(system, hit);
      hits.push(hit);
    }
    return hits;
  },
};

/** `as is "Beacon"` or `as are "Beacon" and 2 other systems`: named without listing a long group. */
function describeClaimants(group: readonly SystemRecord[], self: SystemRecord): string {
  const first = group[0] === self ? group[1]! : group[0]!;
  const more = group.length - 2;
  return more === 0 ? `as is "${systemName(first)}"` : `as are "${systemName(first)}" and ${more} other system${more === 1 ? '' : 's'}`;
}
