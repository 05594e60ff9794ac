/** The `mcp-warden` binary: runs the CLI on this process (bundled by esbuild into dist/cli.js). */
import { nodeIo } from './io';
import { runCli } from './run-cli';

// `mcp-warden check | head` closes the pipe early: stop quietly, as other command-line tools do, not with a stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

void runCli(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
