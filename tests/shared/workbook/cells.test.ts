import { describe, expect, it } from 'vitest';
import { buildRegisterWorkbook, listRange, SEVERITY_LOOKS } from '../../../shared/workbook';
import { TREATMENT_FIELDS } from '../../../shared/model';
import { TREATMENT_STATUSES } from '../../../shared/vocabulary';
import { cellAt, registerMapWithFindings, rowWithId, sheetOf, TODAY } from './register-map';

const { doc, findings } = registerMapWithFindings();
const model = buildRegisterWorkbook(doc, findings, { today: TODAY });
const integrations = sheetOf(model, 'Integrations');
const systems = sheetOf(model, 'Systems');
const register = sheetOf(model, 'Risk register');
const giftAid = rowWithId(integrations, 'flow-1');

describe('what the cells say', () => {
  it('shows a choice by the label a client reads, not the stored value', () => {
    expect(cellAt(integrations, giftAid, 'Credential stored in')).toBe('Spreadsheet / document');
    expect(cellAt(integrations, giftAid, 'MFA on the account')).toBe('Not applicable');
    expect(cellAt(systems, rowWithId(systems, 'sys-2'), 'Boundary')).toBe('Vendor');
  });

  it('joins several choices with "; "', () => {
    expect(cellAt(integrations, giftAid, 'Data transferred')).toBe('Financial / bank details; Donor records');
    expect(cellAt(integrations, giftAid, 'Discovered via')).toBe('Interview; Documentation');
  });

  it('makes a recorded date a real date cell, "unknown" the word Unknown, and a blank a blank', () => {
    expect(cellAt(integrations, giftAid, 'Credential last rotated')).toEqual({ date: '2024-02-29' });
    expect(cellAt(integrations, giftAid, 'Last reviewed')).toBe('Unknown');
    expect(cellAt(integrations, rowWithId(integrations, 'flow-2'), 'Last reviewed')).toBeNull();
    expect(cellAt(systems, rowWithId(systems, 'sys-1'), 'Last reviewed')).toEqual({ date: '2026-01-10' });
  });

  it('sizes date columns as dates', () => {
    expect(integrations.columns.find((c) => c.header === 'Credential last rotated')).toMatchObject({ kind: 'date' });
    expect(register.columns.find((c) => c.header === 'Next review')).toMatchObject({ kind: 'date' });
  });

  it('counts how many flows touch each system', () => {
    expect(cellAt(systems, rowWithId(systems, 'sys-2'), 'Integrations')).toBe(2);
  });

  it('shows the most severe open finding of each flow, coloured by its severity', () => {
    const column = integrations.columns.findIndex((c) => c.header === 'Highest open risk');
    expect(cellAt(integrations, giftAid, 'Highest open risk')).toBe('Critical');
    expect(integrations.highlights).toContainEqual({ row: giftAid, column, look: SEVERITY_LOOKS.critical });
  });
});

describe('the Risk register rows', () => {
  it('carry the treatment a finding was given, its dates as date cells', () => {
    const row = rowWithId(register, 'no-owner:flow-1');
    expect(cellAt(register, row, 'Treatment')).toBe('Accepted');
    expect(cellAt(register, row, 'Justification')).toBe('The finance volunteer runs it');
    expect(cellAt(register, row, 'Checked by')).toBe('Sam');
    expect(cellAt(register, row, 'Checked on')).toEqual({ date: '2026-11-01' });
    expect(cellAt(register, row, 'Next review')).toBe('Unknown');
  });

  it('say what a finding is about: the element, its systems, the boundary it crosses and the data it carries', () => {
    const row = rowWithId(register, 'plaintext-credentials:flow-1');
    expect(cellAt(register, row, 'Check')).toBe('plaintext-credentials');
    expect(cellAt(register, row, 'Element')).toBe('Integration: Gift Aid to finance');
    expect(cellAt(register, row, 'Systems involved')).toBe('Salesforce; Xero');
    expect(cellAt(register, row, 'Boundary crossed')).toBe('Yes: Xero (Vendor)');
    expect(cellAt(register, row, 'Data types')).toBe('Financial / bank details; Donor records');
    expect(cellAt(register, row, 'Owner')).toBeNull();
    expect(cellAt(register, row, 'Severity raised because')).toMatch(/boundary/);
  });

  it('have a cell for every column, down to the last treatment field', () => {
    const last = TREATMENT_FIELDS.at(-1)!;
    expect(register.columns.at(-1)!.header).toBe(last.label);
    for (const row of register.rows) expect(row).toHaveLength(register.columns.length);
    expect(cellAt(register, rowWithId(register, 'no-owner:flow-1'), last.label)).toBe('Unknown');
  });

  it('list an unchecked finding as Unchecked with blank treatment details', () => {
    const row = rowWithId(register, 'plaintext-credentials:flow-1');
    expect(cellAt(register, row, 'Treatment')).toBe('Unchecked');
    expect(cellAt(register, row, 'Justification')).toBeNull();
    expect(cellAt(register, row, 'Checked on')).toBeNull();
  });

  it('include the assessor’s own risks with their owner and the systems they name', () => {
    const row = rowWithId(register, 'risk-1');
    expect(cellAt(register, row, 'Check')).toBe('custom');
    expect(cellAt(register, row, 'Title')).toBe('Only Priya understands the sync');
    expect(cellAt(register, row, 'Element')).toBe('System: Salesforce');
    expect(cellAt(register, row, 'Boundary crossed')).toBe('No');
    expect(cellAt(register, row, 'Owner')).toBe('Priya Shah');
    expect(cellAt(register, row, 'Severity')).toBe('High');
  });

  it('colour every severity cell with its severity’s colour', () => {
    const column = register.columns.findIndex((c) => c.header === 'Severity');
    expect(register.highlights).toHaveLength(register.rows.length);
    for (const { row, column: at, look } of register.highlights) {
      expect(at).toBe(column);
      const label = register.rows[row]![column] as string;
      expect(look).toBe(SEVERITY_LOOKS[label.toLowerCase() as keyof typeof SEVERITY_LOOKS]);
    }
  });

  it('offer the treatment statuses as a dropdown from the Lists sheet, over the rows and spare ones below', () => {
    expect(register.columns.find((c) => c.header === 'Treatment')?.dropdown).toBe(listRange(TREATMENT_STATUSES));
    expect(register.dropdownRows).toBeGreaterThan(register.rows.length);
    expect(register).toMatchObject({ header: true, freezeHeader: true, autoFilter: true });
  });
});
