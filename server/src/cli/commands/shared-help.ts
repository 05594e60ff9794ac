/** Help text of the options that every linting command accepts. */

export const LINTING_OPTIONS_HELP = `
  --min-severity S          error|warning|info|hint: lowest severity that fails the run (default warning)
  --min-confidence C        high|medium|low: drop findings below this confidence (default low)
  --profile P               default|pedantic (pedantic adds noisier rules)
  -c, --config FILE         policy file to use instead of the nearest .mcp-warden.json
  --no-ignores              also show findings suppressed inline or by the policy (audits)
  --include-user-configs    also check every host's user-level files under your home folder
  --host ID                 read every file as this host (vscode, claude-desktop, cursor, ...)
  --color, --no-color       force colors on or off (default: on for a terminal, off with NO_COLOR)
  -h, --help                show this help`;

export const EXIT_CODES_HELP = `
Exit codes: 0 nothing at or above --min-severity, 1 findings, 2 usage error or unreadable input, 3 internal error.`;
