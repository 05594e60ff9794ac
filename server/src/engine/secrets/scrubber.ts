/**
 * Replaces every occurrence of known secrets in printed text by their redacted form, in one pass per text: a file with
 * thousands of distinct secrets costs no more per text than one with a few (testing each secret against each text was
 * quadratic: 3,000 secrets took the inventory 2.5 s).
 */
import { redact } from './redact';
import { addToGroup } from '../add-to-group';

/** Secrets shorter than this are not scrubbed (too likely to be ordinary words). */
export const MIN_SCRUBBED_LENGTH = 4;

/**
 * Secrets at least this long are found by their first characters, shorter ones whole. Secrets of one format share a
 * prefix (`ghp_`, `github_pat_`, `xoxb-` and a team id), so a short key would gather thousands of them under one
 * entry, each to be tried at every match of the prefix (10,000 GitHub tokens: 2.7 s for an inventory).
 */
const KEY_LENGTH = 32;

export function createScrubber(secrets: Iterable<string>): (text: string) => string {
  const longByKey = new Map<string, string[]>();
  const shortByLength = new Map<number, Set<string>>();
  const pairs = new Set<number>();
  for (const secret of new Set(secrets)) {
    if (secret.length < MIN_SCRUBBED_LENGTH) continue;
    pairs.add(pairAt(secret, 0));
    if (secret.length >= KEY_LENGTH) addToGroup(longByKey, secret.slice(0, KEY_LENGTH), secret);
    else shortByLength.set(secret.length, (shortByLength.get(secret.length) ?? new Set<string>()).add(secret));
  }
  if (pairs.size === 0) return (text) => text;
  // Longest first, so that a secret which extends another is redacted whole.
  for (const list of longByKey.values()) list.sort((a, b) => b.length - a.length);
  const shortLengths = [...shortByLength.keys()].sort((a, b) => b - a);

  const longestAt = (text: string, at: number): string | undefined => {
    const long = longByKey.get(text.slice(at, at + KEY_LENGTH))?.find((candidate) => text.startsWith(candidate, at));
    if (long) return long;
    for (const length of shortLengths) {
      const candidate = text.slice(at, at + length);
      if (shortByLength.get(length)?.has(candidate)) return candidate;
    }
    return undefined;
  };

  return (text) => {
    let out = '';
    let copied = 0;
    for (let at = 0; at + MIN_SCRUBBED_LENGTH <= text.length;) {
      // Most positions are passed over on their first two characters alone, without cutting a substring.
      const secret = pairs.has(pairAt(text, at)) ? longestAt(text, at) : undefined;
      if (!secret) {
        at++;
        continue;
      }
      out += text.slice(copied, at) + redact(secret);
      at += secret.length;
      copied = at;
    }
    return copied === 0 ? text : out + text.slice(copied);
  };
}

/** The first two characters at `at`, as one number. */
function pairAt(text: string, at: number): number {
  return text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1);
}
