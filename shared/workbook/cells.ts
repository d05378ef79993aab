import { isIsoDate, type FieldSpec } from '../model';
import { labelOf, type Vocabulary } from '../vocabulary';
import { escapeCellText } from './escape';
import type { CellValue } from './model';

/** How several choices share one cell: what a client reads, and what a re-import splits on. */
export const CHOICES_SEPARATOR = '; ';

/**
 * Text as a cell: blank stays blank, anything else is escaped so it can never run as a formula.
 * Line breaks become LF, as spreadsheets break lines in a cell; an XML reader would turn a CR
 * into LF anyway, so the model says up front what every reader of the file will see.
 */
export function textCell(value: unknown): CellValue {
  if (typeof value !== 'string' || value === '') return null;
  return escapeCellText(value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value);
}

/** A recorded date: a real date cell, "Unknown" when nobody knows, blank when not filled in. */
export function dateCell(value: unknown): CellValue {
  if (isIsoDate(value)) return { date: value };
  if (value === 'unknown') return 'Unknown';
  return textCell(value);
}

/** The label a client reads for a vocabulary value; a value the vocabulary lacks is shown as it is. */
export function choiceCell(vocabulary: Vocabulary, value: unknown): CellValue {
  return typeof value === 'string' ? textCell(labelOf(vocabulary, value)) : null;
}

/** Several vocabulary values as their labels, joined with "; ". */
export function choicesCell(vocabulary: Vocabulary, values: unknown): CellValue {
  if (!Array.isArray(values)) return null;
  const labels = values.filter((v): v is string => typeof v === 'string').map((v) => labelOf(vocabulary, v));
  return textCell(labels.join(CHOICES_SEPARATOR));
}

/** One recorded field's value as a cell, by what kind of field it is. */
export function fieldCell(field: FieldSpec, value: unknown): CellValue {
  switch (field.kind) {
    case 'text': return textCell(value);
    case 'choice': return choiceCell(field.vocabulary, value);
    case 'choices': return choicesCell(field.vocabulary, value);
    case 'date': return dateCell(value);
  }
}

/** "Yes" or "No", for flags a client filters on. */
export function yesNo(flag: boolean): string {
  return flag ? 'Yes' : 'No';
}
