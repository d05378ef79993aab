import type { Check } from '../check';
import { flowName, normaliseName, systemName } from '../context';

/**
 * Words that name a team, a mailbox or nobody rather than a person. An owner written like this
 * is no owner: when something goes wrong, nobody in particular is responsible.
 */
const GENERIC_OWNER = /^(?:|n\/?a|none|nobody|unknown|tbc|tbd|\?+|it|ict|admin|administrator|everyone|all staff|staff|shared|various)$|\b(?:team|dept|department|group|office|mailbox|helpdesk|help desk|service desk|support|committee|board)\b|^(?:info|admin|it|office|support|hello|enquiries|finance|hr|accounts|team|contact|noreply|no-reply)@/;

/** True when `owner` names no particular person: blank, "IT team", "info@charity.org", "unknown". */
export function isGenericOwner(owner: string): boolean {
  return GENERIC_OWNER.test(normaliseName(owner)) || GENERIC_OWNER.test(owner.trim().toLowerCase());
}

export const noOwner: Check = {
  id: 'no-owner',
  title: 'No named owner',
  condition: 'A flow or system has no named owner: the owner is blank, or a team, a shared mailbox or "unknown".',
  likelihood: 'likely',
  impact: 'minor',
  raisedByExposure: true,
  why: 'When nobody in particular owns an integration, nobody notices when it breaks, leaks data or outlives its purpose, and nobody can say whether it is still needed.',
  whatToDo: 'Agree one named person (not a team or a shared mailbox) who is responsible for it, and write their name in Owner.',
  reference: 'Seed 002 (risk register: every integration needs a named owner); CIS Controls v8 safeguard 5.5',
  inspectFlow: (view) => (isGenericOwner(view.flow.owner)
    ? { detail: `The flow "${flowName(view)}" has ${describeOwner(view.flow.owner)}.` }
    : null),
  inspectSystem: (system) => (isGenericOwner(system.owner)
    ? { detail: `The system "${systemName(system)}" has ${describeOwner(system.owner)}.` }
    : null),
};

function describeOwner(owner: string): string {
  return owner.trim() === '' ? 'no owner recorded' : `"${owner.trim()}" as its owner, which is not a named person`;
}
