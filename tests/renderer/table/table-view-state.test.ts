import { describe, expect, it } from 'vitest';
import { createTableViewStore, type SessionMemory } from '../../../renderer/table/table-view-state';

function memory(): SessionMemory & { readonly stored: Map<string, string> } {
  const stored = new Map<string, string>();
  return { stored, read: (key) => stored.get(key) ?? null, write: (key, value) => void stored.set(key, value) };
}

describe('the table view state', () => {
  it('keeps each tab\'s search, filters and order apart', () => {
    const view = createTableViewStore(memory());
    view.getState().setSearch('flows', 'xero');
    view.getState().setFilter('systems', 'kind', 'crm');
    view.getState().sortBy('flows', 'owner');
    expect(view.getState().queries.flows).toEqual({ search: 'xero', filters: {}, sort: { columnId: 'owner', direction: 'ascending' } });
    expect(view.getState().queries.systems).toEqual({ search: '', filters: { kind: 'crm' }, sort: null });
  });

  it('clears the search and every filter in one step, keeping the order', () => {
    const view = createTableViewStore(memory());
    view.getState().setSearch('flows', 'xero');
    view.getState().setFilter('flows', 'owner', 'ann');
    view.getState().sortBy('flows', 'owner');
    view.getState().clearFilters('flows');
    expect(view.getState().queries.flows).toEqual({ search: '', filters: {}, sort: { columnId: 'owner', direction: 'ascending' } });
  });

  it('drops a column\'s filter and order when it is hidden, so nothing filters out of sight', () => {
    const view = createTableViewStore(memory());
    view.getState().setFilter('flows', 'owner', 'ann');
    view.getState().sortBy('flows', 'owner');
    view.getState().setHidden('flows', 'owner', true);
    expect(view.getState().hidden.flows).toEqual(['owner']);
    expect(view.getState().queries.flows.filters.owner).toBe('');
    expect(view.getState().queries.flows.sort).toBeNull();
  });

  it('remembers hidden columns for the session, for the next map opened', () => {
    const session = memory();
    const first = createTableViewStore(session);
    first.getState().setHidden('flows', 'notes', true);
    first.getState().setHidden('systems', 'vendor', true);
    const next = createTableViewStore(session);
    expect(next.getState().hidden).toEqual({ flows: ['notes'], systems: ['vendor'] });
    next.getState().showAllColumns('flows');
    expect(createTableViewStore(session).getState().hidden.flows).toEqual([]);
  });

  it('ignores a damaged memory of hidden columns', () => {
    const session = memory();
    session.write('integration-mapper.table.hidden.flows', '{not json');
    session.write('integration-mapper.table.hidden.systems', '[1, "vendor"]');
    expect(createTableViewStore(session).getState().hidden).toEqual({ flows: [], systems: ['vendor'] });
  });
});
