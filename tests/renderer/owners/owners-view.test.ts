import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks';
import { ownersOf, type Owner } from '../../../shared/owners';
import {
  credentialSummary, findingsSummary, handOverLabel, handOverTitle, holdingsSummary, listSummary, searchOwners,
} from '../../../renderer/owners/owners-view';
import { createOwnersViewStore } from '../../../renderer/owners/owners-view-state';
import { mapBuilder } from '../../support/map-builder';
import { TODAY } from '../../shared/checks/fixtures';

const doc = mapBuilder()
  .system('Donor CRM', { owner: 'Jo Bloggs' })
  .system('Xero', { owner: 'Sam Lee' })
  .system('Website', { owner: 'IT team' })
  .flow('Donor CRM', 'Xero', { owner: 'Jo Bloggs', account: 'svc-sync', credentialLocation: 'spreadsheet-document', credentialLocationDetail: 'HR share' })
  .flow('Xero', 'Donor CRM', { owner: 'Jo Bloggs', account: 'svc-sync' })
  .settings({ leavers: ['Jo Bloggs'] })
  .build();
const { owners, unowned } = ownersOf(doc, runChecks(doc, TODAY));
const named = (name: string) => owners.find((o) => o.name === name) as Owner;

describe('the Owners tab', () => {
  it('sums up what each owner holds, and what nobody does', () => {
    expect(holdingsSummary(named('Jo Bloggs'))).toBe('1 system · 2 flows · 1 credential');
    expect(holdingsSummary(unowned)).toBe('Owns nothing');
  });

  it('says how many findings are open, by severity, most severe first', () => {
    const none = { critical: 0, high: 0, elevated: 0, medium: 0, low: 0 };
    expect(findingsSummary({ total: 4, worst: 'high', bySeverity: { ...none, high: 1, medium: 3 }, list: [] })).toBe('4 open findings: 1 high, 3 medium');
    expect(findingsSummary({ total: 0, worst: undefined, bySeverity: none, list: [] })).toBe('No open findings');
    expect(findingsSummary(named('Jo Bloggs').openFindings)).toMatch(/^\d+ open findings: \d+ (high|critical)/);
  });

  it('says where a credential is kept and how many flows use it', () => {
    expect(credentialSummary(named('Jo Bloggs').credentials[0]!)).toBe('in Spreadsheet / document (HR share) · 2 flows');
  });

  it('finds owners by name or by what they own', () => {
    expect(searchOwners(owners, 'sam').map((o) => o.name)).toEqual(['Sam Lee']);
    expect(searchOwners(owners, 'donor crm').map((o) => o.name)).toEqual(['Jo Bloggs']);
    expect(searchOwners(owners, 'SVC-SYNC').map((o) => o.name)).toEqual(['Jo Bloggs']);
    expect(searchOwners(owners, '  ')).toBe(owners);
  });

  it('counts owners, and those who have left', () => {
    expect(listSummary(owners, owners)).toBe('3 owners; 1 has left.');
    expect(listSummary(owners, searchOwners(owners, 'sam'))).toBe('1 of 3 owners matches.');
    expect(listSummary(owners, [])).toBe('None of the 3 owners matches.');
    expect(listSummary([], [])).toBe('Nobody is named as an owner yet.');
  });

  it('words the hand-over for who the owner is', () => {
    expect(handOverLabel(named('Sam Lee'))).toBe('This person is leaving…');
    expect(handOverLabel(named('Jo Bloggs'))).toBe('Hand over what they own…');
    expect(handOverLabel(named('IT team'))).toBe('Give these a named owner…');
    expect(handOverTitle(named('Sam Lee'))).toBe('Sam Lee is leaving');
    expect(handOverTitle(named('Jo Bloggs'))).toBe('Jo Bloggs has left');
    expect(handOverTitle(named('IT team'))).toBe('Give what “IT team” owns to a person');
  });

  it('keeps which owners are open, and opens the new owner after a hand-over', () => {
    const view = createOwnersViewStore();
    view.getState().toggle('jo bloggs');
    view.getState().startHandOver('jo bloggs');
    view.getState().finishHandOver({ toKey: 'sam lee', announcement: 'Handed 3 items from Jo Bloggs to Sam Lee.' });
    expect(view.getState()).toMatchObject({ handingOver: null, announcement: 'Handed 3 items from Jo Bloggs to Sam Lee.' });
    expect([...view.getState().expanded]).toEqual(['jo bloggs', 'sam lee']);
    view.getState().toggle('jo bloggs');
    expect([...view.getState().expanded]).toEqual(['sam lee']);
  });
});
