import {
  MAX_LEAVER_NAME_LENGTH, MAX_LEAVERS, withReplaced, type Assessment, type FlowId, type RiskId, type SystemId,
} from '../../shared/model';
import { isListedAsLeft, newOwnerProblem, sameOwner, tidyName } from '../../shared/owners';
import { defineCommand } from './command';

export interface ReassignOwnerPayload {
  /** The person handing over, as the owners view names them. */
  readonly from: string;
  /** The named person taking over. */
  readonly to: string;
  readonly systemIds: readonly SystemId[];
  readonly flowIds: readonly FlowId[];
  readonly riskIds: readonly RiskId[];
  /** Also list `from` among the people who have left, so the orphaned check flags anything missed. */
  readonly addToLeavers: boolean;
}

/**
 * Hands the chosen systems, flows and custom risks from one owner to another, in one step to
 * undo, and optionally lists the old owner as having left. Only records `from` still owns
 * change (names compared as the checks compare them), so a list chosen a moment ago cannot take
 * something that has since changed hands. Nothing to hand over, or a new owner who is no named
 * person, changes nothing, the leavers list included.
 */
export const reassignOwner = defineCommand<ReassignOwnerPayload>({
  name: 'reassignOwner',
  label: 'Reassign owner',
  perform: (doc, { from, to, systemIds, flowIds, riskIds, addToLeavers }) => {
    if (newOwnerProblem(doc, from, to) !== undefined) return doc;
    const owner = tidyName(to);
    const systems = reassigned(doc.systems, systemIds, from, owner);
    const flows = reassigned(doc.flows, flowIds, from, owner);
    const risks = reassigned(doc.risks, riskIds, from, owner);
    if (systems === doc.systems && flows === doc.flows && risks === doc.risks) return doc;
    const assessment = addToLeavers ? withLeaver(doc.assessment, from) : doc.assessment;
    return { ...doc, assessment, systems, flows, risks };
  },
});

/** `records` with the chosen ones that `from` owns given to `owner`; the very same map when none is. */
function reassigned<R extends { readonly owner: string }, M extends Readonly<Record<string, R>>>(
  records: M, ids: readonly string[], from: string, owner: string,
): M {
  let changed: Record<string, R> | undefined;
  for (const id of ids) {
    const record = records[id];
    if (record && sameOwner(record.owner, from)) (changed ??= {})[id] = { ...record, owner };
  }
  return changed ? withReplaced(records, changed as Partial<M>) : records;
}

/**
 * The assessment with `name` added to the people who have left, unless it is there already, or
 * the list or the name is past what a valid assessment holds.
 */
function withLeaver(assessment: Assessment, name: string): Assessment {
  const { leavers } = assessment.settings;
  const leaver = tidyName(name);
  const fits = leaver !== '' && leaver.length <= MAX_LEAVER_NAME_LENGTH && leavers.length < MAX_LEAVERS;
  if (!fits || isListedAsLeft(leavers, leaver)) return assessment;
  return { ...assessment, settings: { ...assessment.settings, leavers: [...leavers, leaver] } };
}
