import { describe, expect, it } from 'vitest';
import { isListedAsLeft, newOwnerProblem } from '../../../shared/owners';
import { mapBuilder } from '../../support/map-builder';

const doc = mapBuilder().system('CRM', { owner: 'Jo Bloggs' }).settings({ leavers: ['Alex Gone'] }).build();

describe('the new owner of what someone hands over', () => {
  it('may be any named person who is staying', () => {
    expect(newOwnerProblem(doc, 'Jo Bloggs', '  Priya  Shah ')).toBeUndefined();
  });

  it('must be given', () => {
    expect(newOwnerProblem(doc, 'Jo Bloggs', '   ')).toMatch(/Enter the name/);
  });

  it('must be a person, not a team, a mailbox or "unknown"', () => {
    for (const name of ['IT team', 'info@charity.org', 'unknown']) expect(newOwnerProblem(doc, 'Jo Bloggs', name)).toMatch(/not a person/);
  });

  it('must be someone else', () => {
    expect(newOwnerProblem(doc, 'Jo Bloggs', 'jo bloggs')).toMatch(/already owns/);
  });

  it('must not have left', () => {
    expect(newOwnerProblem(doc, 'Jo Bloggs', 'alex  gone')).toMatch(/listed as having left/);
    expect(isListedAsLeft(['Alex Gone'], 'ALEX GONE')).toBe(true);
    expect(isListedAsLeft(['Alex Gone'], '')).toBe(false);
  });
});
