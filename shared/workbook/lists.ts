import { FLOW_FIELDS, RISK_FIELDS, SYSTEM_FIELDS, TREATMENT_FIELDS, type FieldSpec } from '../model';
import { ALL_VOCABULARIES, SEVERITIES, type Vocabulary } from '../vocabulary';
import { textCell } from './cells';
import type { CellValue, Highlight, SheetModel } from './model';
import { SEVERITY_LOOKS } from './palette';
import { tableSheet } from './sheet';

/** The sheet the dropdowns take their choices from. */
export const LISTS_SHEET = 'Lists';
/** The sheet explaining every column and every choice. */
export const LEGEND_SHEET = 'Legend';

/** The vocabularies on the Lists sheet, one column each: every vocabulary, and any a field uses that is not among them yet. */
export function listedVocabularies(): Vocabulary[] {
  const fields: readonly FieldSpec[] = [...SYSTEM_FIELDS, ...FLOW_FIELDS, ...TREATMENT_FIELDS, ...RISK_FIELDS];
  const listed = [...ALL_VOCABULARIES];
  for (const field of fields) {
    if ((field.kind === 'choice' || field.kind === 'choices') && !listed.some((v) => v.id === field.vocabulary.id)) listed.push(field.vocabulary);
  }
  return listed;
}

/** `A` for the first column, `Z` for the 26th, `AA` for the 27th. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Where a dropdown finds a vocabulary's labels, e.g. `Lists!$B$2:$B$7`: a range, not an inline
 * list, so the labels are written once and a client can see every choice on the Lists sheet.
 */
export function listRange(vocabulary: Vocabulary): string {
  const index = listedVocabularies().findIndex((v) => v.id === vocabulary.id);
  if (index === -1) throw new Error(`The vocabulary "${vocabulary.id}" is not on the Lists sheet`);
  const letter = columnLetter(index);
  return `${LISTS_SHEET}!$${letter}$2:$${letter}$${vocabulary.terms.length + 1}`;
}

/** The Lists sheet: one column per vocabulary, headed by its title, listing its labels. */
export function listsSheet(): SheetModel {
  const vocabularies = listedVocabularies();
  const height = Math.max(...vocabularies.map((v) => v.terms.length));
  const rows = Array.from({ length: height }, (_, i) => vocabularies.map((v) => textCell(v.terms[i]?.label ?? '')));
  const sheet = tableSheet(LISTS_SHEET, vocabularies.map((v) => ({ header: v.title })), rows);
  // A column of choices needs no filter, and nobody adds rows here.
  return { ...sheet, autoFilter: false, dropdownRows: 0 };
}

/**
 * The Legend sheet: what every column of the table sheets means, then what every choice in
 * every list means, so a client can read the workbook without the app.
 */
export function legendSheet(tables: readonly SheetModel[]): SheetModel {
  const rows: CellValue[][] = [];
  const highlights: Highlight[] = [];
  for (const table of tables) {
    for (const column of table.columns) rows.push([textCell(table.name), textCell(column.header), textCell(column.help ?? '')]);
  }
  for (const vocabulary of listedVocabularies()) {
    for (const term of vocabulary.terms) {
      if (vocabulary.id === SEVERITIES.id) highlights.push({ row: rows.length, column: 1, look: SEVERITY_LOOKS[term.value as keyof typeof SEVERITY_LOOKS] });
      rows.push([textCell(vocabulary.title), textCell(term.label), textCell(term.description)]);
    }
  }
  return tableSheet(LEGEND_SHEET, [
    { header: 'Sheet or list', help: 'The sheet whose column is explained, or the list the choice belongs to.' },
    { header: 'Column or choice', help: 'A column heading, or one choice in a dropdown.' },
    { header: 'Meaning', help: 'What it means, in a sentence.', maxWidth: 90 },
  ], rows, highlights);
}
