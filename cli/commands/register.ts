import { registerEntries, runChecks } from '../../shared/checks';
import type { IsoDate } from '../../shared/model';
import { EXIT, failWith } from '../exit-codes';
import { describeWriteError, type CliIo } from '../io';
import { readMapFile } from '../read-map';

export interface RegisterRequest {
  readonly input: string;
  readonly output: string;
  readonly today: IsoDate;
}

/**
 * `integration-mapper register`: writes the risk register workbook for a saved map, as the app's
 * export does, its Change log from the history the map file holds.
 */
export async function runRegisterCommand(request: RegisterRequest, io: CliIo): Promise<number> {
  const { input, output, today } = request;
  if (!/\.xlsx$/i.test(output)) return failWith(io, `The register is an Excel workbook: give -o a file name ending in .xlsx (got "${output}").`);
  // Checked before reading, so even a map that fails to parse is never overwritten.
  if (input === output || await io.sameFile(input, output)) {
    return failWith(io, `"${output}" is the map itself: choose another file for -o, so the map is not overwritten.`);
  }

  const read = await readMapFile(io, input, today);
  if (!read.ok) return failWith(io, read.message);
  if (read.importReport) io.stderr(read.importReport);
  const doc = read.document;
  const findings = runChecks(doc, today);
  // Loaded only here, so `check` never pays for the workbook layout and the spreadsheet writer.
  const [{ buildRegisterWorkbook }, { writeXlsx }] = await Promise.all([import('../../shared/workbook'), import('../../io/xlsx/write-workbook')]);
  const contents = await writeXlsx(buildRegisterWorkbook(doc, findings, { today, history: read.history }));
  try {
    await io.writeFileAtomic(output, contents);
  } catch (error) {
    return failWith(io, `Cannot write "${output}": ${describeWriteError(error)}.`);
  }

  const entries = registerEntries(doc, findings);
  const open = entries.filter((entry) => entry.open).length;
  const rows = entries.length === 1 ? '1 row' : `${entries.length} rows`;
  io.stdout(`Wrote the risk register to "${output}": ${rows}, ${open} open (as of ${today}).\n`);
  return EXIT.ok;
}
