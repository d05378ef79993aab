import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'vitest';

// A second opinion on the file from a reader that shares no code with exceljs: Python's openpyxl,
// as Debian packages it. CI installs python3-openpyxl (.ci/run); elsewhere the tests say why they skip.
const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./read_workbook.py', import.meta.url));

function whyUnavailable(): string | null {
  if (!existsSync(PYTHON)) return `${PYTHON} is not installed`;
  const probe = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' });
  return probe.status === 0 ? null : `openpyxl is not installed for ${PYTHON} (apt-get install python3-openpyxl)`;
}

export const openpyxlUnavailable = whyUnavailable();

/** Skips the test, saying why, when openpyxl cannot run here. */
export function needsOpenpyxl(context: TestContext): void {
  context.skip(openpyxlUnavailable !== null, openpyxlUnavailable ?? '');
}

/** What read_workbook.py prints for `bytes`: the register's report, or with `--cells` every cell of every sheet. */
export function readWithOpenpyxl<T>(bytes: Uint8Array, ...options: Array<'--cells'>): T {
  const dir = mkdtempSync(join(tmpdir(), 'im-openpyxl-'));
  try {
    const file = join(dir, 'workbook.xlsx');
    writeFileSync(file, bytes);
    const result = spawnSync(PYTHON, [SCRIPT, ...options, file], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28 });
    if (result.status !== 0) throw new Error(`read_workbook.py failed: ${result.stderr}`);
    return JSON.parse(result.stdout) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A cell as `read_workbook.py --cells` describes it. */
export interface OpenpyxlCell {
  value: unknown;
  data_type: string;
  is_date: boolean;
  python_type: string;
  number_format: string;
  fill: string | null;
  bold: boolean;
  size: number | null;
  color: string | null;
  wrap: boolean;
  vertical: string | null;
}

export interface OpenpyxlSheet {
  name: string;
  cells: Record<string, OpenpyxlCell>;
  print_title_rows: string | null;
  auto_filter: string | null;
  freeze_panes: string | null;
}
