import type { Check } from './check';
import { noAuthentication, noMfaPrivileged, overPrivileged, weakAuthentication } from './rules/access';
import {
  credentialLocationUnknown, personalAccount, plaintextCredentials, sharedCredential, staleCredential,
} from './rules/credentials';
import { sensitiveDataLeaves, twoWayAcrossBoundary, unencryptedSensitive } from './rules/data';
import { decommissionedEnd, noJustification, noOwner, orphaned } from './rules/ownership';
import { incompleteRecord } from './rules/record';
import { reviewOverdue } from './rules/review';
import { conflictingSystemOfRecord, twoWayIntoSystemOfRecord } from './rules/system-of-record';

/**
 * Every check, in the order the Checks sheet and the app list them. A check's id is stored with
 * treatments, so an id is never reused or changed; a retired check leaves the list.
 */
export const CHECKS: readonly Check[] = [
  // Who owns it and whether it is still needed.
  noOwner,
  noJustification,
  orphaned,
  decommissionedEnd,
  reviewOverdue,
  // Its secrets.
  plaintextCredentials,
  credentialLocationUnknown,
  staleCredential,
  sharedCredential,
  personalAccount,
  // What it may do.
  noAuthentication,
  weakAuthentication,
  overPrivileged,
  noMfaPrivileged,
  // Where its data goes.
  sensitiveDataLeaves,
  twoWayAcrossBoundary,
  twoWayIntoSystemOfRecord,
  conflictingSystemOfRecord,
  unencryptedSensitive,
  // Whether the record says enough to judge it.
  incompleteRecord,
];

const BY_ID = new Map(CHECKS.map((check) => [check.id, check]));

/** The catalogue's check with this id, or undefined for an id no check has (e.g. a retired one). */
export function checkById(id: string): Check | undefined {
  return BY_ID.get(id);
}
