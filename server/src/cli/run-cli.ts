/**
 * The CLI's entry with IO injected: picks the command, turns usage errors into one-line messages (exit 2) and any
 * unexpected error into one line (exit 3, stack only with MCP_WARDEN_DEBUG=1). Never throws.
 */
import { ALL_COMMANDS, DEFAULT_COMMAND } from './commands/all-commands';
import { CliError, EXIT } from './exit-codes';
import type { CliIo } from './io';
import { toolVersion } from './version';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === '--version' || first === '-v' || (argv.includes('--version') && !argv.includes('--'))) {
      io.stdout(`${toolVersion()}\n`);
      return EXIT.ok;
    }
    if (first === undefined) return await DEFAULT_COMMAND.run([], io);
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = ALL_COMMANDS.find((command) => command.name === rest[0]);
      io.stdout(topic ? `${topic.help}\n` : generalHelp());
      return EXIT.ok;
    }
    const command = ALL_COMMANDS.find((candidate) => candidate.name === first);
    return command ? await command.run(rest, io) : await DEFAULT_COMMAND.run(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`mcp-warden: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`mcp-warden: internal error: ${message.split('\n')[0]} (please report it; set MCP_WARDEN_DEBUG=1 for details)\n`);
    if (io.env.MCP_WARDEN_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.internal;
  }
}

function generalHelp(): string {
  const width = Math.max(...ALL_COMMANDS.map((command) => command.name.length));
  const commands = ALL_COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return `MCP Warden ${toolVersion()}: checks MCP server configs for unpinned packages, literal secrets, risky server
combinations and consent bypasses. Never runs a configured command; works offline.

Usage: mcp-warden [COMMAND] [PATH...] [options]

Commands:
${commands}

Run mcp-warden COMMAND --help for its options. Examples:
  mcp-warden                              check the current folder
  mcp-warden check .vscode/mcp.json --format sarif > results.sarif
  mcp-warden --include-user-configs       also check your user-level configs (Claude Desktop, ~/.cursor, ...)
  mcp-warden fix --dry-run                show what the safe fixes would change
`;
}
