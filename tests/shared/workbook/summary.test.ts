import { describe, expect, it } from 'vitest';
import { buildRegisterWorkbook, SEVERITY_LOOKS } from '../../../shared/workbook';
import { leaversCell } from '../../../shared/workbook/summary-sheet';
import { mapBuilder } from '../../support/map-builder';
import { registerMapWithFindings, sheetOf, TODAY } from './register-map';

const { doc, findings } = registerMapWithFindings();
const summary = sheetOf(buildRegisterWorkbook(doc, findings, { today: TODAY }), 'Summary');
const rowStarting = (label: string) => {
  const row = summary.rows.findIndex((cells) => cells[0] === label);
  if (row === -1) throw new Error(`No Summary row "${label}"`);
  return row;
};
const rowOf = (label: string) => summary.rows[rowStarting(label)]!;

describe('the Summary sheet', () => {
  it('says what was assessed, for whom, by whom and when', () => {
    expect(rowOf('Assessment')[1]).toBe('Test assessment');
    expect(rowOf('Organisation')[1]).toBe('Test charity');
    expect(rowOf('Assessor')[1]).toBe('Sam Assessor');
    expect(rowOf('Date')[1]).toEqual({ date: TODAY });
    expect(rowOf('Systems')[1]).toBe(Object.keys(doc.systems).length);
    expect(rowOf('Integrations')[1]).toBe(Object.keys(doc.flows).length);
  });

  it('counts open and all risks by severity, adding up to the totals', () => {
    const severities = ['Critical', 'High', 'Elevated', 'Medium', 'Low'].map(rowOf);
    const total = rowOf('Total');
    const all = findings.length + Object.keys(doc.risks).length;
    expect(total).toEqual(['Total', all - 1, all]);
    expect(severities.reduce((sum, row) => sum + (row[1] as number), 0)).toBe(total[1]);
    expect(severities.reduce((sum, row) => sum + (row[2] as number), 0)).toBe(total[2]);
    expect(rowOf('Critical')).toEqual(['Critical', 1, 1]);
  });

  it('colours each severity’s counts with that severity’s colour', () => {
    const row = rowStarting('Critical');
    expect(summary.highlights.filter((h) => h.row === row)).toEqual([0, 1, 2].map((column) => ({ row, column, look: SEVERITY_LOOKS.critical })));
  });

  it('counts risks by treatment', () => {
    expect(rowOf('Accepted')).toEqual(['Accepted', 1]);
    expect(rowOf('Unchecked')).toEqual(['Unchecked', findings.length]);
  });

  it('lists the most severe open risks, worst first, leaving out accepted ones', () => {
    const heading = rowStarting('Most severe open risks') + 1;
    // The list runs to the blank row before the next section.
    const rest = summary.rows.slice(heading + 1);
    const top = rest.slice(0, rest.findIndex((row) => row.length === 0));
    expect(summary.rows[heading]).toEqual(['Severity', 'Title', 'Treatment', 'ID', 'Finding']);
    expect(top).toHaveLength(10);
    expect(top[0]).toEqual(['Critical', 'Credentials stored in plain text', 'Unchecked', 'plaintext-credentials:flow-1', expect.stringContaining('Gift Aid to finance')]);
    expect(top.map((row) => row[3])).not.toContain('no-owner:flow-1');
  });

  it('reads as a page: a title and headings, no table header, filter or frozen row', () => {
    expect(summary).toMatchObject({ header: false, freezeHeader: false, autoFilter: false });
    expect(summary.rowStyles[0]).toEqual({ row: 0, style: 'title' });
    expect(summary.rows[0]).toEqual(['Integration risk register']);
  });

  it('carries the assessment id, with a note asking to leave it, so a re-import finds the assessment', () => {
    expect(rowOf('Assessment ID')).toEqual(['Assessment ID', 'assessment-1', expect.stringMatching(/^Leave it as it is/)]);
  });

  it('shows the check settings the findings were worked out with', () => {
    const withSettings = mapBuilder().settings({ reviewIntervalMonths: 6, rotationIntervalDays: 90, leavers: ['Alex Old', 'Jo Gone'] }).build();
    const page = sheetOf(buildRegisterWorkbook(withSettings, [], { today: TODAY }), 'Summary');
    const valueOf = (label: string) => page.rows.find((cells) => cells[0] === label)?.[1];
    expect(valueOf('Review interval (months)')).toBe(6);
    expect(valueOf('Rotation interval (days)')).toBe(90);
    expect(valueOf('People who have left')).toBe('Alex Old; Jo Gone');
  });

  it('puts the people who have left one a line when a name holds a ";", so they split back exactly', () => {
    expect(leaversCell(['Smith; J', 'Jo'])).toBe('Smith; J\nJo');
    expect(leaversCell([])).toBeNull();
    expect(leaversCell(['=Evil', 'Jo'])).toBe("'=Evil; Jo");
  });

  it('keeps its count column narrow: the notes beside the values run on over the empty cells', () => {
    expect(summary.columns[2]).toMatchObject({ width: 16, wrap: false });
  });
});
