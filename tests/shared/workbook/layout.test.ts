import { describe, expect, it } from 'vitest';
import { asAssessmentId, createAssessment, documentFrom } from '../../../shared/model';
import { registerFileName } from '../../../shared/workbook';
import { fitColumns, headerLines } from '../../../shared/workbook/sheet';

describe('column widths', () => {
  it('fit the longest line in the column, header included, with a little room', () => {
    const [name, notes] = fitColumns([{ header: 'Name' }, { header: 'Notes' }], [['Salesforce NPSP', 'short\na much longer second line']]);
    expect(name).toMatchObject({ width: 'Salesforce NPSP'.length + 2, wrap: false });
    expect(notes).toMatchObject({ width: 'a much longer second line'.length + 2 });
  });

  it('stay between a minimum and a maximum, wrapping text that would be wider', () => {
    const [narrow, wide] = fitColumns([{ header: 'ID' }, { header: 'Purpose' }], [['a', 'x'.repeat(500)]]);
    expect(narrow!.width).toBe(8);
    expect(wide).toMatchObject({ width: 60, wrap: true });
  });

  it('leave room for a whole date in a date column', () => {
    const [date] = fitColumns([{ header: 'On', kind: 'date' }], [[{ date: '2026-11-22' }]]);
    expect(date).toMatchObject({ kind: 'date', width: 14 });
  });

  it('let a long header wrap onto a second line rather than widen its column', () => {
    const columns = fitColumns([{ header: 'Credential last rotated', kind: 'date' }], []);
    expect(columns[0]!.width).toBeLessThan('Credential last rotated'.length);
    expect(headerLines(columns)).toBe(2);
    expect(headerLines(fitColumns([{ header: 'Owner' }], []))).toBe(1);
  });
});

describe('the register’s suggested file name', () => {
  const named = (name: string) => documentFrom(createAssessment({ id: asAssessmentId('a'), now: '2026-01-01T00:00:00.000Z', name }), [], []);

  it('is the assessment name, "risk register" and the day', () => {
    expect(registerFileName(named('Harbour Trust review'), '2026-11-22')).toBe('Harbour Trust review risk register 2026-11-22.xlsx');
  });

  it('replaces characters a file system would refuse', () => {
    expect(registerFileName(named('Review: 2026/27 <draft> "final"?'), '2026-11-22')).toBe('Review 2026 27 draft final risk register 2026-11-22.xlsx');
    expect(registerFileName(named('a\\b|c*d\n'), '2026-11-22')).toBe('a b c d risk register 2026-11-22.xlsx');
  });

  it('falls back to "Risk register" when nothing usable is left of the name', () => {
    expect(registerFileName(named(' ??? '), '2026-11-22')).toBe('Risk register 2026-11-22.xlsx');
  });

  it('stays short enough for every file system', () => {
    expect(registerFileName(named('x'.repeat(500)), '2026-11-22').length).toBeLessThanOrEqual(160);
  });
});
