/** The only way a secret-looking value may appear in output: a short prefix and the last characters, never most of it. */
import { ALL_PREFIXES } from './formats';

/**
 * `ghp_…Wxyz`: a documented format prefix (else a `word_` prefix of up to 6 characters, else the first 4) and the last 4 characters, for values of 24
 * characters or more; shorter values show at most 2 + 2 characters; values under 12 characters are fully masked.
 */
export function redact(value: string): string {
  if (value.length < 12) return '***…';
  if (value.length < 24) return `${value.slice(0, 2)}…${value.slice(-2)}`;
  // A documented format prefix (public, constant) is shown in full; else a short `word_` prefix, else 4 characters.
  const known = ALL_PREFIXES.find((prefix) => prefix.length >= 4 && value.startsWith(prefix) && prefix.length <= value.length / 2);
  const separated = /^[A-Za-z0-9]{1,5}?[_-]/.exec(value.slice(0, 6))?.[0];
  const prefix = known ?? separated ?? value.slice(0, 4);
  return `${prefix}…${value.slice(-4)}`;
}

/**
 * Replaces every character of `text` inside `spans` (offsets relative to `base`) with `*`, keeping length. One pass
 * over the spans in offset order: masking a whole file costs the same for ten secrets as for ten thousand.
 */
export function maskSpans(text: string, base: number, spans: readonly { offset: number; length: number }[]): string {
  const sorted = [...spans].sort((a, b) => a.offset - b.offset);
  let result = '';
  let copied = 0;
  for (const span of sorted) {
    const start = Math.max(copied, span.offset - base);
    const end = Math.min(text.length, span.offset + span.length - base);
    if (end <= start) continue;
    result += text.slice(copied, start) + '*'.repeat(end - start);
    copied = end;
  }
  return copied === 0 ? text : result + text.slice(copied);
}
