import { buildMapSchema } from '../../shared/model';
import { describeWriteError, type CliIo } from '../io';
import { EXIT, failWith } from '../exit-codes';

/** The schema as docs/map.schema.json holds it: indented, with a final newline. */
export function mapSchemaText(): string {
  return `${JSON.stringify(buildMapSchema(), null, 2)}\n`;
}

/** `integration-mapper schema`: prints the JSON Schema of map files, or writes it to `output`. */
export async function runSchemaCommand(request: { readonly output: string | null }, io: CliIo): Promise<number> {
  const text = mapSchemaText();
  if (request.output === null) {
    io.stdout(text);
    return EXIT.ok;
  }
  try {
    await io.writeFileAtomic(request.output, new TextEncoder().encode(text));
  } catch (error) {
    return failWith(io, `Cannot write "${request.output}": ${describeWriteError(error)}.`);
  }
  io.stdout(`Wrote the map schema to "${request.output}".\n`);
  return EXIT.ok;
}
