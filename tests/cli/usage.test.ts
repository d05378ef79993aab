import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { buildMapSchema } from '../../shared/model/map-schema';
import { runCli } from './fake-io';

/** A usage mistake: exit code 2, one message naming it, and the usage lines to put it right. */
async function expectUsageError(argv: string[], message: string): Promise<void> {
  const result = await runCli(argv, { 'map.json': '{}' });
  expect(result.code, argv.join(' ')).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toContain(`integration-mapper: ${message}`);
  expect(result.stderr).toContain('Usage:\n  integration-mapper check INPUT');
}

describe('using the command line wrongly', () => {
  it('names an unknown command or option', async () => {
    await expectUsageError(['lint', 'map.json'], 'Unknown command "lint".');
    await expectUsageError(['constructor', 'map.json'], 'Unknown command "constructor".');
    await expectUsageError(['check', 'map.json', '--verbose'], 'Unknown option --verbose for check.');
    await expectUsageError(['register', 'map.json', '-o', 'out.xlsx', '--json'], 'Unknown option --json for register.');
    await expectUsageError(['--verbose'], 'Unknown option --verbose.');
  });

  it('says what is missing: a command, INPUT, or -o for the register', async () => {
    await expectUsageError([], 'Say which command to run.');
    await expectUsageError(['check'], 'check needs INPUT');
    await expectUsageError(['check', 'a.json', 'b.json'], 'check takes one INPUT, not 2');
    await expectUsageError(['register', 'map.json'], 'register needs -o OUT.xlsx');
    await expectUsageError(['register', 'map.json', '-o'], 'Option -o, --output needs a value.');
  });

  it('lists the severities when --fail-on is not one of them', async () => {
    await expectUsageError(['check', 'map.json', '--fail-on', 'severe'], '--fail-on must be one of: low, medium, elevated, high, critical (got "severe").');
  });

  it('asks for YYYY-MM-DD when --today is not a date', async () => {
    await expectUsageError(['check', 'map.json', '--today', '31/03/2026'], '--today must be a date written YYYY-MM-DD');
    await expectUsageError(['register', 'map.json', '-o', 'r.xlsx', '--today', '2026-02-30'], '--today must be a date');
  });
});

describe('asking the tool about itself', () => {
  it('prints the usage, options and exit codes for --help or -h, wherever it is, and exits 0', async () => {
    for (const argv of [['--help'], ['-h'], ['check', '--help'], ['register', 'map.json', '-h']]) {
      const result = await runCli(argv);
      expect(result.code, argv.join(' ')).toBe(0);
      expect(result.stdout).toContain('Usage:');
      expect(result.stdout).toContain('--fail-on SEVERITY');
      expect(result.stdout).toContain('Exit codes:');
    }
  });

  it('prints the version for --version', async () => {
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints the map JSON schema, or writes it with -o', async () => {
    const printed = await runCli(['schema']);
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout)).toEqual(buildMapSchema());

    const written = await runCli(['schema', '-o', 'docs/map.schema.json']);
    expect(written.stdout).toBe('Wrote the map schema to "docs/map.schema.json".\n');
    expect(new TextDecoder().decode(written.files.get('docs/map.schema.json') as Uint8Array)).toBe(printed.stdout);
  });
});
