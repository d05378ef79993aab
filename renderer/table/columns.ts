import { FLOW_FIELDS, SYSTEM_FIELDS, type FieldSpec } from '../../shared/model';
import { SEVERITIES, type Vocabulary } from '../../shared/vocabulary';
import { BLANK_FILTER } from './table-query';
import { REVIEW_STATES } from '../../shared/reviews';
import { REVIEW_RANK, reviewLabel, rowNeedsReview } from './review-state';
import type { FlowRow, SystemRow, TableRow } from './table-rows';

/** What a column sorts by; null is a blank, which sorts last whichever way round. */
export type SortKey = string | number | null;

export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

/**
 * One column of the table: what it is called, how wide it is, what each cell says, how it sorts
 * and filters, and (for a record's own field) how it is edited. The columns are generated from
 * the records' field specs, so every recorded field is a column, labelled as in the inspector.
 */
export interface Column<Row> {
  readonly id: string;
  readonly label: string;
  /** In pixels: columns have fixed widths, so scrolling never makes the browser measure text. */
  readonly width: number;
  /** The record field it shows, edited in place; absent for worked-out columns (ends, risk, review). */
  readonly field?: FieldSpec;
  /** A "contains" filter on the cell's words, one value out of a list, or none. */
  readonly filter: 'text' | 'value' | 'none';
  /** For a value filter: the values to choose from. */
  readonly filterOptions?: readonly FilterOption[];
  /** What the cell says; search and "contains" filters read it too. */
  text(row: Row): string;
  /** For a value filter: the row's values (a choice's stored value, every value of a multiple choice). */
  values?(row: Row): readonly string[];
  sortKey(row: Row): SortKey;
  /** Drawn as a severity badge or a review state rather than plain text. */
  readonly display?: 'risk' | 'review';
}

const WIDTH: Readonly<Record<FieldSpec['kind'], number>> = { text: 180, choice: 170, choices: 250, date: 140 };
const WIDE_TEXT = 280;

/** A column for one of the record's own fields, read by the spec's key. */
function fieldColumn<Row extends TableRow>(spec: FieldSpec): Column<Row> {
  const read = (row: Row): unknown => Reflect.get(row.record, spec.key);
  const base = { id: spec.key, label: spec.label, field: spec };
  switch (spec.kind) {
    case 'text': {
      const text = (row: Row) => String(read(row) ?? '');
      return {
        ...base, width: spec.multiline || spec.maxLength > 200 ? WIDE_TEXT : WIDTH.text, filter: 'text', text,
        sortKey: (row) => naturalKey(text(row)),
      };
    }
    case 'choice': {
      const labels = labelsOf(spec.vocabulary);
      const rank = new Map(spec.vocabulary.terms.map((term, i) => [term.value, i]));
      const value = (row: Row) => String(read(row) ?? '');
      return {
        ...base, width: WIDTH.choice, filter: 'value',
        filterOptions: [{ value: BLANK_FILTER, label: 'Not set' }, ...optionsOf(spec.vocabulary)],
        text: (row) => labels.get(value(row)) ?? value(row),
        values: (row) => [value(row)],
        // Vocabulary order means something (hourly before daily, read-only before admin).
        sortKey: (row) => rank.get(value(row)) ?? null,
      };
    }
    case 'choices': {
      const labels = labelsOf(spec.vocabulary);
      const values = (row: Row): readonly string[] => {
        const list = read(row);
        return Array.isArray(list) && list.length > 0 ? (list as string[]) : NONE_CHOSEN;
      };
      const text = (row: Row) => values(row).map((v) => labels.get(v) ?? v).join(', ');
      return {
        ...base, width: WIDTH.choices, filter: 'value',
        filterOptions: [{ value: BLANK_FILTER, label: 'None chosen' }, ...optionsOf(spec.vocabulary)],
        text, values, sortKey: (row) => naturalKey(text(row)),
      };
    }
    case 'date': {
      const value = (row: Row) => String(read(row) ?? '');
      return {
        ...base, width: WIDTH.date, filter: 'text',
        text: (row) => (value(row) === 'unknown' ? 'Unknown' : value(row)),
        // ISO dates sort as text, and "unknown" after every date.
        sortKey: (row) => value(row) || null,
      };
    }
  }
}

const NONE_CHOSEN: readonly string[] = [''];

const SEVERITY_RANK = new Map(SEVERITIES.terms.map((term, i) => [term.value, i]));
const SEVERITY_LABELS = labelsOf(SEVERITIES);

/** The element's most severe open finding, as its badge on the map says. */
function riskColumn<Row extends TableRow>(): Column<Row> {
  return {
    id: 'risk', label: 'Highest open risk', width: 170, filter: 'value', display: 'risk',
    filterOptions: [...optionsOf(SEVERITIES).reverse(), { value: 'none', label: 'No open risk' }],
    text: ({ badge }) => (badge ? `${SEVERITY_LABELS.get(badge.severity)}, ${badge.openCount} open` : ''),
    values: ({ badge }) => [badge?.severity ?? 'none'],
    sortKey: ({ badge }) => (badge ? SEVERITY_RANK.get(badge.severity)! * 1_000_000 + badge.openCount : null),
  };
}

export const NEEDS_REVIEW = 'needs-review';

/** Overdue, never reviewed, due soon, up to date; most urgent first when sorted ascending. */
function reviewColumn<Row extends TableRow>(): Column<Row> {
  return {
    id: 'review', label: 'Review', width: 160, filter: 'value', display: 'review',
    filterOptions: [{ value: NEEDS_REVIEW, label: 'Overdue or never reviewed' }, ...optionsOf(REVIEW_STATES)],
    text: ({ review }) => reviewLabel(review),
    values: ({ review }) => (rowNeedsReview(review) ? [review.state, NEEDS_REVIEW] : [review.state]),
    // Within a state, the oldest review first.
    sortKey: ({ review, record }) => `${REVIEW_RANK[review.state]}${record.lastReviewed}`,
  };
}

/** A flow's source or destination, by the system's name; fixed once the flow is drawn, so not edited here. */
function endColumn<Row extends FlowRow>(id: 'source' | 'destination', label: string, name: (row: Row) => string): Column<Row> {
  return { id, label, width: 180, filter: 'text', text: name, sortKey: (row) => naturalKey(name(row)) };
}

const [flowName, ...otherFlowFields] = FLOW_FIELDS;
const [systemNameField, ...otherSystemFields] = SYSTEM_FIELDS;

/** The flows table: name and ends first, then where it stands (risk, review), then every other field. */
export const FLOW_COLUMNS: readonly Column<FlowRow>[] = [
  fieldColumn<FlowRow>(flowName!),
  endColumn<FlowRow>('source', 'Source', (row) => row.sourceName),
  endColumn<FlowRow>('destination', 'Destination', (row) => row.targetName),
  riskColumn<FlowRow>(),
  reviewColumn<FlowRow>(),
  ...otherFlowFields.map((spec) => fieldColumn<FlowRow>(spec)),
];

/** The systems table: name, how many flows touch it, where it stands, then every other field. */
export const SYSTEM_COLUMNS: readonly Column<SystemRow>[] = [
  fieldColumn<SystemRow>(systemNameField!),
  {
    id: 'flowCount', label: 'Flows', width: 90, filter: 'none',
    text: (row) => String(row.flowCount), sortKey: (row) => row.flowCount,
  },
  riskColumn<SystemRow>(),
  reviewColumn<SystemRow>(),
  ...otherSystemFields.map((spec) => fieldColumn<SystemRow>(spec)),
];

/**
 * Text as it sorts: case ignored and numbers by value ("Flow 9" before "Flow 10"), so that a
 * plain `<` comparison, much faster than a collator over 20,000 rows, gives a natural order.
 */
export function naturalKey(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return trimmed.toLowerCase().replace(/\d+/g, (digits) => digits.padStart(12, '0'));
}

function labelsOf(vocabulary: Vocabulary): Map<string, string> {
  return new Map(vocabulary.terms.map((term) => [term.value, term.label]));
}

function optionsOf(vocabulary: Vocabulary): FilterOption[] {
  return vocabulary.terms.map((term) => ({ value: term.value, label: term.label }));
}
