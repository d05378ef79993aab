import { SYSTEM_STATUSES, labelOf, type SystemStatus } from '../../vocabulary';
import { FIRES, type Check, type FlowView } from '../check';
import { endsOf, flowName, normaliseName, remember, systemName, type CheckContext } from '../context';
import { SOURCES } from '../sources';
import { listOf, midSentence } from '../wording';

/**
 * Words that name a team, a mailbox or nobody rather than a person. An owner written like this
 * is no owner: when something goes wrong, nobody in particular is responsible.
 */
const GENERIC_OWNER = /^(?:|n\/?a|none|nobody|unknown|tbc|tbd|\?+|it|ict|admin|administrator|everyone|all staff|staff|shared|various)$|\b(?:team|dept|department|group|office|mailbox|helpdesk|help desk|service desk|support|committee|board)\b|^(?:info|admin|it|office|support|hello|enquiries|finance|hr|accounts|team|contact|noreply|no-reply)@/;

/** True when `owner` names no particular person: blank, "IT team", "info@charity.org", "unknown". */
export function isGenericOwner(owner: string): boolean {
  let generic = genericOwners.get(owner);
  if (generic === undefined) {
    generic = GENERIC_OWNER.test(normaliseName(owner)) || GENERIC_OWNER.test(owner.trim().toLowerCase());
    remember(genericOwners, owner, generic);
  }
  return generic;
}

/** The same few owners run many flows: each is judged once. */
const genericOwners = new Map<string, boolean>();

export const noOwner: Check = {
  id: 'no-owner',
  title: 'No named owner',
  condition: 'A flow or system has no named owner: the owner is blank, or a team, a shared mailbox or "unknown".',
  likelihood: 'likely',
  impact: 'minor',
  raisedByExposure: true,
  why: 'When nobody in particular owns an integration, nobody notices when it breaks, leaks data or outlives its purpose, and nobody can say whether it is still needed.',
  whatToDo: 'Agree one named person (not a team or a shared mailbox) who is responsible for it, and write their name in Owner.',
  reference: `${SOURCES.mapping} (risk register: every integration needs a named owner); CIS Controls v8 safeguard 5.5`,
  inspectFlow: ({ flow }) => (isGenericOwner(flow.owner) ? FIRES : null),
  describeFlow: (view) => `The flow "${flowName(view)}" has ${describeOwner(view.flow.owner)}.`,
  inspectSystem: (system) => (isGenericOwner(system.owner) ? FIRES : null),
  describeSystem: (system) => `The system "${systemName(system)}" has ${describeOwner(system.owner)}.`,
};

function describeOwner(owner: string): string {
  return owner.trim() === '' ? 'no owner recorded' : `"${owner.trim()}" as its owner, which is not a named person`;
}

/** Answers that say nothing about why a flow exists. */
const NO_PURPOSE = new Set(['', 'unknown', 'not known', 'tbc', 'tbd', 'n/a', 'na', 'none', '?', '??', '-', 'todo']);

/** A real purpose is longer than any placeholder, so most are judged without a lower-case copy. */
function hasNoPurpose(purpose: string): boolean {
  const trimmed = purpose.trim();
  return trimmed.length <= LONGEST_PLACEHOLDER && NO_PURPOSE.has(trimmed.toLowerCase());
}

const LONGEST_PLACEHOLDER = Math.max(...[...NO_PURPOSE].map((words) => words.length));

export const noJustification: Check = {
  id: 'no-justification',
  title: 'No business purpose recorded',
  condition: 'A flow has no purpose recorded, or only a placeholder such as "tbc" or "unknown".',
  likelihood: 'likely',
  impact: 'minor',
  raisedByExposure: true,
  why: 'A flow nobody can explain cannot be judged: nobody knows whether it is still needed, what would break without it, or whether the data it moves should be moving at all. Forgotten flows keep running long after their reason has gone.',
  whatToDo: 'Ask the owner, or the teams at each end, what the flow is for and write it in Purpose. If nobody can say, plan to pause it and see who notices.',
  reference: `${SOURCES.mapping} ("cannot be clearly attributed to a current business need"); CIS Controls v8 safeguard 5.5`,
  inspectFlow: ({ flow }) => (hasNoPurpose(flow.purpose) ? FIRES : null),
  describeFlow: (view) => {
    const purpose = view.flow.purpose.trim();
    return purpose === ''
      ? `The flow "${flowName(view)}" has no purpose recorded.`
      : `The flow "${flowName(view)}" gives "${purpose}" as its purpose, which is no business reason.`;
  },
};

export const orphaned: Check = {
  id: 'orphaned',
  title: 'Orphaned connection still running',
  condition: 'A flow is still running although its owner, the account it signs in as, or the owner of a system at either end has left, a system at either end belongs to a former partner, or it is marked suspected orphaned; or a system in use is owned by someone who has left.',
  likelihood: 'likely',
  impact: 'major',
  raisedByExposure: true,
  why: 'People leave and partnerships end, but the integrations they set up keep signing in and moving data. Nobody watches an orphaned connection, so a leak or a fault goes unnoticed, sometimes for years. A flow that runs as a person\'s account can stop or misbehave the day that account is switched off.',
  whatToDo: 'Find out whether the flow is still needed. If it is, give it a new named owner and move it to an account that does not belong to someone who has left. If it is not, switch it off and revoke its credentials, and confirm with any former partner that they have deleted the data.',
  reference: `${SOURCES.security} ("orphaned and stale connections"); ${SOURCES.mapping} (Power Automate flows run as their creator); OWASP Non-Human Identities Top 10 NHI1 (improper offboarding)`,
  inspectFlow: (view, context) => (view.active && isOrphaned(view, context) ? FIRES : null),
  describeFlow: (view, context) => `The flow "${flowName(view)}" is still running, yet ${listOf(orphanReasons(view, context))}.`,
  inspectSystem: (system, context) => ((system.status === 'active' || system.status === '') && context.isLeaver(system.owner) ? FIRES : null),
  describeSystem: (system) => `The system "${systemName(system)}" is still in use, yet its owner ${system.owner.trim()} has left.`,
};

/**
 * Whether any of {@link orphanReasons} holds. Asked of every running flow on every run, so it
 * answers without building the words; with no leavers listed, only the status and the ends'
 * boundaries can orphan a flow.
 */
function isOrphaned(view: FlowView, context: CheckContext): boolean {
  const { flow, source, target } = view;
  if (flow.status === 'suspected-orphaned' || source.boundary === 'former-partner' || target.boundary === 'former-partner') return true;
  return context.settings.leavers.length > 0 && (context.isLeaver(flow.owner) || isLeaversAccount(flow.account, context)
    || context.isLeaver(source.owner) || context.isLeaver(target.owner));
}

/** Why a running flow is orphaned, in words. */
function orphanReasons(view: FlowView, context: CheckContext): string[] {
  const { flow } = view;
  const reasons: string[] = [];
  if (flow.status === 'suspected-orphaned') reasons.push('it is marked as suspected orphaned');
  if (context.isLeaver(flow.owner)) reasons.push(`its owner ${flow.owner.trim()} has left`);
  if (isLeaversAccount(flow.account, context)) reasons.push(`its account "${flow.account.trim()}" belongs to someone who has left`);
  for (const end of endsOf(view)) {
    if (end.boundary === 'former-partner') reasons.push(`"${systemName(end)}" belongs to a former partner`);
    if (context.isLeaver(end.owner)) reasons.push(`the owner of "${systemName(end)}" (${end.owner.trim()}) has left`);
  }
  return reasons;
}

/** "Jo Bloggs" is the account "Jo Bloggs", and also "jo.bloggs@charity.org" or "jo_bloggs". */
function isLeaversAccount(account: string, context: CheckContext): boolean {
  if (context.settings.leavers.length === 0 || account.trim() === '') return false;
  return context.isLeaver(account) || context.isLeaver(personNameOfAccount(account));
}

/**
 * The person an account is named after, read as a name: "jo.bloggs@charity.org" and "jo_bloggs"
 * are "jo bloggs". The orphaned check and the owners view both read accounts this way.
 */
export function personNameOfAccount(account: string): string {
  return account.split('@')[0]!.replace(/[._-]+/g, ' ');
}

/** A system in any of these states should have nothing live connected to it. */
const WINDING_DOWN: ReadonlySet<SystemStatus | ''> = new Set<SystemStatus>(['decommissioned', 'being-decommissioned', 'unused']);

export const decommissionedEnd: Check = {
  id: 'decommissioned-end',
  title: 'Live flow to a system being switched off',
  condition: 'A flow is still running to or from a system that is decommissioned, being decommissioned or unused.',
  likelihood: 'likely',
  impact: 'major',
  raisedByExposure: true,
  why: 'A system nobody uses any more is seldom patched or watched, yet a live connection keeps data flowing into it and keeps its credentials valid. When the system is finally switched off, anything still depending on the flow breaks without warning.',
  whatToDo: 'Decide whether the flow should move to the system that replaces this one or be switched off. Then switch it off, revoke its credentials and mark it decommissioned.',
  reference: `${SOURCES.security} ("connections from decommissioned systems"; "orphaned and stale connections"); ${SOURCES.mapping}`,
  inspectFlow: (view) => (view.active && (WINDING_DOWN.has(view.source.status) || WINDING_DOWN.has(view.target.status)) ? FIRES : null),
  describeFlow: (view) => {
    const states = endsOf(view)
      .filter((end) => WINDING_DOWN.has(end.status))
      .map((end) => `"${systemName(end)}" is ${midSentence(labelOf(SYSTEM_STATUSES, end.status))}`);
    return `The flow "${flowName(view)}" is still running, but ${listOf(states)}.`;
  },
};
