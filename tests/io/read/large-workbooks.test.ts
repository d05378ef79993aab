import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../io/spreadsheet/read-spreadsheet';
import { writeXlsx } from '../../../io/xlsx/write-workbook';
import type { SheetModel, WorkbookModel } from '../../../shared/workbook';
import { bookOf } from './helpers';
import { handXlsx } from './package-builder';

// Size: a 100,000-row sheet or CSV file reads whole, and reading it lets the event loop run
// throughout, so the app's page stays responsive while a large file is imported.

const ROWS = 100_000;

function inventory(rows: number): WorkbookModel {
  const columns = Array.from({ length: 20 }, (_, c) => ({ header: `Column ${c + 1}`, width: 12, kind: 'text' as const, wrap: false }));
  const sheet: SheetModel = {
    name: 'Systems', columns, header: true, headerLines: 1, freezeHeader: true, autoFilter: true,
    rows: Array.from({ length: rows }, (_, r) => columns.map((_, c) => (c === 0 ? `System ${r}` : c % 3 === 0 ? r + c : `Value ${(r + c) % 40}`))),
    highlights: [], rowStyles: [], dropdownRows: 0,
  };
  return { properties: { title: 'Inventory', subject: 'Test', creator: 'Test', created: '2026-01-01' }, sheets: [sheet] };
}

describe('a large workbook', () => {
  it('reads 100,000 rows of 20 columns, every one where it was written', async () => {
    const book = bookOf(await readSpreadsheet(await writeXlsx(inventory(ROWS)), 'large.xlsx'));
    const rows = book.sheets[0]!.rows;
    expect(rows).toHaveLength(ROWS + 1);
    expect(rows[ROWS]!.map((cell) => cell?.value)).toEqual(inventory(1).sheets[0]!.columns.map((_, c) => (c === 0 ? `System ${ROWS - 1}` : c % 3 === 0 ? ROWS - 1 + c : `Value ${(ROWS - 1 + c) % 40}`)));
    expect(rows.every((row) => row.length === 20)).toBe(true);
  }, 60_000);

  it('lets the event loop run while it reads, even when nothing waits on unpacking', async () => {
    // Stored, not compressed: nothing but the reader itself hands the event loop a turn.
    const cells = (r: number) => `<c t="inlineStr"><is><t>System ${r}</t></is></c><c><v>${r}</v></c><c><v>${r * 2}</v></c>`;
    const rows = Array.from({ length: ROWS }, (_, r) => `<row>${cells(r)}</row>`).join('');
    const bytes = handXlsx({ sheets: [{ name: 'Stored', rows }] }, { stored: true });
    const { result, turns } = await timerTurnsWhile(() => readSpreadsheet(bytes, 'stored.xlsx'));
    expect(bookOf(result).sheets[0]!.rows).toHaveLength(ROWS);
    // Without pauses the timer would run once, after the read; with them, every 30 ms or so of reading.
    expect(turns).toBeGreaterThanOrEqual(4);
  }, 60_000);

  it('lets the event loop run while it reads a CSV file of 100,000 rows by 20 columns', async () => {
    const row = (r: number) => [`System ${r}`, `"Owner, ${r % 50}"`, ...Array.from({ length: 18 }, (_, c) => `Value ${(r + c) % 40}`)].join(',');
    const csv = new TextEncoder().encode(Array.from({ length: ROWS }, (_, r) => row(r)).join('\r\n'));
    const { result, turns } = await timerTurnsWhile(() => readSpreadsheet(csv, 'systems.csv'));
    expect(bookOf(result).sheets[0]!.rows).toHaveLength(ROWS);
    expect(turns).toBeGreaterThanOrEqual(3);
  }, 60_000);
});

/** Runs `work`, counting how often a zero-delay timer got its turn meanwhile: how often the work let the event loop run. */
async function timerTurnsWhile<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let working = true;
  const tick = () => {
    turns++;
    if (working) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const result = await work();
  working = false;
  return { result, turns };
}
