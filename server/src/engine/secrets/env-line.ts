/**
 * `NAME=value` lines of the env files that receive moved secrets. A line must read back as the same value in each
 * reader of those files: VS Code's `envFile` parser, dotenv (Continue's `.env`) and a POSIX shell (`set -a; . ./.mcp.env`,
 * which the fixes' notes suggest). They agree on little: VS Code and dotenv end a bare value at `#` and decode only `\n`
 * and `\r` in double quotes; the shell expands `$`, `` ` `` and a leading `~`, and decodes backslashes in double quotes.
 */

/** Characters that mean the same bare in all three readers. */
const BARE = /^[A-Za-z0-9_\-.+/=:@%,]*$/;
/** Inside double quotes, what none of the readers changes (a single quote included). */
const PLAIN_IN_DOUBLE_QUOTES = /^[^"$`\\\r\n]*$/;

/**
 * The line for `name` and `value`: bare when it can be; else in single quotes (literal everywhere: no expansion, no
 * escapes, `#` kept); else, for a value with a single quote, in double quotes when nothing in it is expanded or decoded.
 * A value with a single quote and one of `"`, `$`, `` ` ``, `\` or a line break has no form all three read alike: it is
 * written JSON-escaped, which VS Code and dotenv decode only in part (the fixes' tests cover the common forms).
 */
export function envLine(name: string, value: string): string {
  if (BARE.test(value)) return `${name}=${value}`;
  if (!value.includes("'") && !/[\r\n]/.test(value)) return `${name}='${value}'`;
  if (PLAIN_IN_DOUBLE_QUOTES.test(value)) return `${name}="${value}"`;
  return `${name}=${JSON.stringify(value)}`;
}

/**
 * The value a `NAME=value` line assigns, read as VS Code and dotenv read it: an inline comment (`#` outside quotes) is
 * dropped, surrounding quotes are removed, and a double-quoted value is decoded as JSON when it is valid JSON (which
 * also undoes envLine's last resort).
 */
export function envLineValue(line: string): string {
  let value = line.slice(line.indexOf('=') + 1).trim();
  const comment = indexOutsideQuotes(value, '#');
  if (comment !== -1) value = value.slice(0, comment).trim();
  const quote = value.charAt(0);
  if (value.length < 2 || value.charAt(value.length - 1) !== quote || !`"'\``.includes(quote)) return value;
  if (quote === '"') {
    try {
      return String(JSON.parse(value));
    } catch {
      // Not JSON (`"C:\path"`): the readers keep such backslashes as they are.
    }
  }
  return value.slice(1, -1);
}

/** The index of `target` outside quoted parts (a quote escaped by a backslash does not close), or -1. */
function indexOutsideQuotes(text: string, target: string): number {
  let quote = '';
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (quote !== '') {
      if (char === quote && text.charAt(index - 1) !== '\\') quote = '';
    } else if (char === '"' || char === "'" || char === '`') {
      quote = char;
    } else if (char === target) {
      return index;
    }
  }
  return -1;
}
