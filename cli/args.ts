import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate, type IsoDate } from '../shared/model';
import { isTerm, SEVERITIES, type Severity } from '../shared/vocabulary';

/** What the person asked the tool to do, with every option checked. */
export type CliRequest =
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | { readonly command: 'check'; readonly input: string; readonly json: boolean; readonly failOn: Severity | null; readonly today: IsoDate | null }
  | { readonly command: 'register'; readonly input: string; readonly output: string; readonly today: IsoDate | null }
  | { readonly command: 'convert'; readonly input: string; readonly output: string; readonly today: IsoDate | null }
  | { readonly command: 'schema'; readonly output: string | null };

export type ParsedArgs =
  | { readonly ok: true; readonly request: CliRequest }
  | { readonly ok: false; readonly message: string };

const SEVERITY_VALUES = SEVERITIES.terms.map((term) => term.value).join(', ');

export const USAGE = `Usage:
  integration-mapper check INPUT [--json] [--fail-on SEVERITY] [--today YYYY-MM-DD]
  integration-mapper register INPUT -o OUT.xlsx [--today YYYY-MM-DD]
  integration-mapper convert INPUT -o OUT.intmap [--today YYYY-MM-DD]
  integration-mapper schema [-o OUT.json]
  integration-mapper --help | --version`;

export const HELP = `integration-mapper: check an Integration Mapper map (or a spreadsheet of integrations), write its
risk register, and make map files from spreadsheets.

${USAGE}

Commands:
  check INPUT       List the findings for the map in INPUT, most severe first.
  register INPUT    Write the risk register workbook (Excel) for the map in INPUT.
  convert INPUT     Make a map file from a spreadsheet of integrations, for the app to open.
  schema            Print the JSON Schema of map files.

INPUT is a map file saved from the app (Export > Save map file (.intmap); .json maps from
earlier versions too), or a spreadsheet (.xlsx or .csv): an inventory with one integration per
row, read as the app's Import spreadsheet reads it (the first row names the columns), or a risk
register the app exported. What an import made and any problems, by cell, go to stderr.

Options:
  --json               check: print the findings as a JSON array instead of text.
  --fail-on SEVERITY   check: exit with code 1 when an open finding is this severe or worse.
                       SEVERITY is one of: ${SEVERITY_VALUES}.
  -o, --output FILE    register: the workbook to write (.xlsx). convert: the map file to write
                       (.intmap). schema: the file to write.
  --today YYYY-MM-DD   Check the map as of this date (default: today), e.g. for reviews that fall due.
  -h, --help           Show this help.
  --version            Show the version.

Exit codes: 0 done; 1 an open finding at or above --fail-on; 2 the command could not run
(wrong usage, or an input that cannot be read).`;

const COMMAND_OPTIONS = {
  check: { json: { type: 'boolean' }, 'fail-on': { type: 'string' }, today: { type: 'string' } },
  register: { output: { type: 'string', short: 'o' }, today: { type: 'string' } },
  convert: { output: { type: 'string', short: 'o' }, today: { type: 'string' } },
  schema: { output: { type: 'string', short: 'o' } },
} as const satisfies Record<string, ParseArgsConfig['options']>;

type CommandName = keyof typeof COMMAND_OPTIONS;

/** Reads the command line (without `node` and the script). Never throws: a mistake comes back as a message. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  // Help wins wherever it appears, so `integration-mapper check --help` helps rather than complains.
  const beforeSeparator = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (beforeSeparator.includes('--help') || beforeSeparator.includes('-h')) return ok({ command: 'help' });
  if (argv.length === 1 && argv[0] === '--version') return ok({ command: 'version' });

  const [name, ...rest] = argv;
  if (name === undefined) return fail('Say which command to run.');
  if (!Object.hasOwn(COMMAND_OPTIONS, name)) {
    return fail(name.startsWith('-') ? `Unknown option ${name}.` : `Unknown command "${name}".`);
  }
  const command = name as CommandName;
  // Widened to the general option set: which keys exist depends on the command, checked below.
  const options: ParseArgsConfig['options'] = COMMAND_OPTIONS[command];
  let parsed: { values: Record<string, string | boolean | Array<string | boolean> | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
  } catch (error) {
    return fail(describeParseError(error, command));
  }
  const { values, positionals } = parsed;

  const today = values.today as string | undefined;
  if (today !== undefined && !isIsoDate(today)) return fail(`--today must be a date written YYYY-MM-DD, e.g. 2026-03-31 (got "${today}").`);

  if (command === 'schema') {
    if (positionals.length > 0) return fail(`schema takes no INPUT (got "${positionals[0]}").`);
    return ok({ command, output: (values.output as string | undefined) ?? null });
  }

  if (positionals.length === 0) {
    return fail(command === 'convert'
      ? 'convert needs INPUT: the spreadsheet (.xlsx or .csv) to make a map from.'
      : `${command} needs INPUT: a map file saved from the app (.intmap), or a spreadsheet (.xlsx, .csv).`);
  }
  if (positionals.length > 1) return fail(`${command} takes one INPUT, not ${positionals.length} (${positionals.map((p) => `"${p}"`).join(', ')}).`);
  const input = positionals[0]!;

  if (command === 'register' || command === 'convert') {
    const output = values.output as string | undefined;
    if (output === undefined) return fail(command === 'register' ? 'register needs -o OUT.xlsx: the workbook to write.' : 'convert needs -o OUT.intmap: the map file to write.');
    return ok({ command, input, output, today: (today as IsoDate | undefined) ?? null });
  }

  const failOn = values['fail-on'] as string | undefined;
  const severity = failOn?.trim().toLowerCase();
  if (failOn !== undefined && !isTerm(SEVERITIES, severity)) return fail(`--fail-on must be one of: ${SEVERITY_VALUES} (got "${failOn}").`);
  return ok({ command, input, json: values.json === true, failOn: (severity as Severity | undefined) ?? null, today: (today as IsoDate | undefined) ?? null });
}

function ok(request: CliRequest): ParsedArgs {
  return { ok: true, request };
}

function fail(message: string): ParsedArgs {
  return { ok: false, message };
}

/** Node's parseArgs messages, reworded: they name the option but suggest `--` tricks nobody needs here. */
function describeParseError(error: unknown, command: CommandName): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option ${option} for ${command}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(message) ? `Option ${option.replace(/ <value>$/, '')} needs a value.` : `Option ${option} takes no value.`;
  }
  return message;
}
