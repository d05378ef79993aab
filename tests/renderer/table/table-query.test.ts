import { describe, expect, it } from 'vitest';
import { FLOW_COLUMNS, NEEDS_REVIEW } from '../../../renderer/table/columns';
import {
  activeFilterCount, BLANK_FILTER, EMPTY_QUERY, filterRows, isFiltered, nextSort, sortRows, type TableQuery,
} from '../../../renderer/table/table-query';
import type { FlowRow } from '../../../renderer/table/table-rows';
import { mapBuilder } from '../../support/map-builder';
import { rowsOf } from './table-support';

const doc = mapBuilder()
  .system('CRM').system('Finance').system('Website')
  .flow('CRM', 'Finance', { name: 'Flow 10', owner: 'Ann', frequency: 'daily', lastReviewed: '2026-02-01' })
  .flow('Website', 'CRM', { name: 'flow 9', owner: '', frequency: 'hourly', lastReviewed: '' })
  .flow('CRM', 'Website', { name: 'Gift Aid', owner: 'Bo', frequency: '', purpose: 'Claims for the website team', lastReviewed: '2023-01-01' })
  .build();
const { flows } = rowsOf(doc);
const names = (rows: readonly FlowRow[]) => rows.map((row) => row.record.name);
const byId = (id: string) => FLOW_COLUMNS.find((c) => c.id === id)!;
const query = (changes: Partial<TableQuery>): TableQuery => ({ ...EMPTY_QUERY, ...changes });

describe('sorting the table', () => {
  it('sorts text naturally, ignoring case, either way round', () => {
    expect(names(sortRows(flows, byId('name'), 'ascending'))).toEqual(['flow 9', 'Flow 10', 'Gift Aid']);
    expect(names(sortRows(flows, byId('name'), 'descending'))).toEqual(['Gift Aid', 'Flow 10', 'flow 9']);
  });

  it('puts blanks last whichever way it sorts', () => {
    expect(names(sortRows(flows, byId('owner'), 'ascending'))).toEqual(['Flow 10', 'Gift Aid', 'flow 9']);
    expect(names(sortRows(flows, byId('owner'), 'descending'))).toEqual(['Gift Aid', 'Flow 10', 'flow 9']);
  });

  it('sorts a choice in its vocabulary order (hourly before daily), not by its label', () => {
    expect(names(sortRows(flows, byId('frequency'), 'ascending'))).toEqual(['flow 9', 'Flow 10', 'Gift Aid']);
  });

  it('sorts reviews most urgent first: overdue, then never reviewed, then the rest', () => {
    expect(names(sortRows(flows, byId('review'), 'ascending'))).toEqual(['Gift Aid', 'flow 9', 'Flow 10']);
  });

  it('goes ascending, then descending, when a header is chosen again', () => {
    const first = nextSort(null, 'owner');
    expect(first).toEqual({ columnId: 'owner', direction: 'ascending' });
    expect(nextSort(first, 'owner')).toEqual({ columnId: 'owner', direction: 'descending' });
    expect(nextSort(nextSort(first, 'owner'), 'owner').direction).toBe('ascending');
    expect(nextSort(first, 'name')).toEqual({ columnId: 'name', direction: 'ascending' });
  });
});

describe('filtering the table', () => {
  it('keeps every row when nothing is asked for', () => {
    expect(filterRows(flows, FLOW_COLUMNS, EMPTY_QUERY)).toBe(flows);
    expect(isFiltered(EMPTY_QUERY)).toBe(false);
  });

  it('finds the search words in any shown column, case ignored', () => {
    expect(names(filterRows(flows, FLOW_COLUMNS, query({ search: 'WEBSITE' })))).toEqual(['flow 9', 'Gift Aid']);
    expect(names(filterRows(flows, FLOW_COLUMNS, query({ search: 'claims' })))).toEqual(['Gift Aid']);
  });

  it('does not search columns that are hidden', () => {
    const withoutPurpose = FLOW_COLUMNS.filter((c) => c.id !== 'purpose');
    expect(names(filterRows(flows, withoutPurpose, query({ search: 'claims' })))).toEqual([]);
  });

  it('never matches a search across two cells', () => {
    expect(filterRows(flows, FLOW_COLUMNS, query({ search: 'crmfinance' }))).toEqual([]);
  });

  it('filters a text column by what it contains', () => {
    expect(names(filterRows(flows, FLOW_COLUMNS, query({ filters: { owner: 'an' } })))).toEqual(['Flow 10']);
  });

  it('filters a choice column by value, or by being blank', () => {
    expect(names(filterRows(flows, FLOW_COLUMNS, query({ filters: { frequency: 'daily' } })))).toEqual(['Flow 10']);
    expect(names(filterRows(flows, FLOW_COLUMNS, query({ filters: { frequency: BLANK_FILTER } })))).toEqual(['Gift Aid']);
  });

  it('filters the review column for what needs a review', () => {
    expect(names(filterRows(flows, FLOW_COLUMNS, query({ filters: { review: NEEDS_REVIEW } })))).toEqual(['flow 9', 'Gift Aid']);
    expect(names(filterRows(flows, FLOW_COLUMNS, query({ filters: { review: 'never' } })))).toEqual(['flow 9']);
  });

  it('needs every filter and the search to hold at once', () => {
    const both = query({ search: 'crm', filters: { source: 'crm', owner: 'b' } });
    expect(names(filterRows(flows, FLOW_COLUMNS, both))).toEqual(['Gift Aid']);
    expect(activeFilterCount(both)).toBe(2);
    expect(isFiltered(both)).toBe(true);
  });
});
