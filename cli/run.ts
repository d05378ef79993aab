import { version } from '../package.json';
import { HELP, parseCliArgs, USAGE } from './args';
import { runCheckCommand } from './commands/check';
import { runConvertCommand } from './commands/convert';
import { runRegisterCommand } from './commands/register';
import { runSchemaCommand } from './commands/schema';
import { EXIT, failWith } from './exit-codes';
import type { CliIo } from './io';

export type { CliIo } from './io';
export { EXIT } from './exit-codes';

/**
 * The whole command-line tool: reads the arguments (without `node` and the script), does the
 * command, and returns the exit code. Everything it touches goes through `io`.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    return failWith(io, `${parsed.message}\n\n${USAGE}\n\nRun integration-mapper --help for more.`);
  }
  const { request } = parsed;
  try {
    switch (request.command) {
      case 'help':
        io.stdout(`${HELP}\n`);
        return EXIT.ok;
      case 'version':
        io.stdout(`${version}\n`);
        return EXIT.ok;
      case 'check':
        return await runCheckCommand({ ...request, today: request.today ?? io.today() }, io);
      case 'register':
        return await runRegisterCommand({ ...request, today: request.today ?? io.today() }, io);
      case 'convert':
        return await runConvertCommand({ ...request, today: request.today ?? io.today() }, io);
      case 'schema':
        return await runSchemaCommand(request, io);
    }
  } catch (error) {
    // A bug, not bad input: say so, with what a maintainer needs to find it.
    return failWith(io, `something went wrong that should not have. Please report it with this message:\n${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }
}
