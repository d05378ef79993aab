import { printable, type CliIo } from './io';

/** What the tool's exit code tells a script. */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** `check --fail-on`: an open finding is at least that severe. */
  findings: 1,
  /** The command could not run: wrong usage, or an input or output that cannot be used. */
  failed: 2,
} as const;

/** Says why the command could not run, naming the tool as command-line tools do, and gives the exit code for it. */
export function failWith(io: CliIo, message: string): number {
  io.stderr(`integration-mapper: ${printable(message, true)}\n`);
  return EXIT.failed;
}
