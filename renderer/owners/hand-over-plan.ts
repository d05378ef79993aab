import { normaliseName } from '../../shared/checks';
import { tidyName, type OwnedCredential, type Owner } from '../../shared/owners';
import type { ReassignOwnerPayload } from '../commands/owner-commands';

/**
 * The hand-over dialog's choices as pure functions. Everything starts chosen; the dialog keeps
 * the ids the user unticks, so anything that appears while it is open is handed over too.
 */

/** A credential's tick box stands for its flows: ticked when all are, mixed when some are. */
export type TickState = 'ticked' | 'unticked' | 'mixed';

export function credentialTick(credential: OwnedCredential, unticked: ReadonlySet<string>): TickState {
  const off = credential.flowIds.filter((id) => unticked.has(id)).length;
  return off === 0 ? 'ticked' : off === credential.flowIds.length ? 'unticked' : 'mixed';
}

/** `unticked` with `ids` ticked (`on`) or unticked; a credential passes its flows' ids. */
export function withTicked(unticked: ReadonlySet<string>, ids: readonly string[], on: boolean): ReadonlySet<string> {
  const next = new Set(unticked);
  for (const id of ids) {
    if (on) next.delete(id);
    else next.add(id);
  }
  return next;
}

/** How many of the owner's systems, flows and custom risks are ticked. */
export function tickedCount(owner: Owner, unticked: ReadonlySet<string>): number {
  return [...owner.systems, ...owner.flows, ...owner.risks].filter((item) => !unticked.has(item.id)).length;
}

/**
 * The name to record for the new owner: an existing owner's usual spelling when `typed` is
 * them in other case or spacing (so one person is not written three ways), else what was typed.
 */
export function newOwnerName(owners: readonly Owner[], typed: string): string {
  const key = normaliseName(typed);
  return owners.find((owner) => owner.key === key)?.name ?? tidyName(typed);
}

/** Who to suggest as the new owner: named people other than `owner` who have not left. */
export function suggestedOwners(owners: readonly Owner[], owner: Owner): string[] {
  return owners.filter((other) => other.named && !other.left && other.key !== owner.key).map((other) => other.name);
}

/** The `reassignOwner` command's payload for what is ticked. */
export function reassignPayload(owner: Owner, unticked: ReadonlySet<string>, to: string, addToLeavers: boolean): ReassignOwnerPayload {
  const ticked = <T extends { readonly id: string }>(items: readonly T[]) => items.filter((item) => !unticked.has(item.id)).map((item) => item.id as T['id']);
  return { from: owner.name, to, systemIds: ticked(owner.systems), flowIds: ticked(owner.flows), riskIds: ticked(owner.risks), addToLeavers };
}
