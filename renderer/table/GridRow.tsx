import { memo, type MouseEvent, type ReactNode } from 'react';
import type { FieldSpec } from '../../shared/model';
import type { FieldValue } from '../inspector/field-types';
import { SeverityBadge } from '../risks/SeverityBadge';
import { CellEditor, type EditEnd } from './CellEditor';
import type { Column } from './columns';
import { reviewLabel, rowNeedsReview } from './review-state';
import { rowName, type TableRow } from './table-rows';

/** What a row tells the grid; one object for the grid's lifetime, so rows need not re-render for it. */
export interface RowEvents {
  /** A click on a cell (not its checkbox): choose the row, with the modifier keys held. */
  click(id: string, event: MouseEvent): void;
  /** A click on the row's checkbox: in or out of the selection, or a range with Shift. */
  check(id: string, event: MouseEvent): void;
  edit(index: number, col: number): void;
  commit(row: TableRow, field: FieldSpec, value: FieldValue, end: EditEnd): void;
  cancel(): void;
}

interface GridRowProps {
  readonly row: TableRow;
  /** Its position among the shown rows; `data-cell` and keyboard moves use it. */
  readonly index: number;
  readonly ariaRowIndex: number;
  readonly columns: readonly Column<TableRow>[];
  readonly selected: boolean;
  /** The column whose cell takes Tab into the grid, or -1: one cell in the grid is tabbable. */
  readonly tabCol: number;
  /** The column being edited, or -1. */
  readonly editingCol: number;
  readonly events: RowEvents;
}

/**
 * One row: a checkbox, then a cell per shown column. Memoised: scrolling mounts the rows coming
 * into view and leaves the others alone, and an edit re-renders only the row it changed.
 */
export const GridRow = memo(function GridRow({ row, index, ariaRowIndex, columns, selected, tabCol, editingCol, events }: GridRowProps) {
  const name = rowName(row);
  const review = rowNeedsReview(row.review) ? ` data-grid__row--${row.review.state}` : '';
  return (
    <tr aria-rowindex={ariaRowIndex} aria-selected={selected} className={`data-grid__row${selected ? ' is-selected' : ''}${review}`}>
      <td className="data-grid__check">
        <input type="checkbox" data-cell={`${index}:0`} tabIndex={tabCol === 0 ? 0 : -1} checked={selected}
          aria-label={`Select ${name}`} onClick={(event) => events.check(row.id, event)} onChange={ignore} />
      </td>
      {columns.map((column, c) => {
        const col = c + 1;
        const editing = editingCol === col && column.field;
        const Cell = c === 0 ? 'th' : 'td';
        return (
          <Cell key={column.id} scope={c === 0 ? 'row' : undefined} data-cell={`${index}:${col}`} tabIndex={tabCol === col ? 0 : -1}
            className={`data-grid__cell${c === 0 ? ' data-grid__name' : ''}${editing ? ' is-editing' : ''}`}
            aria-readonly={column.field ? undefined : true}
            onClick={editing ? undefined : (event) => events.click(row.id, event)}
            onDoubleClick={editing || !column.field ? undefined : () => events.edit(index, col)}
            title={editing ? undefined : titleOf(column, row)}>
            {editing && column.field
              ? <CellEditor field={column.field} value={Reflect.get(row.record, column.field.key)} rowName={name}
                onCommit={(value, end) => events.commit(row, column.field!, value, end)} onCancel={events.cancel} />
              : cellContent(column, row)}
          </Cell>
        );
      })}
    </tr>
  );
});

/** What a cell shows; called, not rendered as a component, to keep a thousand cells a thousand elements. */
function cellContent(column: Column<TableRow>, row: TableRow): ReactNode {
  if (column.display === 'risk') {
    return row.badge ? <><SeverityBadge severity={row.badge.severity} /> <span className="data-grid__count">{row.badge.openCount} open</span></> : null;
  }
  if (column.display === 'review') {
    return <span className={`review-state review-state--${row.review.state}`}>{reviewLabel(row.review)}</span>;
  }
  // Plain text straight in the cell: one element per cell keeps a scroll's new rows cheap to make.
  return column.text(row);
}

/** Long text is cut to the column's width; hovering shows it whole. */
function titleOf(column: Column<TableRow>, row: TableRow): string | undefined {
  if (column.display) return undefined;
  const text = column.text(row);
  return text.length > 24 ? text : undefined;
}

// The checkbox is driven by its click (which knows whether Shift was held), not by change.
function ignore(): void {}
