/**
 * One string object per short string value, kept across parses. A language server lints the same document after every
 * keystroke, and a config repeats its keys and values (`command`, `-y`, `LOG_LEVEL`) in every server: each parse
 * would otherwise allocate each of them anew, and every cache keyed by them (secret verdicts, package names) would
 * hash and compare their characters again. A string found here is the very object of the last parse, whose hash V8
 * has kept, so those look-ups compare pointers.
 */
import { detached } from '../bounded-memo';

/**
 * Longer strings are mostly one-off (paths, URLs, tokens) and are not kept: a table of a few thousand keys stays in the
 * CPU's caches, and a look-up that misses them costs more than the copy it saves (64 characters: parsing 40% slower).
 */
export const MAX_INTERNED_LENGTH = 12;
/** Slots of the table (a power of two); it is emptied when half full, so a long-running server stays bounded. */
const SLOTS = 8192;
const MAX_ENTRIES = SLOTS / 2;

let keys: (string | undefined)[] = new Array<string | undefined>(SLOTS);
let hashes = new Int32Array(SLOTS);
let entries = 0;

/**
 * `text.slice(start, end)`, as the object interned for those characters when there is one. Only for slices of at most
 * MAX_INTERNED_LENGTH characters.
 */
export function internedSlice(text: string, start: number, end: number): string {
  const length = end - start;
  let hash = length;
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  const mask = SLOTS - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const key = keys[slot];
    if (key === undefined) break;
    if (hashes[slot] === hash && key.length === length && sameCharacters(key, text, start)) return key;
  }
  if (entries >= MAX_ENTRIES) forgetInternedStrings();
  const own = detached(text.slice(start, end));
  let slot = hash & mask;
  while (keys[slot] !== undefined) slot = (slot + 1) & mask;
  keys[slot] = own;
  hashes[slot] = hash;
  entries++;
  return own;
}

/** Whether `text` has the characters of `key` at `start` (a loop: for short keys, cheaper than a call to startsWith). */
function sameCharacters(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** Empties the table (tests; and when it fills). */
export function forgetInternedStrings(): void {
  keys = new Array<string | undefined>(SLOTS);
  hashes = new Int32Array(SLOTS);
  entries = 0;
}
