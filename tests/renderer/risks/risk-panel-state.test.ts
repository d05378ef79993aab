import { describe, expect, it } from 'vitest';
import { createRiskPanelStore, PAGE_SIZE } from '../../../renderer/risks/risk-panel-state';

describe('the risk panel state', () => {
  it('starts on Details, listing open risks most severe first', () => {
    const panel = createRiskPanelStore().getState();
    expect(panel.tab).toBe('details');
    expect(panel.query).toEqual({ severity: 'all', checkId: 'all', status: 'open', sort: 'severity' });
    expect(panel.limit).toBe(PAGE_SIZE);
  });

  it('opens an entry on the Risks tab and closes it back to the list', () => {
    const panel = createRiskPanelStore();
    panel.getState().openEntry('no-owner:sys-1');
    expect(panel.getState()).toMatchObject({ tab: 'risks', openId: 'no-owner:sys-1' });
    panel.getState().closeEntry();
    expect(panel.getState()).toMatchObject({ tab: 'risks', openId: null });
  });

  it('shows more rows on request, and starts from the top again when a filter changes', () => {
    const panel = createRiskPanelStore();
    panel.getState().showMore();
    expect(panel.getState().limit).toBe(2 * PAGE_SIZE);
    panel.getState().setQuery({ severity: 'high' });
    expect(panel.getState().limit).toBe(PAGE_SIZE);
    expect(panel.getState().query).toMatchObject({ severity: 'high', status: 'open' });
  });
});
