import type { FlowRecord, SystemRecord } from '../../model';
import { FIRES, type Check } from '../check';
import { flowName, systemName } from '../context';
import { SOURCES } from '../sources';
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
  reference: `${SOURCES.mapping} ("documenting what you find": record the data, frequency, authentication, where the credentials are stored)`,
  inspectFlow: ({ flow }) => (anyGap(FLOW_GAPS, flow) ? FIRES : null),
  describeFlow: (view) => `The record of the flow "${flowName(view)}" does not yet say ${listOf(gapsOf(FLOW_GAPS, view.flow))}.`,
  inspectSystem: (system) => (anyGap(SYSTEM_GAPS, system) ? FIRES : null),
  describeSystem: (system) => `The record of the system "${systemName(system)}" does not yet say ${listOf(gapsOf(SYSTEM_GAPS, system))}.`,
};

/** What a record may leave unsaid, in words, and how to tell. */
type Gaps<R> = ReadonlyArray<readonly [words: string, isMissing: (record: R) => boolean]>;

const FLOW_GAPS: Gaps<FlowRecord> = [
  ['what data it carries', (flow) => flow.dataTypes.length === 0 || (flow.dataTypes.length === 1 && flow.dataTypes[0] === 'unknown')],
  ['everything it carries', (flow) => flow.dataTypes.length > 1 && flow.dataTypes.includes('unknown')],
  ['which way data moves', (flow) => unanswered(flow.direction)],
  ['how often it runs', (flow) => unanswered(flow.frequency)],
  ['how it signs in', (flow) => unanswered(flow.authentication)],
  ['where its credential is kept', (flow) => flow.authentication !== 'none' && unanswered(flow.credentialLocation)],
];

const SYSTEM_GAPS: Gaps<SystemRecord> = [
  ['what kind of system it is', (system) => system.kind === ''],
  ["whose side of the organisation's boundary it sits on", (system) => system.boundary === ''],
];

/** A plain loop: it runs for every element on every check run, and allocates nothing. */
function anyGap<R>(gaps: Gaps<R>, record: R): boolean {
  for (const gap of gaps) if (gap[1](record)) return true;
  return false;
}

function gapsOf<R>(gaps: Gaps<R>, record: R): string[] {
  return gaps.filter(([, isMissing]) => isMissing(record)).map(([words]) => words);
}
