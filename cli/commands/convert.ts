import { mapFileText, type IsoDate } from '../../shared/model';
import { EXIT, failWith } from '../exit-codes';
import { describeWriteError, type CliIo } from '../io';
import { readMapFile } from '../read-map';

export interface ConvertRequest {
  readonly input: string;
  readonly output: string;
  readonly today: IsoDate;
}

/**
 * `integration-mapper convert`: makes a map file from a spreadsheet inventory (or a risk
 * register the app exported), as the app's Import spreadsheet does, for opening in the app
 * with Open map file. What the import made and every problem by cell go to stderr.
 */
export async function runConvertCommand(request: ConvertRequest, io: CliIo): Promise<number> {
  const { input, output, today } = request;
  if (!/\.(intmap|json)$/i.test(output)) return failWith(io, `The map file is what the app opens: give -o a file name ending in .intmap (got "${output}").`);
  if (input === output || await io.sameFile(input, output)) {
    return failWith(io, `"${output}" is the input itself: choose another file for -o, so it is not overwritten.`);
  }
  const read = await readMapFile(io, input, today);
  if (!read.ok) return failWith(io, read.message);
  if (read.importReport) io.stderr(read.importReport);

  const doc = read.document;
  try {
    await io.writeFileAtomic(output, new TextEncoder().encode(mapFileText(doc, read.history)));
  } catch (error) {
    return failWith(io, `Cannot write "${output}": ${describeWriteError(error)}.`);
  }
  const systems = Object.keys(doc.systems).length;
  const flows = Object.keys(doc.flows).length;
  io.stdout(`Wrote the map to "${output}": ${systems} system${systems === 1 ? '' : 's'}, ${flows} flow${flows === 1 ? '' : 's'}. Open it in the app with Open map file.\n`);
  return EXIT.ok;
}
