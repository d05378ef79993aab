import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks';
import { ownersOf, type Owner } from '../../../shared/owners';
import { mapBuilder } from '../../support/map-builder';
import { TODAY } from '../checks/fixtures';

/** The owner called `name` (any spelling); fails the test when there is none. */
function ownerNamed(owners: readonly Owner[], name: string): Owner {
  const owner = owners.find((o) => o.spellings.includes(name));
  if (!owner) throw new Error(`No owner "${name}" among ${owners.map((o) => o.name).join(', ')}`);
  return owner;
}

/** Jo owns the CRM and two flows signing in as svc-sync; Sam owns Xero and a third flow; Mailchimp has no owner. */
const map = () => mapBuilder()
  .system('Donor CRM', { owner: 'Jo Bloggs' })
  .system('Xero', { owner: 'Sam Lee' })
  .system('Mailchimp')
  .flow('Donor CRM', 'Xero', { owner: 'jo  bloggs', account: 'svc-sync', credentialLocation: 'spreadsheet-document', credentialLocationDetail: 'Finance share' })
  .flow('Donor CRM', 'Mailchimp', { owner: 'Jo Bloggs', account: 'SVC-Sync', credentialLocation: 'password-manager' })
  .flow('Xero', 'Mailchimp', { owner: 'Sam Lee', account: 'jo.bloggs@charity.org' });

describe('who owns what', () => {
  it('groups spellings of one name as the checks compare them, named as most often written', () => {
    const { owners } = ownersOf(map().build());
    expect(owners.map((o) => o.name)).toEqual(['Jo Bloggs', 'Sam Lee']);
    const jo = ownerNamed(owners, 'Jo Bloggs');
    expect(jo.spellings).toEqual(['Jo Bloggs', 'jo bloggs']);
    expect(jo.systems.map((s) => s.name)).toEqual(['Donor CRM']);
    expect(jo.flows.map((f) => f.name)).toEqual(['Donor CRM to Mailchimp', 'Donor CRM to Xero']);
  });

  it('lists a credential used by several of their flows once, with everywhere it is kept', () => {
    const jo = ownerNamed(ownersOf(map().build()).owners, 'Jo Bloggs');
    expect(jo.credentials).toEqual([{
      account: 'svc-sync', storedIn: ['spreadsheet-document', 'password-manager'], storedDetails: ['Finance share'],
      flowIds: ['flow-1', 'flow-2'], personal: false,
    }]);
  });

  it("notices a flow signing in as its owner's own account, and credentials belong to the flow's owner", () => {
    const doc = map().flow('Donor CRM', 'Xero', { owner: 'Jo Bloggs', account: 'jo_bloggs' }).build();
    const { owners } = ownersOf(doc);
    expect(ownerNamed(owners, 'Jo Bloggs').credentials.find((c) => c.account === 'jo_bloggs')?.personal).toBe(true);
    // Sam's flow signs in as Jo's address: it is Sam's credential, and not Sam's own account.
    expect(ownerNamed(owners, 'Sam Lee').credentials).toMatchObject([{ account: 'jo.bloggs@charity.org', personal: false }]);
  });

  it('puts what has no owner in its own bucket, not among the owners', () => {
    const doc = map().flow('Mailchimp', 'Xero', { owner: '  ' }).risk({ title: 'Laptop with the only copy' }).build();
    const { owners, unowned } = ownersOf(doc);
    expect(unowned.systems.map((s) => s.name)).toEqual(['Mailchimp']);
    expect(unowned.flows.map((f) => f.id)).toEqual(['flow-4']);
    expect(unowned.risks.map((r) => r.title)).toEqual(['Laptop with the only copy']);
    expect(owners.every((o) => o.key !== '')).toBe(true);
  });

  it('lists a team or a mailbox as an owner, marked as no named person', () => {
    const { owners } = ownersOf(mapBuilder().system('Website', { owner: 'IT team' }).system('CRM', { owner: 'Priya Shah' }).build());
    expect(owners.map((o) => [o.name, o.named])).toEqual([['IT team', false], ['Priya Shah', true]]);
  });

  it('flags owners listed among the people who have left, whatever the spelling', () => {
    const { owners } = ownersOf(map().settings({ leavers: ['JO BLOGGS'] }).build());
    expect(owners.map((o) => [o.name, o.left])).toEqual([['Jo Bloggs', true], ['Sam Lee', false]]);
  });

  it('lists the custom risks each person owns, saying which are still open', () => {
    const doc = map()
      .risk({ title: 'Only Jo understands the sync', owner: 'jo bloggs' })
      .risk({ title: 'Old export', owner: 'Jo Bloggs', status: 'mitigated' })
      .build();
    expect(ownerNamed(ownersOf(doc).owners, 'Jo Bloggs').risks).toEqual([
      { id: 'risk-2', title: 'Old export', open: false },
      { id: 'risk-1', title: 'Only Jo understands the sync', open: true },
    ]);
  });

  it("counts the open findings on each owner's systems and flows by severity, leaving treated ones out", () => {
    const doc = map().settings({ leavers: ['Jo Bloggs'] }).build();
    const findings = runChecks(doc, TODAY);
    const jo = ownerNamed(ownersOf(doc, findings).owners, 'Jo Bloggs');
    const onJos = findings.filter((f) => ['sys-1', 'flow-1', 'flow-2'].includes(f.elementId));
    expect(jo.openFindings.total).toBe(onJos.length);
    expect(jo.openFindings.list.map((f) => f.checkId)).toContain('orphaned');
    expect(Object.values(jo.openFindings.bySeverity).reduce((a, b) => a + b, 0)).toBe(onJos.length);
    expect(jo.openFindings.worst).toBe(jo.openFindings.list[0]!.severity);

    const accepted = map().settings({ leavers: ['Jo Bloggs'] }).treatment('orphaned:sys-1', { status: 'accepted' }).build();
    const after = ownerNamed(ownersOf(accepted, runChecks(accepted, TODAY)).owners, 'Jo Bloggs');
    expect(after.openFindings.total).toBe(onJos.length - 1);
    expect(after.openFindings.list.map((f) => f.id)).not.toContain('orphaned:sys-1');
  });

  it('counts nothing without findings', () => {
    const jo = ownerNamed(ownersOf(map().build()).owners, 'Jo Bloggs');
    expect(jo.openFindings).toMatchObject({ total: 0, worst: undefined, list: [] });
  });
});
