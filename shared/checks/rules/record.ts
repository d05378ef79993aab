import type { Check } from '../check';
import { flowName, systemName } from '../context';
import { listOf } from '../wording';

/** Not filled in yet, or answered "unknown": either way, the checks cannot see past it. */
const unanswered = (value: string): boolean => value === '' || value === 'unknown';

export const incompleteRecord: Check = {
  id: 'incomplete-record',
  title: 'Record incomplete',
  condition: "A flow's record does not say what data it carries, which way or how often data moves, how it signs in or where its credential is kept; or a system's record does not say what kind of system it is or whose side of the boundary it sits on.",
  likelihood: 'unlikely',
  impact: 'minor',
  // A gap in the record, not a risk in itself: the same weight wherever the flow goes.
  raisedByExposure: false,
  why: 'The other checks can only judge what is written down. A flow whose data, direction or sign-in is unknown may hide a serious risk, and the next person to look after it will have to rediscover everything from scratch.',
  whatToDo: "Fill in the missing answers: ask the owner, look in each system's integration settings, or check Entra ID and the Power Platform admin centre. Where nobody knows, say so with \"Unknown\", and plan to find out.",
  reference: 'Seed 002 ("documenting what you find": record the data, frequency, authentication, where the credentials are stored)',
  inspectFlow: (view) => {
    const { flow } = view;
    const missing: string[] = [];
    if (flow.dataTypes.length === 0 || (flow.dataTypes.length === 1 && flow.dataTypes[0] === 'unknown')) missing.push('what data it carries');
    else if (flow.dataTypes.includes('unknown')) missing.push('everything it carries');
    if (unanswered(flow.direction)) missing.push('which way data moves');
    if (unanswered(flow.frequency)) missing.push('how often it runs');
    if (unanswered(flow.authentication)) missing.push('how it signs in');
    if (flow.authentication !== 'none' && unanswered(flow.credentialLocation)) missing.push('where its credential is kept');
    return missing.length === 0 ? null : { describe: () => `The record of the flow "${flowName(view)}" does not yet say ${listOf(missing)}.` };
  },
  inspectSystem: (system) => {
    const missing: string[] = [];
    if (system.kind === '') missing.push('what kind of system it is');
    if (system.boundary === '') missing.push("whose side of the organisation's boundary it sits on");
    return missing.length === 0 ? null : { describe: () => `The record of the system "${systemName(system)}" does not yet say ${listOf(missing)}.` };
  },
};
