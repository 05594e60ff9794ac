/** The only way a secret-looking value may appear in output: a prefix and the last four characters. */

/** `ghp_…Wxyz`: a known prefix (up to the first `_`/`-` within 8 chars) and the last 4 characters; short values are fully masked. */
export function redact(value: string): string {
  if (value.length <= 8) return '…'.padStart(Math.min(value.length, 3), '*');
  const prefixMatch = /^[A-Za-z0-9]{1,8}?[_-]/.exec(value.slice(0, 12));
  const prefix = prefixMatch ? prefixMatch[0] : value.slice(0, Math.min(4, Math.floor(value.length / 4)));
  return `${prefix}…${value.slice(-4)}`;
}

/** Replaces every character of `text` inside `spans` (offsets relative to `base`) with `*`, keeping length. */
export function maskSpans(text: string, base: number, spans: readonly { offset: number; length: number }[]): string {
  let result = text;
  for (const span of spans) {
    const start = Math.max(0, span.offset - base);
    const end = Math.min(text.length, span.offset + span.length - base);
    if (end <= start) continue;
    result = result.slice(0, start) + '*'.repeat(end - start) + result.slice(end);
  }
  return result;
}
