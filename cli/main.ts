import { nodeIo } from './node-io';
import { run } from './run';

// The entry point of dist/cli/integration-mapper.cjs. The exit code is set rather than forced
// with process.exit, so everything written to stdout is flushed first.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `integration-mapper check map.json | head` closes the pipe early; that is not a failure.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

void run(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
