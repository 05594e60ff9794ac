/** `mcp-warden inventory [PATH...]`: every server per host session with source, pinning, capabilities, secret names and risky combinations. */
import { ALL_RULES, buildInventory, renderInventoryJson, renderInventoryMarkdown } from '../../engine/index';
import { EXIT } from '../exit-codes';
import { formatNotices } from '../formatters/text';
import { palette } from '../display';
import type { CliIo } from '../io';
import { LINTING_OPTIONS, lintingOptionsFrom, oneOf, parseCommandArgs } from '../options';
import { collectFiles, lintSession } from '../session';
import type { CliCommand } from './command';
import { LINTING_OPTIONS_HELP } from './shared-help';

const OPTIONS = { ...LINTING_OPTIONS, format: { type: 'string', short: 'f' } } as const;

export const inventoryCommand: CliCommand = {
  name: 'inventory',
  summary: 'list every MCP server with its source, capabilities, secret names and risky combinations',
  help: `Usage: mcp-warden inventory [PATH...] [options]

Lists every MCP server the given files and folders configure (default: the current folder), per host session: the
files one host loads together (add --include-user-configs for the user-level ones), merged with that host's precedence.
For each server: where it is defined, its source (package@version, image, URL) and whether it is pinned, what it can
do and why MCP Warden thinks so, the names of the secrets it uses (never their values), tools it runs without asking,
the risky combinations it takes part in, and the other findings on it. Markdown output ends each session with a
Mermaid flowchart of the risky flows (untrusted source -> model -> private data -> outbound channel).
Nothing is executed and nothing is sent anywhere.

Options:
  -f, --format F            markdown|json (default markdown)${LINTING_OPTIONS_HELP}

Exit codes: 0 inventory printed, 2 usage error or unreadable input, 3 internal error.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    if (values.help === true) {
      io.stdout(`${this.help}\n`);
      return EXIT.ok;
    }
    const format = oneOf('--format', values.format, ['markdown', 'json'] as const, 'markdown');
    const options = lintingOptionsFrom(values, positionals, io.env, io.isTTY, io.rules ?? ALL_RULES);
    return runInventory(options, format, io);
  },
};

async function runInventory(options: ReturnType<typeof lintingOptionsFrom>, format: 'markdown' | 'json', io: CliIo): Promise<number> {
  const collected = await collectFiles(options, io);
  const session = await lintSession(collected.files, options, io);
  const notices = [...collected.notices, ...session.notices].sort((a, b) => a.path.localeCompare(b.path));
  io.stderr(formatNotices(notices, palette(options.color)));
  for (const error of session.internalErrors) io.stderr(`mcp-warden: internal error: ${error}\n`);
  const display = new Map(session.files.map((file) => [file.result.path, file.displayPath]));
  const inventory = buildInventory(session.files.map((file) => file.result), { displayPath: (path) => display.get(path) ?? path });
  io.stdout(format === 'json' ? renderInventoryJson(inventory) : renderInventoryMarkdown(inventory));
  if (session.internalErrors.length > 0) return EXIT.internal;
  return notices.some((notice) => notice.level === 'error') ? EXIT.usageOrIo : EXIT.ok;
}
