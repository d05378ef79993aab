import { beforeAll, describe, expect, it } from 'vitest';
import { writeXlsx } from '../../io/xlsx/write-workbook';
import { compareEntries, registerEntries } from '../../shared/checks';
import { TREATMENT_STATUSES } from '../../shared/vocabulary';
import { buildRegisterWorkbook, listRange, SEVERITY_LOOKS } from '../../shared/workbook';
import { escaped, HARMLESS_NAME, HOSTILE_TEXTS, registerMapWithFindings, TODAY } from '../shared/workbook/register-map';
import { needsOpenpyxl, openpyxlUnavailable, readWithOpenpyxl } from './openpyxl';

interface CellReport { value: unknown; data_type: string; is_date: boolean; python_type: string; number_format: string }
interface Report {
  sheets: string[];
  title: string;
  created: string;
  register: {
    header: string[];
    ids: string[];
    freeze_panes: string;
    auto_filter: string;
    validations: Array<{ sqref: string; type: string; formula1: string }>;
    first_severity: { value: string; fill: string };
  };
  integrations: Record<string, Record<string, CellReport>>;
  systems: Record<string, Record<string, CellReport>>;
  formulas: number;
}

const { doc, findings } = registerMapWithFindings();
const model = buildRegisterWorkbook(doc, findings, { today: TODAY });
let report: Report;

beforeAll(async () => {
  if (openpyxlUnavailable) return;
  report = readWithOpenpyxl<Report>(await writeXlsx(model));
});

describe('the workbook as openpyxl reads it', () => {
  it('has the sheets, title and date the model says', (context) => {
    needsOpenpyxl(context);
    expect(report.sheets).toEqual(model.sheets.map((s) => s.name));
    expect(report.title).toBe('Test assessment risk register');
    expect(report.created).toBe('2026-11-22T00:00:00');
  });

  it('heads the Risk register with its columns and lists every entry by id, most severe first', (context) => {
    needsOpenpyxl(context);
    expect(report.register.header).toEqual(model.sheets.find((s) => s.name === 'Risk register')!.columns.map((c) => c.header));
    expect(report.register.ids).toEqual(registerEntries(doc, findings).sort(compareEntries).map((e) => e.id));
  });

  it('freezes the header row, filters the table and offers the treatment dropdown from the Lists sheet', (context) => {
    needsOpenpyxl(context);
    expect(report.register.freeze_panes).toBe('A2');
    expect(report.register.auto_filter).toBe(`A1:U${report.register.ids.length + 1}`);
    expect(report.register.validations).toContainEqual({ sqref: expect.stringMatching(/^Q2:Q\d+$/), type: 'list', formula1: listRange(TREATMENT_STATUSES) });
  });

  it('colours the first severity cell', (context) => {
    needsOpenpyxl(context);
    expect(report.register.first_severity).toEqual({ value: 'Critical', fill: `FF${SEVERITY_LOOKS.critical.fill}` });
  });

  it('reads a recorded date as a date, formatted as one', (context) => {
    needsOpenpyxl(context);
    expect(report.integrations['flow-1']!['Credential last rotated']).toMatchObject({
      value: '2024-02-29T00:00:00', python_type: 'datetime', is_date: true, number_format: 'yyyy-mm-dd',
    });
    expect(report.integrations['flow-1']!['Last reviewed']).toMatchObject({ value: 'Unknown', data_type: 's' });
  });

  it('reads every hostile name as text starting with a quote, and finds no formula anywhere', (context) => {
    needsOpenpyxl(context);
    HOSTILE_TEXTS.forEach((text, i) => {
      expect(report.systems[`sys-${i + 4}`]!['Name'], JSON.stringify(text)).toMatchObject({ value: escaped(text), data_type: 's', python_type: 'str' });
    });
    expect(report.systems['sys-3']!['Name']).toMatchObject({ value: HARMLESS_NAME, data_type: 's' });
    expect(report.integrations['flow-2']!['Account / credential']).toMatchObject({ value: '0042', data_type: 's' });
    expect(report.formulas).toBe(0);
  });
});
