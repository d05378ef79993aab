import { describe, expect, it } from 'vitest';
import { ownersOf, type Owner } from '../../../shared/owners';
import {
  credentialTick, newOwnerName, reassignPayload, suggestedOwners, tickedCount, withTicked,
} from '../../../renderer/owners/hand-over-plan';
import { mapBuilder } from '../../support/map-builder';

const { owners } = ownersOf(mapBuilder()
  .system('Donor CRM', { owner: 'Jo Bloggs' })
  .system('Xero', { owner: 'Sam Lee' })
  .system('Website', { owner: 'IT team' })
  .system('Old CRM', { owner: 'Alex Gone' })
  .flow('Donor CRM', 'Xero', { owner: 'Jo Bloggs', account: 'svc-sync' })
  .flow('Donor CRM', 'Website', { owner: 'Jo Bloggs', account: 'svc-sync' })
  .risk({ title: 'Only Jo understands it', owner: 'Jo Bloggs' })
  .settings({ leavers: ['Alex Gone'] })
  .build());
const jo = owners.find((o) => o.name === 'Jo Bloggs') as Owner;
const nothingUnticked: ReadonlySet<string> = new Set();

describe('handing over what someone owns', () => {
  it('starts with everything ticked, and hands it all over', () => {
    expect(tickedCount(jo, nothingUnticked)).toBe(4);
    expect(reassignPayload(jo, nothingUnticked, 'Sam Lee', true)).toEqual({
      from: 'Jo Bloggs', to: 'Sam Lee', addToLeavers: true, systemIds: ['sys-1'], flowIds: ['flow-2', 'flow-1'], riskIds: ['risk-1'],
    });
  });

  it('leaves out what is unticked', () => {
    const unticked = withTicked(nothingUnticked, ['flow-1', 'risk-1'], false);
    expect(tickedCount(jo, unticked)).toBe(2);
    expect(reassignPayload(jo, unticked, 'Sam Lee', false)).toMatchObject({ flowIds: ['flow-2'], riskIds: [], addToLeavers: false });
    expect(withTicked(unticked, ['flow-1'], true)).toEqual(new Set(['risk-1']));
  });

  it('ticks a credential when all its flows are, and mixes it when only some are', () => {
    const [credential] = jo.credentials;
    expect(credentialTick(credential!, nothingUnticked)).toBe('ticked');
    expect(credentialTick(credential!, new Set(['flow-1']))).toBe('mixed');
    expect(credentialTick(credential!, new Set(['flow-1', 'flow-2']))).toBe('unticked');
  });

  it('suggests named people who are staying, and keeps an existing owner’s spelling', () => {
    expect(suggestedOwners(owners, jo)).toEqual(['Sam Lee']);
    expect(newOwnerName(owners, '  sam   LEE ')).toBe('Sam Lee');
    expect(newOwnerName(owners, ' Priya   Shah ')).toBe('Priya Shah');
  });
});
