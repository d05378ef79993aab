import type { Check } from './check';
import { sharedCredential } from './rules/credentials';
import { noOwner } from './rules/ownership';

/**
 * Every check, in the order the Checks sheet and the app list them. A check's id is stored with
 * treatments, so an id is never reused or changed; a retired check leaves the list.
 */
export const CHECKS: readonly Check[] = [
  noOwner,
  sharedCredential,
];

export function checkById(id: string): Check | undefined {
  return CHECKS.find((check) => check.id === id);
}
