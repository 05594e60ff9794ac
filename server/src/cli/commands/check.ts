/** `mcp-warden check [PATH...]`: lints config files and folders and prints text, JSON or SARIF. */
import { ALL_RULES } from '../../engine/index';
import { resolve } from 'node:path';
import { describeIoError } from '../../node/policy-lookup';
import { CliError, EXIT, worstExit } from '../exit-codes';
import { palette } from '../display';
import { formatJson } from '../formatters/json';
import { formatSarif } from '../formatters/sarif';
import { formatNotices, formatText } from '../formatters/text';
import type { CliIo } from '../io';
import { LINTING_OPTIONS, lintingOptionsFrom, oneOf, parseCommandArgs, type OutputFormat } from '../options';
import { exitCodeOf } from '../outcome';
import { collectFiles, lintSession } from '../session';
import type { CliCommand } from './command';
import { EXIT_CODES_HELP, LINTING_OPTIONS_HELP } from './shared-help';

const OPTIONS = { ...LINTING_OPTIONS, format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' } } as const;

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'check MCP config files and folders (the default command)',
  help: `Usage: mcp-warden check [PATH...] [options]

Checks MCP server config files. Folders (default: the current one) are searched for every file name an MCP host
reads, skipping node_modules and .git. Nothing is executed and nothing is sent anywhere.

Options:
  -f, --format F            text|json|sarif (default text)
  -o, --output FILE         write the report to FILE instead of stdout (messages still go to stderr)
  --stdin-filename PATH     check stdin as if it were the file PATH (for editors and hooks)
  --rule ID=SEVERITY        override a rule: error|warning|info|hint|off (repeatable)${LINTING_OPTIONS_HELP}
${EXIT_CODES_HELP}`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    if (values.help === true) {
      io.stdout(`${this.help}\n`);
      return EXIT.ok;
    }
    const format: OutputFormat = oneOf('--format', values.format, ['text', 'json', 'sarif'] as const, 'text');
    const output = typeof values.output === 'string' ? values.output : undefined;
    const options = lintingOptionsFrom(values, positionals, io.env, io.isTTY && output === undefined, io.rules ?? ALL_RULES);
    return runCheck(options, format, output, io);
  },
};

async function runCheck(options: ReturnType<typeof lintingOptionsFrom>, format: OutputFormat, output: string | undefined, io: CliIo): Promise<number> {
  const collected = await collectFiles(options, io);
  const session = await lintSession(collected.files, options, io);
  const notices = [...collected.notices, ...session.notices].sort((a, b) => a.path.localeCompare(b.path));
  const report = { ...session, notices };
  const stderrColors = palette(options.color);
  io.stderr(formatNotices(notices, stderrColors));
  for (const error of session.internalErrors) io.stderr(`mcp-warden: internal error: ${error}\n`);
  if (collected.files.length === 0 && notices.length === 0 && format === 'text') {
    io.stderr(`mcp-warden: no MCP config files found in ${options.paths.join(', ')}\n`);
  }
  const text = format === 'json' ? formatJson(report, options.showSuppressed)
    : format === 'sarif' ? formatSarif(report, io.cwd, io.rules ?? ALL_RULES)
    : formatText(report, { showSuppressed: options.showSuppressed, color: options.color });
  if (output === undefined) {
    io.stdout(text);
  } else {
    const target = resolve(io.cwd, output);
    try {
      await io.fs.writeFile(target, text);
    } catch (error) {
      throw new CliError(`cannot write ${output}: ${describeIoError(error)}`);
    }
  }
  return worstExit(exitCodeOf(report, options.minSeverity));
}
