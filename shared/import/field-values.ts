import { isIsoDate, MAX_TEXT_LENGTH, type FieldSpec, type IsoDate, type TextFieldSpec } from '../model';
import { labelOf, type Vocabulary } from '../vocabulary';
import { cellText, tidyText } from './cell-text';
import { spell } from './date-patterns';
import { readDateNumber, readDateSerial, readDateText, type DateReading } from './import-dates';
import { errorCellProblem, formulaProblem, quoted, warning, error, type CellProblem } from './import-issue';
import type { SheetCell } from './sheet-table';
import { isBlankWording, matchTerm, matchTerms } from './values';

/** What one cell gives one field. */
export interface FieldReading {
  /** The value to store: text, a vocabulary value or '', a list of values, or a date answer. */
  readonly value: string | readonly string[];
  /**
   * The cell's wording when it says more than the stored value (a product or place named, a date
   * that needed a guess, text too long for the field) or could not be read at all: keep it beside
   * the record, so nothing the user wrote is lost. Blank when there is nothing to keep.
   */
  readonly wording: string;
  /** What went wrong or was guessed, and what was done; empty when the cell read cleanly. */
  readonly problems: readonly CellProblem[];
}

export interface ReadFieldOptions {
  /** Today's date where the user is: a later date is kept but flagged. */
  readonly today?: IsoDate;
  /** The cell's name, e.g. "D7", to name in messages about formulas and errors. */
  readonly cellName?: string;
}

/**
 * Reads one cell into one recorded field, leniently, as the importer and the re-reading of the
 * app's own workbook both need: choices by value, label, synonym or mention; several choices
 * split on "; " (as the workbook writes them), new lines, commas, slashes and "and"; dates from
 * date cells, serials, ISO, day-first numbers, month names, "Unknown" and "never"; text as it is,
 * with the workbook's formula guard taken off. A formula cell gives its last calculated value;
 * an error cell gives nothing but its text as wording. Never throws.
 */
export function readFieldCell(field: FieldSpec, cell: SheetCell | null, options: ReadFieldOptions = {}): FieldReading {
  if (!cell) return blankReading(field);
  const where = options.cellName ?? 'The cell';
  if (cell.error) {
    const kept = `${field.label} was left blank and the error kept in the notes`;
    return { value: blankReading(field).value, wording: String(cell.value), problems: [errorCellProblem(cell, where, kept)] };
  }
  const reading = readValue(field, cell, options.today);
  if (cell.formula === undefined) return reading;
  return { ...reading, problems: [formulaProblem(cell, where, tidyText(cellText(cell))), ...reading.problems] };
}

function blankReading(field: FieldSpec): FieldReading {
  return { value: field.kind === 'choices' ? [] : '', wording: '', problems: [] };
}

function readValue(field: FieldSpec, cell: SheetCell, today: IsoDate | undefined): FieldReading {
  if (field.kind === 'date' && typeof cell.value === 'number') {
    return withFutureCheck(fromDate(field, cell.date ? readDateSerial(cell.value) : readDateNumber(cell.value), String(cell.value)), today);
  }
  const text = tidyText(cellText(cell));
  if (field.kind === 'text') return text === '' ? blankReading(field) : readText(field, text);
  // An inventory repeats the same few choices and dates thousands of times: each distinct
  // wording is read once per field, and the same (unchangeable) reading handed out after that.
  let known = readingsByField.get(field);
  if (!known) readingsByField.set(field, (known = new Map()));
  let reading = known.get(text);
  if (!reading) {
    reading = isBlankWording(text) ? blankReading(field)
      : field.kind === 'date' ? fromDate(field, readDateText(text), text)
        : field.kind === 'choice' ? readChoice(field, field.vocabulary, text)
          : readChoices(field, field.vocabulary, text);
    if (known.size >= READINGS_REMEMBERED) known.clear();
    known.set(text, reading);
  }
  return field.kind === 'date' ? withFutureCheck(reading, today) : reading;
}

const readingsByField = new WeakMap<FieldSpec, Map<string, FieldReading>>();
/** Past this many distinct wordings a field's memory is cleared, so a column of free text cannot grow it without end. */
const READINGS_REMEMBERED = 5000;

/**
 * Text longer than the field holds: the field keeps as much as fits (so a long purpose still
 * counts as a purpose) and the full text is kept as wording for the notes. Notes themselves have
 * nowhere else to go, so they are cut at the limit.
 */
function readText(field: TextFieldSpec, text: string): FieldReading {
  if (text.length <= field.maxLength) return { value: text, wording: '', problems: [] };
  const value = cutText(text, field.maxLength);
  const length = text.length.toLocaleString('en-GB');
  if (field.maxLength >= MAX_TEXT_LENGTH) {
    return { value, wording: '', problems: [warning(`${field.label} is ${length} characters long, more than the ${field.maxLength.toLocaleString('en-GB')} it can hold; it was cut short and the rest was not imported.`)] };
  }
  return {
    value, wording: text,
    problems: [warning(`${field.label} is ${length} characters long, more than the ${field.maxLength.toLocaleString('en-GB')} it can hold; the field keeps the start and the full text went to the notes.`)],
  };
}

/** The start of `text`, at most `length` characters with the last one an ellipsis, never splitting a surrogate pair. */
export function cutText(text: string, length: number): string {
  if (text.length <= length) return text;
  let end = length - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

function readChoice(field: FieldSpec, vocabulary: Vocabulary, text: string): FieldReading {
  const match = matchTerm(vocabulary, text);
  if (match.value === '') {
    return { value: '', wording: text, problems: [warning(`${quoted(text)} matches none of the ${field.label} choices; ${field.label} was left blank and the wording kept in the notes.`)] };
  }
  const label = `"${labelOf(vocabulary, match.value)}"`;
  const problems: CellProblem[] = [];
  if (match.guess) problems.push(warning(`${quoted(text)} was read as ${label}, a guess: ${match.guess}.`));
  if (match.alsoMentions) {
    const others = match.alsoMentions.map((value) => `"${labelOf(vocabulary, value)}"`).join(' and ');
    problems.push(warning(`${quoted(text)} was read as ${label}, but it also mentions ${others}; check which is right.`));
  }
  return { value: match.value, wording: match.saysMore ? text : '', problems };
}

function readChoices(field: FieldSpec, vocabulary: Vocabulary, text: string): FieldReading {
  const match = matchTerms(vocabulary, text);
  const problems: CellProblem[] = match.guesses.map(({ part, value, why }) => warning(`${quoted(part)} was read as "${labelOf(vocabulary, value)}", a guess: ${why}.`));
  if (match.unmatched.length > 0) {
    const parts = match.unmatched.map((part) => quoted(part, 40)).join(', ');
    const done = match.values.length > 0 ? 'the rest was read and the full wording kept in the notes' : `${field.label} was left blank and the wording kept in the notes`;
    problems.push(warning(`${parts} ${match.unmatched.length === 1 ? 'matches' : 'match'} none of the ${field.label} choices; ${done}.`));
  }
  return { value: match.values, wording: match.saysMore ? text : '', problems };
}

function fromDate(field: FieldSpec, reading: DateReading, written: string): FieldReading {
  const problems: CellProblem[] = [];
  if (reading.error) problems.push(error(`${reading.error} ${field.label} was left blank and the text kept in the notes.`));
  if (reading.note) problems.push(warning(reading.note));
  return { value: reading.date, wording: reading.keepWording ? written : '', problems };
}

/** A date after today is kept, since it may be a typing slip the user will want to see, but flagged. */
function withFutureCheck(reading: FieldReading, today: IsoDate | undefined): FieldReading {
  const date = reading.value;
  if (!today || typeof date !== 'string' || !isIsoDate(date) || date <= today) return reading;
  const future = warning(`${spell(date)} (${date}) is in the future (today is ${today}); it was kept, but check it.`);
  return { ...reading, problems: [...reading.problems, future] };
}
