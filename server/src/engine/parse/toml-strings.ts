/** TOML string helpers: source offsets inside string values (escapes, multi-line forms) and writing values as TOML. */
import type { DocNode } from './document';
import type { StringCursor } from './string-offsets';

export function tomlStringSourceOffset(text: string, node: DocNode, index: number, from?: StringCursor): number {
  if (node.type !== 'string') return node.offset;
  const quote = text.charAt(node.offset);
  if (quote !== '"' && quote !== "'") return node.offset + index; // a date or time kept as text
  const multiline = text.startsWith(quote.repeat(3), node.offset);
  const delimiter = multiline ? 3 : 1;
  const end = node.offset + node.length - delimiter;
  let source = node.offset + delimiter;
  // A newline right after the opening delimiter of a multi-line string is not part of the value.
  if (multiline && text.charAt(source) === '\n') source += 1;
  else if (multiline && text.startsWith('\r\n', source)) source += 2;
  const basic = quote === '"';
  let decoded = 0;
  if (from) ({ decoded, source } = from);
  while (decoded < index && source < end) {
    if (basic && text.charAt(source) === '\\') {
      const next = text.charAt(source + 1);
      if (next === 'u') source += 6;
      else if (next === 'U') source += 10;
      else if (next === 'x') source += 4;
      else if (/[\s]/.test(next)) {
        // A line-ending backslash swallows the newline and the indentation that follows.
        source += 1;
        while (source < end && /\s/.test(text.charAt(source))) source++;
        continue;
      } else source += 2;
    } else {
      source += 1;
    }
    decoded++;
  }
  return Math.min(source, end);
}

/** A TOML basic string: JSON's escapes are valid TOML, except that DEL must be escaped too. */
export function tomlQuote(value: string): string {
  return JSON.stringify(value).replace(/\u007f/g, '\\u007F');
}

/** A key as TOML writes it: bare when it can be, quoted otherwise. */
export function tomlKey(key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : tomlQuote(key);
}

export function tomlDottedKey(keys: readonly (string | number)[]): string {
  return keys.map((key) => tomlKey(String(key))).join('.');
}

/** Any JSON-like value as inline TOML (`[..]`, `{ k = v }`); TOML has no null, so null becomes an empty string. */
export function tomlValue(value: unknown): string {
  if (typeof value === 'string') return tomlQuote(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(tomlValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([key, item]) => `${tomlKey(key)} = ${tomlValue(item)}`).join(', ')} }`;
  }
  return '""';
}
