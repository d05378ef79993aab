import { flowName, isOpenTreatment, normaliseName, severityRank, systemName, type Finding } from '../checks';
import { isGenericOwner, personNameOfAccount } from '../checks/rules/ownership';
import {
  flowList, riskList, systemList,
  type FlowId, type FlowRecord, type MapDocument, type RiskId, type SystemId,
} from '../model';
import { SEVERITIES, type CredentialLocation, type Severity } from '../vocabulary';

/**
 * Who owns what: each named owner with the systems, flows, credentials and custom risks they
 * own, and the open findings on them. It answers "what does this person own?" and is what the
 * walk-through for someone leaving hands over.
 */

export interface OwnedSystem {
  readonly id: SystemId;
  readonly name: string;
}

export interface OwnedFlow {
  readonly id: FlowId;
  /** Its own name, or "Source → Destination". */
  readonly name: string;
  /** The account it signs in as, as written; blank when none is recorded. */
  readonly account: string;
}

/**
 * An account the owner's flows sign in with. Credentials have no owner field of their own:
 * whoever owns the flows that use one answers for it, so it changes hands with them.
 */
export interface OwnedCredential {
  /** The account as first written on those flows, e.g. "svc-sync". */
  readonly account: string;
  /** Where it is kept, every distinct answer on those flows, blank left out. */
  readonly storedIn: readonly CredentialLocation[];
  /** The exact places, in the assessor's words, each once. */
  readonly storedDetails: readonly string[];
  /** The owner's flows that sign in with it. */
  readonly flowIds: readonly FlowId[];
  /**
   * It is the owner's own account: their name, or their name as an email or a user name
   * ("jo.bloggs@charity.org"), as the orphaned check reads accounts. It stops working when they go.
   */
  readonly personal: boolean;
}

export interface OwnedRisk {
  readonly id: RiskId;
  readonly title: string;
  /** Still needs action: unchecked, in discussion or in progress. */
  readonly open: boolean;
}

/** The open findings on someone's systems and flows (treated ones left out). */
export interface OpenFindings {
  readonly total: number;
  /** The most severe of them; undefined when there are none. */
  readonly worst: Severity | undefined;
  /** How many of each severity, every severity present (0 when none). */
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** The findings themselves, most severe first. */
  readonly list: readonly Finding[];
}

/** What one owner (or nobody) holds. Each list is sorted by name. */
export interface Holdings {
  readonly systems: readonly OwnedSystem[];
  readonly flows: readonly OwnedFlow[];
  readonly credentials: readonly OwnedCredential[];
  readonly risks: readonly OwnedRisk[];
  readonly openFindings: OpenFindings;
}

export interface Owner extends Holdings {
  /** The name with case, spacing and punctuation ignored: how the checks compare owners. */
  readonly key: string;
  /** The spelling written most often (the first seen on a tie). */
  readonly name: string;
  /** Every spelling written, most used first: "Jo Bloggs", "jo bloggs". */
  readonly spellings: readonly string[];
  /** Listed among the people who have left: everything here is orphaned. */
  readonly left: boolean;
  /** False for a team, a mailbox or "unknown", which the no-owner check counts as nobody. */
  readonly named: boolean;
}

export interface Ownership {
  /** One entry per owner, sorted by name. */
  readonly owners: readonly Owner[];
  /** What has no owner written at all. */
  readonly unowned: Holdings;
}

/**
 * Groups the map's systems, flows and custom risks by owner. Names are grouped the way the
 * ownership checks compare them ({@link normaliseName}: "Jo  Bloggs" and "jo bloggs" are one
 * person). With `findings` (a run of the checks on this `doc`), each owner's open findings are
 * counted; without, every count is 0.
 */
export function ownersOf(doc: MapDocument, findings: readonly Finding[] = []): Ownership {
  const leavers = new Set(doc.assessment.settings.leavers.map(normaliseName));
  const holders = new Map<string, Holder>();
  const unowned = new Holder('');
  const holderOf = (owner: string): Holder => {
    const key = normaliseName(owner);
    if (key === '') return unowned;
    let holder = holders.get(key);
    if (!holder) holders.set(key, (holder = new Holder(key)));
    holder.spelt(owner);
    return holder;
  };

  // Which holder each element's findings go to.
  const holderOfElement = new Map<string, Holder>();
  for (const system of systemList(doc)) {
    const holder = holderOf(system.owner);
    holder.systems.push({ id: system.id, name: systemName(system) });
    holderOfElement.set(system.id, holder);
  }
  for (const flow of flowList(doc)) {
    const holder = holderOf(flow.owner);
    holder.addFlow(flow, flowLabel(doc, flow));
    holderOfElement.set(flow.id, holder);
  }
  for (const risk of riskList(doc)) {
    holderOf(risk.owner).risks.push({ id: risk.id, title: risk.title.trim() || 'Untitled risk', open: isOpenTreatment(risk) });
  }

  const closed = new Set<string>();
  for (const id in doc.treatments) if (!isOpenTreatment(doc.treatments[id as keyof MapDocument['treatments']]!)) closed.add(id);
  for (const finding of findings) {
    // A finding's id is built when first read: only read it when some treatment could close it.
    if (closed.size > 0 && closed.has(finding.id)) continue;
    holderOfElement.get(finding.elementId)?.findings.push(finding);
  }

  const owners = sortedByName([...holders.values()].map((holder) => holder.owner(leavers.has(holder.key))), (owner) => owner.name);
  return { owners, unowned: unowned.holdings() };
}

/** True when two owner names are the same person as the checks compare them (blank is nobody). */
export function sameOwner(a: string, b: string): boolean {
  const key = normaliseName(a);
  return key !== '' && key === normaliseName(b);
}

/** An owner's name as stored: trimmed, each run of spaces one space. */
export function tidyName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/**
 * Whether `account` is the person whose normalised name is `ownerKey`: "Jo Bloggs" signs in as
 * "Jo Bloggs", "jo.bloggs@charity.org" or "jo_bloggs", as the orphaned check reads accounts.
 */
export function isAccountOf(account: string, ownerKey: string): boolean {
  if (ownerKey === '' || account.trim() === '') return false;
  if (normaliseName(account) === ownerKey) return true;
  // Any match holds the name's first word as written: most accounts are ruled out without
  // making (and memoising) a new string for each, which would crowd the checks' name memo.
  if (!account.toLowerCase().includes(ownerKey.split(' ', 1)[0]!)) return false;
  return normaliseName(personNameOfAccount(account)) === ownerKey;
}

/**
 * Sorts by name, case ignored, in code-point order. Not a locale collator: a list of 20,000
 * flows is sorted after every edit while the Owners tab is open, and comparing lower-case
 * copies is several times faster. A tie keeps map order.
 */
function sortedByName<T>(items: T[], nameOf: (item: T) => string): T[] {
  if (items.length < 2) return items;
  const keyed = items.map((item, at) => ({ item, at, key: nameOf(item).toLowerCase() }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.at - b.at));
  return keyed.map(({ item }) => item);
}

const SEVERITY_VALUES = SEVERITIES.terms.map((term) => term.value);

function flowLabel(doc: MapDocument, flow: FlowRecord): string {
  const source = doc.systems[flow.sourceId];
  const target = doc.systems[flow.targetId];
  if (source && target) return flowName({ flow, source, target });
  return flow.name.trim() || 'Unnamed data flow';
}

/** A credential while the map is walked. Arrays, not sets: a map has thousands, most with one flow and one answer. */
interface CredentialDraft {
  readonly account: string;
  readonly storedIn: CredentialLocation[];
  readonly storedDetails: string[];
  readonly flowIds: FlowId[];
}

/** One owner's holdings while the map is walked. */
class Holder {
  readonly systems: OwnedSystem[] = [];
  readonly flows: OwnedFlow[] = [];
  readonly risks: OwnedRisk[] = [];
  readonly findings: Finding[] = [];
  private readonly credentials = new Map<string, CredentialDraft>();
  private readonly spellings = new Map<string, number>();

  constructor(readonly key: string) {}

  spelt(owner: string): void {
    const spelling = tidyName(owner);
    this.spellings.set(spelling, (this.spellings.get(spelling) ?? 0) + 1);
  }

  addFlow(flow: FlowRecord, name: string): void {
    this.flows.push({ id: flow.id, name, account: flow.account });
    const account = normaliseName(flow.account);
    if (account === '') return;
    let credential = this.credentials.get(account);
    if (!credential) {
      credential = { account: flow.account.trim(), storedIn: [], storedDetails: [], flowIds: [] };
      this.credentials.set(account, credential);
    }
    credential.flowIds.push(flow.id);
    const location = flow.credentialLocation;
    if (location !== '' && !credential.storedIn.includes(location)) credential.storedIn.push(location);
    const detail = flow.credentialLocationDetail.trim();
    if (detail !== '' && !credential.storedDetails.includes(detail)) credential.storedDetails.push(detail);
  }

  holdings(): Holdings {
    const credentials: OwnedCredential[] = [...this.credentials.values()].map((draft) => ({ ...draft, personal: isAccountOf(draft.account, this.key) }));
    return {
      systems: sortedByName(this.systems, (system) => system.name),
      flows: sortedByName(this.flows, (flow) => flow.name),
      credentials: sortedByName(credentials, (credential) => credential.account),
      risks: sortedByName(this.risks, (risk) => risk.title),
      openFindings: countOpen(this.findings),
    };
  }

  owner(left: boolean): Owner {
    // Most used first; a stable sort keeps the first seen ahead on a tie.
    const spellings = [...this.spellings].sort((a, b) => b[1] - a[1]).map(([spelling]) => spelling);
    const name = spellings[0]!;
    return { key: this.key, name, spellings, left, named: !isGenericOwner(name), ...this.holdings() };
  }
}

/** Counts by severity and lists most severe first, in one pass: an owner of a large map may have 100,000. */
function countOpen(findings: readonly Finding[]): OpenFindings {
  const buckets = SEVERITY_VALUES.map((): Finding[] => []);
  for (const finding of findings) buckets[severityRank(finding.severity)]?.push(finding);
  const bySeverity = Object.fromEntries(SEVERITY_VALUES.map((severity, rank) => [severity, buckets[rank]!.length])) as Record<Severity, number>;
  const list = buckets.reverse().flat();
  return { total: list.length, worst: list[0]?.severity, bySeverity, list };
}
