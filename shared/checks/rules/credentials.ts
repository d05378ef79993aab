import { isIsoDate, type FlowId } from '../../model';
import type { Authentication, CredentialLocation } from '../../vocabulary';
import { FIRES, type Check, type FlowView, type MapHit } from '../check';
import { accountsNumbered, flowName } from '../context';
import { SOURCES } from '../sources';
import { timeSince } from '../wording';

/** Places where anyone who can open the file, message or drawer can read the secret. */
const PLAINTEXT_PLACES: Partial<Record<CredentialLocation, string>> = {
  'spreadsheet-document': 'in a spreadsheet or document',
  'email-chat': 'in an email or chat message',
  'in-code': 'written into code or a script',
  'config-file': 'in a config file',
  'written-down': 'written down on paper',
};

function plaintextPlace(location: CredentialLocation | ''): string | undefined {
  return location === '' ? undefined : PLAINTEXT_PLACES[location];
}

export const plaintextCredentials: Check = {
  id: 'plaintext-credentials',
  title: 'Credentials stored in plain text',
  condition: 'A flow keeps its password, key or token in a spreadsheet or document, an email or chat message, code, a config file, or written down.',
  likelihood: 'likely',
  impact: 'major',
  raisedByExposure: true,
  why: 'Anyone who can open that file, mailbox, chat or drawer can sign in as the integration and do whatever it can do, and nobody would notice. Documents and messages get copied, forwarded and backed up, so the secret spreads further than anyone knows.',
  whatToDo: 'Move the secret into a password manager or a secrets vault, change it (the old one must be treated as known), and delete every copy from the document, message or code.',
  reference: `${SOURCES.security} ("credentials stored in plaintext"); ${SOURCES.governance} (keys "scattered across spreadsheets and post-it notes"); OWASP Secrets Management Cheat Sheet`,
  inspectFlow: ({ flow }) => (plaintextPlace(flow.credentialLocation) && flow.authentication !== 'none' ? FIRES : null),
  describeFlow: (view) => {
    const exactly = view.flow.credentialLocationDetail.trim();
    return `The flow "${flowName(view)}" keeps its credential ${plaintextPlace(view.flow.credentialLocation)}${exactly ? ` ("${exactly}")` : ''}.`;
  },
};

/** What the secret is, for each way of signing in that has one to keep safe and change. */
const SECRETS: Partial<Record<Authentication, string>> = {
  'api-key': 'an API key',
  'service-account-password': "a service account's password",
  'oauth-client-credentials': 'an app secret or certificate',
  certificate: 'a certificate',
  'shared-login': "a shared login's password",
  'personal-account': "a person's password",
};

function secretOf(authentication: Authentication | ''): string | undefined {
  return authentication === '' ? undefined : SECRETS[authentication];
}

export const credentialLocationUnknown: Check = {
  id: 'credential-location-unknown',
  title: 'Nobody knows where the credential is kept',
  condition: 'A flow that signs in with something is recorded with its credential location as unknown.',
  likelihood: 'likely',
  impact: 'minor',
  raisedByExposure: true,
  why: 'A secret nobody can find cannot be changed when someone leaves or when it may have leaked, and it may well sit somewhere unsafe, such as a spreadsheet or an old email.',
  whatToDo: 'Ask whoever set the integration up, or look in the integration\'s settings, to find where the secret is. Move it into a password manager or secrets vault; if it cannot be found, issue a new one there and revoke the old.',
  reference: `OWASP Secrets Management Cheat Sheet (central storage and inventory of secrets); ${SOURCES.security} ("credential sprawl")`,
  inspectFlow: ({ flow }) => (flow.credentialLocation === 'unknown' && flow.authentication !== 'none' ? FIRES : null),
  describeFlow: (view) => {
    const secret = secretOf(view.flow.authentication);
    return secret
      ? `The flow "${flowName(view)}" signs in with ${secret}, but nobody knows where it is kept.`
      : `The flow "${flowName(view)}" uses a credential, but nobody knows where it is kept.`;
  },
};

export const staleCredential: Check = {
  id: 'stale-credential',
  title: 'Credential not changed recently',
  condition: 'A flow signs in with a key, password, secret or certificate that was last changed longer ago than the rotation interval (365 days unless the assessment says otherwise), or nobody knows when.',
  likelihood: 'likely',
  impact: 'minor',
  raisedByExposure: true,
  why: 'The longer a secret lives, the more people and places have seen it: former staff, old laptops, forwarded emails. Changing it regularly shuts them all out. Many organisations change API keys every 90 days; once a year is a sensible minimum for a small charity.',
  whatToDo: 'Issue a new key or password, put it in the integration and in the password manager or vault, check the flow still works, then revoke the old one. Record the date in Credential last rotated.',
  reference: `${SOURCES.security} ("API keys unrotated for years"); ${SOURCES.mapping}; OWASP Non-Human Identities Top 10 NHI7 (long-lived secrets)`,
  inspectFlow: ({ flow }, context) => {
    if (!secretOf(flow.authentication)) return null;
    const rotated = flow.credentialLastRotated;
    // ISO dates sort as text: a recent rotation costs one comparison.
    return rotated.length === 10 && rotated >= context.rotationDueBefore ? null : FIRES;
  },
  describeFlow: (view, context) => {
    const rotated = view.flow.credentialLastRotated;
    const subject = `The flow "${flowName(view)}" signs in with ${secretOf(view.flow.authentication)}`;
    if (isIsoDate(rotated)) {
      return `${subject} last changed on ${rotated}, ${timeSince(rotated, context.today)}; the rotation interval is ${context.settings.rotationIntervalDays} days.`;
    }
    return rotated === 'unknown'
      ? `${subject}, and nobody knows when it was last changed.`
      : `${subject}, and no date is recorded for when it was last changed.`;
  },
};

export const sharedCredential: Check = {
  id: 'shared-credential',
  title: 'Credential shared between integrations',
  condition: 'The same account, app registration or key is used by two or more flows that are still running.',
  likelihood: 'possible',
  impact: 'moderate',
  raisedByExposure: true,
  why: 'One credential serving several integrations has the rights of all of them. If it leaks, every one of them is exposed; if it is changed or switched off, they all break at once, so nobody dares rotate it.',
  whatToDo: 'Give each integration its own account or key with only the access it needs, then rotate and retire the shared one.',
  reference: `${SOURCES.security} ("shared service accounts across multiple integrations"); ${SOURCES.toolSecurity}; OWASP Non-Human Identities Top 10 NHI9`,
  inspectMap: (context) => {
    // Counted first, so only accounts used more than once get a group: most are used once. Accounts
    // are numbered (accountNumberOf), so this is array work; a map of strings cost most of a re-check.
    const users = new Uint32Array(accountsNumbered());
    for (const view of context.flows) if (view.active && view.accountNumber >= 0) users[view.accountNumber]! += 1;
    // Groups in the order their first flow comes, each in map order, each made at its size: a
    // run keeps thousands of them, and a list grown by pushing reserves room it never uses.
    const groups: FlowView[][] = [];
    const groupOfAccount = new Int32Array(users.length).fill(-1);
    const filled = new Uint32Array(users.length);
    for (const view of context.flows) {
      const account = view.accountNumber;
      if (!view.active || account < 0 || users[account]! < 2) continue;
      let group = groupOfAccount[account]!;
      if (group < 0) {
        group = groups.push(new Array<FlowView>(users[account]!)) - 1;
        groupOfAccount[account] = group;
      }
      groups[group]![filled[account]!++] = view;
    }
    const hits: MapHit[] = [];
    for (const group of groups) for (const hit of sharedHits(group)) hits.push(hit);
    return hits;
  },
};

/** One flow of a group sharing an account. A class, not a literal with a closure: a run makes thousands. */
class SharedCredentialHit implements MapHit {
  readonly elementKind = 'flow';
  readonly elementId: FlowId;

  constructor(readonly view: FlowView, private readonly group: readonly FlowView[]) {
    this.elementId = view.flow.id;
  }

  describe(): string {
    const { view, group } = this;
    const other = group[0] === view ? group[1]! : group[0]!;
    return `The flow "${flowName(view)}" signs in as "${view.flow.account.trim()}", which ${describeOthers(other, group.length - 1)} also use${group.length === 2 ? 's' : ''}.`;
  }
}

const groupHits = new WeakMap<FlowView, { readonly group: readonly FlowView[]; readonly hits: readonly MapHit[] }>();

/**
 * One hit per flow in a group sharing an account. The same flows (same view objects, same order)
 * give the same hit objects as last run, so re-checking after an edit elsewhere rebuilds nothing.
 */
function sharedHits(group: readonly FlowView[]): readonly MapHit[] {
  const known = groupHits.get(group[0]!);
  if (known && known.group.length === group.length && known.group.every((view, i) => view === group[i])) return known.hits;
  const hits = group.map((view) => new SharedCredentialHit(view, group));
  groupHits.set(group[0]!, { group, hits });
  return hits;
}

/** `"Donations to Xero"` or `"Donations to Xero" and 3 other flows`. */
function describeOthers(first: FlowView, count: number): string {
  const name = `"${flowName(first)}"`;
  return count === 1 ? name : `${name} and ${count - 1} other flow${count === 2 ? '' : 's'}`;
}

export const personalAccount: Check = {
  id: 'personal-account',
  title: "Runs as a person's own account",
  condition: "A flow signs in as a named person's own account rather than an account of its own.",
  likelihood: 'likely',
  impact: 'moderate',
  raisedByExposure: true,
  why: "The integration can do everything that person can do, and it stops (or keeps running unseen) when they change role or leave. Power Automate flows run as the person who created them, so a volunteer's flow quietly depends on their login. Their password and MFA also protect the integration, and their mistakes become its mistakes.",
  whatToDo: 'Move the integration to a dedicated service account or app registration with only the access it needs, owned by a named person, and note the change in the record.',
  reference: `${SOURCES.mapping} (Power Automate flows "run as the account that created them"); ${SOURCES.governance} (authentication at the individual user level); OWASP Non-Human Identities Top 10 NHI1`,
  inspectFlow: ({ flow }) => (flow.authentication === 'personal-account' ? FIRES : null),
  describeFlow: (view) => {
    const account = view.flow.account.trim();
    return `The flow "${flowName(view)}" runs as a named person's account${account ? ` ("${account}")` : ''}.`;
  },
};
