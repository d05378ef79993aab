import { describe, expect, it } from 'vitest';
import { FLOW_FIELDS, SYSTEM_FIELDS } from '../../../shared/model';
import { ALL_VOCABULARIES, FLOW_STATUSES, SYSTEM_STATUSES, TREATMENT_STATUSES } from '../../../shared/vocabulary';
import { buildRegisterWorkbook, columnLetter, listRange } from '../../../shared/workbook';
import { registerMapWithFindings, sheetOf, TODAY } from './register-map';

const { doc, findings } = registerMapWithFindings();
const model = buildRegisterWorkbook(doc, findings, { today: TODAY });
const lists = sheetOf(model, 'Lists');

/** The labels in the Lists column a range like `Lists!$B$2:$B$7` points at. */
function labelsIn(range: string): string[] {
  const match = /^Lists!\$([A-Z]+)\$(\d+):\$\1\$(\d+)$/.exec(range);
  if (!match) throw new Error(`Not a Lists range: ${range}`);
  const column = lists.columns.findIndex((_, i) => columnLetter(i) === match[1]);
  return lists.rows.slice(Number(match[2]) - 2, Number(match[3]) - 1).map((row) => row[column] as string);
}

describe('the Lists sheet behind the dropdowns', () => {
  it('has a column per vocabulary, headed by its title and listing its labels', () => {
    expect(lists.columns.map((c) => c.header)).toEqual(ALL_VOCABULARIES.map((v) => v.title));
    for (const vocabulary of ALL_VOCABULARIES) expect(labelsIn(listRange(vocabulary))).toEqual(vocabulary.terms.map((t) => t.label));
  });

  it('is referenced by absolute ranges, e.g. Lists!$S$2:$S$7 for the treatment statuses', () => {
    expect(listRange(TREATMENT_STATUSES)).toBe('Lists!$S$2:$S$7');
  });

  it('names columns as a spreadsheet does, past Z too', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('dropdowns', () => {
  it('sit on every single-choice column of Integrations and Systems, statuses included', () => {
    for (const [sheetName, fields] of [['Integrations', FLOW_FIELDS], ['Systems', SYSTEM_FIELDS]] as const) {
      const columns = sheetOf(model, sheetName).columns;
      for (const field of fields.filter((f) => f.kind === 'choice')) {
        const column = columns.find((c) => c.header === field.label);
        expect(column?.dropdown, `${sheetName} ${field.label}`).toBe(listRange(field.vocabulary));
      }
    }
    expect(labelsIn(sheetOf(model, 'Integrations').columns.find((c) => c.header === 'Status')!.dropdown!)).toEqual(FLOW_STATUSES.terms.map((t) => t.label));
    expect(labelsIn(sheetOf(model, 'Systems').columns.find((c) => c.header === 'Status')!.dropdown!)).toEqual(SYSTEM_STATUSES.terms.map((t) => t.label));
  });

  it('are left off columns holding several choices, where a one-value list would reject the cell', () => {
    expect(sheetOf(model, 'Integrations').columns.find((c) => c.header === 'Data transferred')?.dropdown).toBeUndefined();
  });
});

describe('the Legend sheet', () => {
  const legend = sheetOf(model, 'Legend');
  const rows = legend.rows.map((row) => row.join(' | '));

  it('explains every column of the tables a client works in', () => {
    expect(rows).toContain('Integrations | Credential stored in | Where its password, key or token is kept.');
    expect(rows).toContain('Risk register | Treatment | What has been decided about it.');
    expect(rows.filter((row) => row.startsWith('Risk register | '))).toHaveLength(sheetOf(model, 'Risk register').columns.length);
  });

  it('explains every choice of every list in a sentence', () => {
    for (const vocabulary of ALL_VOCABULARIES) {
      for (const term of vocabulary.terms) expect(rows).toContain(`${vocabulary.title} | ${term.label} | ${term.description}`);
    }
  });
});
