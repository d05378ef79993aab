import { normaliseName } from '../checks';
import { isGenericOwner } from '../checks/rules/ownership';
import { MAX_LEAVER_NAME_LENGTH, type MapDocument } from '../model';
import { sameOwner, tidyName } from './owners';

/**
 * Why `to` cannot take over what `from` owns, in words for the form; undefined when it can.
 * The new owner must be a named person (the no-owner check's sense: not blank, not a team, a
 * mailbox or "unknown"), someone other than `from`, and not someone listed as having left.
 */
export function newOwnerProblem(doc: MapDocument, from: string, to: string): string | undefined {
  const name = tidyName(to);
  if (name === '') return 'Enter the name of the person who takes over.';
  if (name.length > MAX_LEAVER_NAME_LENGTH) return `A name can be at most ${MAX_LEAVER_NAME_LENGTH} characters.`;
  if (isGenericOwner(name)) return `“${name}” is not a person: enter one named person, not a team, a shared mailbox or “unknown”.`;
  if (sameOwner(name, from)) return `${tidyName(from)} already owns these: enter the person who takes over.`;
  if (isListedAsLeft(doc.assessment.settings.leavers, name)) return `${name} is listed as having left: choose someone who is staying.`;
  return undefined;
}

/** Whether `leavers` (the assessment's people who have left) names `name`, case and spacing ignored. */
export function isListedAsLeft(leavers: readonly string[], name: string): boolean {
  const key = normaliseName(name);
  return key !== '' && leavers.some((leaver) => normaliseName(leaver) === key);
}
