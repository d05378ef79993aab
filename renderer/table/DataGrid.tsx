import { useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { FieldSpec } from '../../shared/model';
import type { FieldValue } from '../inspector/field-types';
import type { EditEnd } from './CellEditor';
import type { Column } from './columns';
import { GridHeader } from './GridHeader';
import { GridRow, type RowEvents } from './GridRow';
import type { RowGesture } from './row-selection';
import type { TableQuery } from './table-query';
import type { TableRow } from './table-rows';
import { useVirtualRows } from './use-virtual-rows';

/** Every row is this high (table.css sets the same): what lets the grid render only the rows in view. */
export const ROW_HEIGHT = 34;
/** Rows rendered beyond each edge of the view: enough for a wheel notch, few enough to keep a jump cheap. */
const ROW_OVERSCAN = 2;
export const CHECK_WIDTH = 44;

interface DataGridProps {
  /** The grid's accessible name, e.g. "Data flows". */
  readonly label: string;
  readonly columns: readonly Column<TableRow>[];
  readonly rows: readonly TableRow[];
  readonly query: TableQuery;
  readonly filtersShown: boolean;
  readonly selected: ReadonlySet<string>;
  onSort(columnId: string): void;
  onFilter(columnId: string, value: string): void;
  onSelect(id: string, gesture: RowGesture): void;
  onSelectAllShown(): void;
  onCommit(row: TableRow, field: FieldSpec, value: FieldValue): void;
}

/** The cell with keyboard focus: a row by id (so it follows its record when the order changes) and a column. */
interface Active {
  /** -1 is the header row. */
  readonly index: number;
  readonly rowId: string | null;
  /** 0 is the checkbox column. */
  readonly col: number;
}

/**
 * The table as a WAI-ARIA grid on a real `<table>`: one Tab stop, arrow keys (Home, End, Page
 * Up and Down, Ctrl+Home and End) between cells and into the header, Enter or F2 (or a double
 * click) to edit a cell in place, Space to select a row. Only the rows in view are rendered.
 */
export function DataGrid(props: DataGridProps) {
  const { label, columns, rows, query, filtersShown, selected } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<Active>({ index: -1, rowId: null, col: 1 });
  const [editing, setEditing] = useState<{ rowId: string; col: number } | null>(null);
  const focusAfterRender = useRef(false);
  const { start, end, spaceAbove, spaceBelow, pageSize, scrollToRow } = useVirtualRows(scroller, rows.length, ROW_HEIGHT, ROW_OVERSCAN);

  // Where the active cell is now: its row may have moved (a sort, an edit) or gone (a filter).
  const at = resolve(active, rows, columns.length);
  const headerRows = filtersShown ? 2 : 1;

  const moveTo = (index: number, col: number) => {
    const row = Math.max(-1, Math.min(rows.length - 1, index));
    setActive({ index: row, rowId: row >= 0 ? rows[row]!.id : null, col: Math.max(0, Math.min(columns.length, col)) });
    if (row >= 0) scrollToRow(row, head.current?.offsetHeight ?? 0);
    focusAfterRender.current = true;
  };

  // The latest props and state for handlers that rows hold on to (see RowEvents).
  const latest = useRef({ props, at, moveTo });
  latest.current = { props, at, moveTo };
  const events = useMemo<RowEvents>(() => ({
    click: (id, event) => latest.current.props.onSelect(id, gestureOf(event, 'only')),
    check: (id, event) => latest.current.props.onSelect(id, gestureOf(event, 'toggle')),
    edit: (index, col) => {
      const row = latest.current.props.rows[index];
      if (row && latest.current.props.columns[col - 1]?.field) setEditing({ rowId: row.id, col });
    },
    commit: (row, field, value, end) => {
      latest.current.props.onCommit(row, field, value);
      setEditing(null);
      const { at: here, moveTo: move } = latest.current;
      if (end === 'next') move(here.index, here.col + 1);
      else if (end === 'previous') move(here.index, here.col - 1);
      else if (end === 'stay') focusAfterRender.current = true;
    },
    cancel: () => {
      setEditing(null);
      focusAfterRender.current = true;
    },
  }), []);

  // Scrolling a cell into view (focus, or the browser finding it) keeps it clear of the sticky
  // header rows: told of their height when it changes, never measured while rendering, since
  // reading a layout value each render would make the browser lay the table out twice a frame.
  useLayoutEffect(() => {
    const element = scroller.current;
    const header = head.current;
    if (!element || !header) return undefined;
    const resize = new ResizeObserver(([entry]) => {
      element.style.scrollPaddingTop = `${entry?.borderBoxSize[0]?.blockSize ?? 0}px`;
    });
    resize.observe(header);
    return () => resize.disconnect();
  }, []);
  useLayoutEffect(() => {
    if (!focusAfterRender.current) return;
    const target = table.current?.querySelector<HTMLElement>(`[data-cell="${at.index}:${at.col}"]`);
    if (target) {
      focusAfterRender.current = false;
      target.focus();
    }
  });
  // An edited row that scrolls out of view or is filtered away ends its edit.
  useEffect(() => {
    if (editing && !rows.slice(start, end).some((row) => row.id === editing.rowId)) setEditing(null);
  }, [editing, rows, start, end]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const cell = (event.target as HTMLElement).dataset.cell;
    if (cell === undefined || event.altKey) return;
    const { index, col } = at;
    const mod = event.ctrlKey || event.metaKey;
    const moves: Record<string, [number, number] | undefined> = {
      ArrowUp: [index - 1, col], ArrowDown: [index + 1, col], ArrowLeft: [index, col - 1], ArrowRight: [index, col + 1],
      Home: mod ? [0, 0] : [index, 0], End: mod ? [rows.length - 1, columns.length] : [index, columns.length],
      PageUp: [Math.max(0, index - pageSize), col], PageDown: [index + pageSize, col],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveTo(move[0], move[1]);
      return;
    }
    const row = rows[index];
    if (!row || col === 0) return;
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      if (columns[col - 1]?.field) setEditing({ rowId: row.id, col });
      else props.onSelect(row.id, 'only');
    } else if (event.key === ' ') {
      event.preventDefault();
      props.onSelect(row.id, event.shiftKey ? 'range' : 'toggle');
    }
  };

  // Focus arriving on a cell (a click, Tab into the grid) makes it the active one.
  const onFocus = (event: FocusEvent<HTMLTableElement>) => {
    const cell = (event.target as HTMLElement).dataset.cell;
    if (cell === undefined) return;
    const [index, col] = cell.split(':').map(Number) as [number, number];
    if (index !== at.index || col !== at.col) setActive({ index, rowId: index >= 0 ? rows[index]?.id ?? null : null, col });
  };

  // The one cell Tab lands on: the active cell, or, when it has scrolled out of view, the same column in the first row in view.
  const tabIndex = at.index === -1 || (at.index >= start && at.index < end) ? at.index : start;
  const width = CHECK_WIDTH + columns.reduce((sum, column) => sum + column.width, 0);

  return (
    // Clear of the sticky checkbox and name columns too.
    <div className="data-grid" ref={scroller} style={{ scrollPaddingLeft: CHECK_WIDTH + (columns[0]?.width ?? 0) }}>
      <table ref={table} role="grid" aria-label={label} aria-rowcount={rows.length + headerRows} aria-colcount={columns.length + 1}
        aria-multiselectable="true" className="data-grid__table" style={{ width }} onKeyDown={onKeyDown} onFocus={onFocus}>
        <colgroup>
          <col style={{ width: CHECK_WIDTH }} />
          {columns.map((column) => <col key={column.id} style={{ width: column.width }} />)}
        </colgroup>
        <GridHeader ref={head} columns={columns} rows={rows} query={query} filtersShown={filtersShown} selected={selected}
          tabCol={tabIndex === -1 ? at.col : -1} onSort={props.onSort} onFilter={props.onFilter} onSelectAllShown={props.onSelectAllShown} />
        <tbody>
          {spaceAbove > 0 && <tr aria-hidden="true" className="data-grid__spacer" style={{ height: spaceAbove }}><td colSpan={columns.length + 1} /></tr>}
          {rows.slice(start, end).map((row, k) => {
            const index = start + k;
            return (
              <GridRow key={row.id} row={row} index={index} ariaRowIndex={index + headerRows + 1} columns={columns}
                selected={selected.has(row.id)} tabCol={tabIndex === index ? at.col : -1}
                editingCol={editing?.rowId === row.id ? editing.col : -1} events={events} />
            );
          })}
          {spaceBelow > 0 && <tr aria-hidden="true" className="data-grid__spacer" style={{ height: spaceBelow }}><td colSpan={columns.length + 1} /></tr>}
        </tbody>
      </table>
      {rows.length === 0 && <p className="data-grid__empty">Nothing matches the search and filters.</p>}
    </div>
  );
}

function resolve(active: Active, rows: readonly TableRow[], columnCount: number): Active {
  const col = Math.min(active.col, columnCount);
  if (active.index === -1 || rows.length === 0) return { index: -1, rowId: null, col };
  if (rows[active.index]?.id === active.rowId) return { ...active, col };
  const found = active.rowId === null ? -1 : rows.findIndex((row) => row.id === active.rowId);
  const index = found === -1 ? Math.min(active.index, rows.length - 1) : found;
  return { index, rowId: rows[index]!.id, col };
}

function gestureOf(event: MouseEvent, plain: RowGesture): RowGesture {
  if (event.shiftKey) return 'range';
  return event.ctrlKey || event.metaKey ? 'toggle' : plain;
}
