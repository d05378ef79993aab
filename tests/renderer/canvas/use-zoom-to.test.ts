import { describe, expect, it } from 'vitest';
import { systemsToFrame } from '../../../renderer/canvas/use-zoom-to';
import { mapBuilder } from '../../support/map-builder';

const doc = mapBuilder().system('Donor CRM').system('Xero').system('Mailchimp')
  .flow('Donor CRM', 'Xero').flow('Mailchimp', 'Donor CRM').build();

describe('what a zoom to elements frames', () => {
  it('frames a system, and both ends of a flow, each once', () => {
    expect(systemsToFrame(doc, ['sys-3', 'flow-1'])).toEqual(['sys-3', 'sys-1', 'sys-2']);
    expect(systemsToFrame(doc, ['flow-1', 'flow-2'])).toEqual(['sys-1', 'sys-2', 'sys-3']);
  });

  it('frames nothing for elements no longer on the map', () => {
    expect(systemsToFrame(doc, ['sys-9', 'flow-9'])).toEqual([]);
  });
});
