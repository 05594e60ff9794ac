/** The CLI's exit codes (documented in docs/cli.md) and the error type that carries one to the top level. */

export const EXIT = {
  /** Nothing at or above `--min-severity`. */
  ok: 0,
  /** Findings at or above `--min-severity`. */
  findings: 1,
  /** Usage error, or a file or folder that could not be read (named in the message). */
  usageOrIo: 2,
  /** A bug in MCP Warden: an internal error (one line on stderr, never a stack unless MCP_WARDEN_DEBUG is set). */
  internal: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the user can act on (bad flag, unreadable --config file): printed as one line, no stack. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: ExitCode = EXIT.usageOrIo) {
    super(message);
    this.name = 'CliError';
  }
}

/** The most serious of several outcomes: internal > usage/io > findings > ok. */
export function worstExit(...codes: readonly number[]): number {
  return Math.max(EXIT.ok, ...codes);
}
