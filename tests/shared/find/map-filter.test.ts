import { describe, expect, it } from 'vitest';
import { isFiltering, matchMap, NO_FILTER, ownerChoices, type MapFilter, type MatchFacts } from '../../../shared/find';
import { asFlowId, asSystemId, createFlow, type IsoDate } from '../../../shared/model';
import { reviewCalendar } from '../../../shared/reviews';
import type { Severity } from '../../../shared/vocabulary';
import { mapBuilder } from '../../support/map-builder';

const TODAY: IsoDate = '2026-11-22';

/**
 * Donor CRM (internal) → Xero (vendor) carrying donor and financial data, Donor CRM → Mailchimp
 * (vendor) carrying personal data, Website (partner) → Donor CRM, nothing recorded.
 */
const doc = mapBuilder()
  .system('Donor CRM', { kind: 'crm', vendor: 'Blackbaud', owner: 'Priya Shah', boundary: 'internal', lastReviewed: '2026-10-01' })
  .system('Xero', { kind: 'finance', vendor: 'Xero Ltd', owner: 'Sam  JONES', boundary: 'vendor', lastReviewed: '2025-12-10' })
  .system('Mailchimp', { kind: 'email-collaboration', owner: 'Zoë Adams', boundary: 'vendor', notes: 'Newsletter sign-ups', lastReviewed: '2026-09-01' })
  .system('Website', { kind: 'website-cms', boundary: 'partner', lastReviewed: '' })
  .flow('Donor CRM', 'Xero', { name: 'Gift Aid claims', dataTypes: ['donor-records', 'financial'], owner: 'Sam Jones', account: 'svc-giftaid', lastReviewed: '2024-01-01' })
  .flow('Donor CRM', 'Mailchimp', { name: 'Mailing list', dataTypes: ['personal'], owner: 'Priya Shah', lastReviewed: '2026-11-01' })
  .flow('Website', 'Donor CRM', { name: 'Web donations', dataTypes: ['personal', 'payment-card'], lastReviewed: '' })
  .build();
const [crm, xero, mailchimp, website] = ['sys-1', 'sys-2', 'sys-3', 'sys-4'].map(asSystemId);
const [giftAid, mailing, donations] = ['flow-1', 'flow-2', 'flow-3'].map(asFlowId);

const SEVERITIES: Readonly<Record<string, Severity>> = { [giftAid!]: 'high', [xero!]: 'medium', [website!]: 'elevated' };
const facts: MatchFacts = { severityOf: (id) => SEVERITIES[id], reviews: reviewCalendar(doc, TODAY) };
const matching = (filter: Partial<MapFilter>) => [...matchMap(doc, { ...NO_FILTER, ...filter }, facts).ids].sort();
const ids = (...list: (string | undefined)[]) => [...list].map(String).sort();

describe('matching the map against the find bar', () => {
  it('filters nothing until a criterion is set', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, text: '   ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, boundary: 'vendor' })).toBe(true);
  });

  it('finds text in names, vendors, owners, accounts and notes, in any case', () => {
    expect(matching({ text: 'gift AID' })).toEqual(ids(giftAid));
    expect(matching({ text: 'blackbaud' })).toEqual(ids(crm));
    expect(matching({ text: 'SVC-GIFTAID' })).toEqual(ids(giftAid));
    expect(matching({ text: 'newsletter' })).toEqual(ids(mailchimp));
    expect(matching({ text: 'priya' })).toEqual(ids(crm, mailing));
  });

  it('wants every word, in any field, and ignores accents', () => {
    expect(matching({ text: 'priya list' })).toEqual(ids(mailing));
    expect(matching({ text: 'zoe' })).toEqual(ids(mailchimp));
    expect(matching({ text: 'nothing like this' })).toEqual([]);
  });

  it('finds a system by its kind', () => {
    expect(matching({ text: 'finance' })).toEqual(ids(xero));
  });

  it('finds flows carrying a data type, and the systems they run between', () => {
    expect(matching({ dataType: 'payment-card' })).toEqual(ids(donations, website, crm));
    expect(matching({ dataType: 'personal' })).toEqual(ids(mailing, donations, crm, mailchimp, website));
  });

  it('finds what an owner owns, however the name is written', () => {
    const sam = ownerChoices(doc).find((owner) => owner.label === 'Sam  JONES')!;
    expect(matching({ owner: sam.value })).toEqual(ids(xero, giftAid));
  });

  it('finds the systems on one side of the boundary, and the flows touching them', () => {
    expect(matching({ boundary: 'vendor' })).toEqual(ids(xero, mailchimp, giftAid, mailing));
    expect(matching({ boundary: 'partner' })).toEqual(ids(website, donations));
  });

  it('finds elements whose worst open finding is at least as severe as asked', () => {
    expect(matching({ severity: 'high' })).toEqual(ids(giftAid));
    expect(matching({ severity: 'elevated' })).toEqual(ids(giftAid, website));
    expect(matching({ severity: 'low' })).toEqual(ids(giftAid, website, xero));
  });

  it('finds elements by review state', () => {
    expect(matching({ review: 'overdue' })).toEqual(ids(giftAid));
    expect(matching({ review: 'never' })).toEqual(ids(website, donations));
    expect(matching({ review: 'due-soon' })).toEqual(ids(xero));
    expect(matching({ review: 'ok' })).toEqual(ids(crm, mailchimp, mailing));
  });

  it('wants every criterion set to hold', () => {
    expect(matching({ boundary: 'vendor', dataType: 'personal' })).toEqual(ids(mailchimp, mailing));
    expect(matching({ boundary: 'vendor', text: 'priya' })).toEqual(ids(mailing));
    expect(matching({ dataType: 'personal', review: 'never', severity: 'elevated' })).toEqual(ids(website));
  });

  it('counts what matches among the systems and flows on the map, leaving out a flow missing an end', () => {
    const dangling = createFlow({ id: asFlowId('flow-9'), sourceId: crm!, targetId: asSystemId('sys-gone'), name: 'Gift Aid backup' });
    const withDangling = { ...doc, flows: { ...doc.flows, [dangling.id]: dangling } };
    const matches = matchMap(withDangling, { ...NO_FILTER, text: 'gift aid' }, facts);
    expect(matches).toMatchObject({ systems: 0, flows: 1, total: 7 });
    expect([...matches.ids]).toEqual([giftAid]);
  });
});

describe('owner choices', () => {
  it('lists everyone named as an owner once, A to Z, under the first spelling', () => {
    const withDuplicate = { ...doc, flows: { ...doc.flows, [giftAid!]: { ...doc.flows[giftAid!]!, owner: 'sam jones' } } };
    expect(ownerChoices(withDuplicate).map((owner) => owner.label)).toEqual(['Priya Shah', 'Sam  JONES', 'Zoë Adams']);
  });
});
