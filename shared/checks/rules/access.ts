import type { Authentication } from '../../vocabulary';
import { FIRES, type Check, type Rating } from '../check';
import type { FlowRecord } from '../../model';
import { flowName, systemName } from '../context';
import { SOURCES } from '../sources';
import { describeDataTypes, listOf } from '../wording';

export const noAuthentication: Check = {
  id: 'no-authentication',
  title: 'No authentication',
  condition: 'A flow has no authentication although it carries data that is not public, can change data, or syncs both ways.',
  likelihood: 'likely',
  impact: 'major',
  raisedByExposure: true,
  why: 'Without authentication, anyone who finds the address (a web form, a webhook, an open folder or database) can read or change what the integration can. Such addresses leak easily: in browser history, logs, emails and code.',
  whatToDo: 'Turn on the strongest sign-in both systems support (an app registration, an API key kept in a vault, or a signed webhook), and limit what the connection can reach.',
  reference: `Threagile missing-authentication (CWE-306); ${SOURCES.governance} (layer 1: authentication)`,
  inspectFlow: ({ flow }) => (flow.authentication === 'none' && needsAuthentication(flow) ? FIRES : null),
  describeFlow: (view) => `The flow "${flowName(view)}" has no authentication, although ${listOf(unauthenticatedReasons(view.flow))}.`,
};

/**
 * Whether a flow needs authentication: it carries anything but public data, can change data, or
 * syncs both ways. Asked of every flow on every run, so it answers without building the words.
 */
function needsAuthentication(flow: FlowRecord): boolean {
  if (flow.permissions === 'read-write' || flow.permissions === 'admin' || flow.direction === 'two-way') return true;
  for (const type of flow.dataTypes) if (type !== 'public') return true;
  return false;
}

/** Why a flow without authentication matters, in words: the reasons {@link needsAuthentication} found. */
function unauthenticatedReasons(flow: FlowRecord): string[] {
  const reasons: string[] = [];
  const secret = flow.dataTypes.filter((type) => type !== 'public' && type !== 'unknown');
  if (secret.length > 0) reasons.push(`it carries ${describeDataTypes(secret)}`);
  else if (flow.dataTypes.includes('unknown')) reasons.push('nobody knows what data it carries');
  if (flow.permissions === 'read-write') reasons.push('it can change data');
  if (flow.permissions === 'admin') reasons.push('it has admin access');
  if (flow.direction === 'two-way') reasons.push('it syncs both ways');
  return reasons;
}

export const weakAuthentication: Check = {
  id: 'weak-authentication',
  title: 'Shared login',
  condition: 'A flow signs in with a username and password that several people or tools share.',
  likelihood: 'likely',
  impact: 'moderate',
  raisedByExposure: true,
  why: 'A shared login cannot tell who did what, cannot be taken away from one person without breaking everything else that uses it, and is usually known to more people than anyone remembers, including some who have left.',
  whatToDo: 'Give the integration its own service account or app registration, with its own secret kept in a password manager or vault. Then change the shared password and stop using it for integrations.',
  reference: `OWASP Non-Human Identities Top 10 NHI4 (insecure authentication); ${SOURCES.toolSecurity} ("shared credentials with no role separation" is the biggest red flag)`,
  inspectFlow: ({ flow }) => (flow.authentication === 'shared-login' ? FIRES : null),
  describeFlow: (view) => {
    const account = view.flow.account.trim();
    return `The flow "${flowName(view)}" signs in with a shared login${account ? ` ("${account}")` : ''}.`;
  },
};

export const overPrivileged: Check = {
  id: 'over-privileged',
  title: 'More access than it needs',
  condition: 'A flow has admin or tenant-wide access, or read-write access although it only moves data one way.',
  likelihood: 'possible',
  impact: 'major',
  raisedByExposure: true,
  why: 'An integration can only do as much damage as its access allows. With admin or tenant-wide rights, one leaked key or one bug can read, change or delete everything, not just the records the integration is for.',
  whatToDo: 'Find out what the integration actually does, and give its account only that: read-only where it only reads, write access only to the records it writes. Remove admin or tenant-wide rights unless there is a written reason.',
  reference: `${SOURCES.governance} (layer 2: authorisation); ${SOURCES.security} ("OAuth tokens with broader permissions than needed"); OWASP Non-Human Identities Top 10 NHI5 (overprivileged NHI)`,
  inspectFlow: ({ flow }) => {
    if (flow.permissions === 'admin') return FIRES;
    return flow.permissions === 'read-write' && flow.direction === 'one-way' ? READ_WRITE_ONE_WAY : null;
  },
  describeFlow: (view) => (view.flow.permissions === 'admin'
    ? `The flow "${flowName(view)}" has admin or tenant-wide access to "${systemName(view.target)}".`
    : `The flow "${flowName(view)}" only moves data one way, from "${systemName(view.source)}" to "${systemName(view.target)}", but its account may both read and change data. A one-way flow usually needs only to read one side and write the other, so its access may be narrower than this.`),
};

/** Read-write on a one-way flow may well be needed on one side, so it weighs less than admin. */
const READ_WRITE_ONE_WAY: Rating = { impact: 'moderate' };

/** Ways of signing in with no interactive account, so multi-factor authentication does not apply. */
const NO_ACCOUNT: ReadonlySet<Authentication | ''> = new Set<Authentication>(['api-key', 'certificate', 'oauth-client-credentials', 'none']);

export const noMfaPrivileged: Check = {
  id: 'no-mfa-privileged',
  title: 'Privileged account without MFA',
  condition: 'A flow that can change data, or has admin access, signs in with an account that has no multi-factor authentication, or nobody knows whether it has.',
  likelihood: 'likely',
  impact: 'major',
  raisedByExposure: true,
  why: 'With only a password between an attacker and an account that can change or delete data, one guessed, reused or phished password is enough. Multi-factor authentication stops most of these attacks.',
  whatToDo: 'Turn on multi-factor authentication for the account, or move the integration to an app registration or certificate that cannot sign in interactively. If MFA cannot be used, limit where the account may sign in from.',
  reference: `${SOURCES.toolSecurity} (minimum bar: "MFA for privileged users"); ${SOURCES.mapping} (credentials "may not be subject to your MFA policies")`,
  inspectFlow: ({ flow }) => {
    if ((flow.permissions !== 'read-write' && flow.permissions !== 'admin') || NO_ACCOUNT.has(flow.authentication)) return null;
    if (flow.mfa === 'no') return FIRES;
    return flow.mfa === 'unknown' ? MFA_UNKNOWN : null;
  },
  describeFlow: (view) => {
    const power = view.flow.permissions === 'admin' ? 'has admin access' : `can change data in "${systemName(view.target)}"`;
    return view.flow.mfa === 'no'
      ? `The flow "${flowName(view)}" ${power} through an account without multi-factor authentication.`
      : `The flow "${flowName(view)}" ${power}, and nobody knows whether multi-factor authentication protects its account.`;
  },
};

/** MFA may well be on where nobody has looked: less likely to matter than MFA known to be off. */
const MFA_UNKNOWN: Rating = { likelihood: 'possible' };

