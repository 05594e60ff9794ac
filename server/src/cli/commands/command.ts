/** The shape of a subcommand: `run-cli.ts` dispatches to one by name (see all-commands.ts). */
import type { CliIo } from '../io';

export interface CliCommand {
  /** The word after `mcp-warden` (`check`, `fix`, ...). */
  readonly name: string;
  /** One line for `mcp-warden --help`. */
  readonly summary: string;
  /** Full `--help` text of the command. */
  readonly help: string;
  /** Returns the exit code (see exit-codes.ts); throws CliError for usage errors. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
