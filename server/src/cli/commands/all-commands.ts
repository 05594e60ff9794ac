/** The subcommands, one line each; `check` is the default when the first argument is not a command name. */
import { checkCommand } from './check';
import type { CliCommand } from './command';
import { fixCommand } from './fix';
import { inventoryCommand } from './inventory';

export const ALL_COMMANDS: readonly CliCommand[] = [
  checkCommand,
  fixCommand,
  inventoryCommand,
];

export const DEFAULT_COMMAND = checkCommand;
