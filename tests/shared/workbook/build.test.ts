import { describe, expect, it } from 'vitest';
import { CHECKS, compareEntries, registerEntries } from '../../../shared/checks';
import { FLOW_FIELDS, SYSTEM_FIELDS } from '../../../shared/model';
import { buildRegisterWorkbook } from '../../../shared/workbook';
import { mapBuilder } from '../../support/map-builder';
import { cellAt, registerMapWithFindings, rowWithId, sheetOf, TODAY } from './register-map';

const { doc, findings } = registerMapWithFindings();
const model = buildRegisterWorkbook(doc, findings, { today: TODAY });

describe('the risk register workbook', () => {
  it('has the sheets a client reads, in order: summary first, lists last', () => {
    expect(model.sheets.map((s) => s.name)).toEqual(['Summary', 'Integrations', 'Systems', 'Risk register', 'Checks', 'Change log', 'Legend', 'Lists']);
  });

  it('is dated today, in its properties as on its Summary', () => {
    expect(model.properties).toMatchObject({ created: TODAY, title: 'Test assessment risk register', creator: 'Sam Assessor' });
    expect(model.properties.subject).toContain('Test charity');
  });

  it('lists one row per flow on Integrations and one per system on Systems, each with its id', () => {
    const integrations = sheetOf(model, 'Integrations');
    const systems = sheetOf(model, 'Systems');
    expect(integrations.rows.map((row) => row[0]).sort()).toEqual(Object.keys(doc.flows).sort());
    expect(systems.rows.map((row) => row[0]).sort()).toEqual(Object.keys(doc.systems).sort());
  });

  it('has a column for every recorded field, headed by its label, so a new field appears without touching the workbook', () => {
    const integrations = sheetOf(model, 'Integrations').columns.map((c) => c.header);
    const systems = sheetOf(model, 'Systems').columns.map((c) => c.header);
    expect(integrations.slice(0, 3)).toEqual(['ID', 'Source', 'Destination']);
    expect(integrations).toEqual(expect.arrayContaining(FLOW_FIELDS.map((f) => f.label)));
    expect(systems[0]).toBe('ID');
    expect(systems).toEqual(expect.arrayContaining(SYSTEM_FIELDS.map((f) => f.label)));
  });

  it('names a flow’s ends by the systems’ names, not their ids', () => {
    const integrations = sheetOf(model, 'Integrations');
    const row = rowWithId(integrations, 'flow-1');
    expect(cellAt(integrations, row, 'Source')).toBe('Salesforce');
    expect(cellAt(integrations, row, 'Destination')).toBe('Xero');
  });

  it('sorts systems by name and flows by source then destination, case ignored, whatever order they were drawn in', () => {
    const drawn = mapBuilder().system('beta').system('Alpha').system('gamma')
      .flow('gamma', 'Alpha').flow('Alpha', 'gamma').flow('Alpha', 'beta').build();
    const sorted = buildRegisterWorkbook(drawn, [], { today: TODAY });
    expect(sheetOf(sorted, 'Systems').rows.map((row) => row[1])).toEqual(['Alpha', 'beta', 'gamma']);
    expect(sheetOf(sorted, 'Integrations').rows.map((row) => `${row[1]} → ${row[2]}`)).toEqual(['Alpha → beta', 'Alpha → gamma', 'gamma → Alpha']);
  });

  it('lists every finding and custom risk once on the Risk register, most severe first', () => {
    const register = sheetOf(model, 'Risk register');
    const entries = registerEntries(doc, findings).sort(compareEntries);
    expect(register.rows.map((row) => row[0])).toEqual(entries.map((e) => e.id));
    expect(register.rows.map((row) => row[0])).toContain('risk-1');
    expect(cellAt(register, 0, 'Severity')).toBe('Critical');
  });

  it('lists the whole check catalogue as it stands, in its order', () => {
    expect(sheetOf(model, 'Checks').rows.map((row) => row[0])).toEqual(CHECKS.map((c) => c.id));
  });

  it('is the same model every time for the same map and day', () => {
    expect(buildRegisterWorkbook(doc, findings, { today: TODAY })).toEqual(model);
    expect(JSON.stringify(buildRegisterWorkbook(doc, [...findings].reverse(), { today: TODAY }))).toBe(JSON.stringify(model));
  });

  it('refuses a day that is not a date, rather than dating the register wrongly', () => {
    expect(() => buildRegisterWorkbook(doc, findings, { today: '22/11/2026' as never })).toThrow(/YYYY-MM-DD/);
  });

  it('makes a workbook for an empty map: headers, no rows, and a Summary saying there is nothing open', () => {
    const empty = buildRegisterWorkbook({ ...doc, systems: {}, flows: {}, treatments: {}, risks: {} }, [], { today: TODAY });
    expect(sheetOf(empty, 'Risk register').rows).toEqual([]);
    expect(sheetOf(empty, 'Integrations').columns[0]!.header).toBe('ID');
    expect(sheetOf(empty, 'Summary').rows.flat()).toContain('None: every risk is accepted, mitigated or a false positive.');
  });
});
