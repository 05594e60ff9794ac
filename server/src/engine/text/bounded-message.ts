/**
 * Messages quote config values (package specs, URLs, names) as they are written. A value of thousands of characters
 * would make a message of that size in the Problems panel, the CLI and SARIF, so in a long message a long value keeps
 * its start and end, and a message that is still long keeps its beginning (what and where) and its end (what to do).
 */

/**
 * Shorter messages (nearly all) are returned as they are, unscanned: this runs for every finding of every lint, and a
 * scan flattens each message (V8 builds them as trees of pieces), which cost a typical 2 KB lint about 40%.
 */
const SCANNED_FROM = 1000;
/** In a scanned message, runs of non-space characters longer than this are shortened. */
const MAX_WORD = 160;
const WORD_HEAD = 100;
const WORD_TAIL = 40;
/** Messages longer than this, after shortening words, keep their first and last parts. */
const MAX_MESSAGE = 2000;
const MESSAGE_HEAD = 1200;
const MESSAGE_TAIL = 600;
const LONG_WORD = new RegExp(`\\S{${MAX_WORD + 1},}`, 'g');

export function boundedMessage(message: string): string {
  if (message.length <= SCANNED_FROM) return message;
  const words = message.replace(LONG_WORD, (word) => `${word.slice(0, WORD_HEAD)}…${word.slice(-WORD_TAIL)}`);
  return words.length <= MAX_MESSAGE ? words : `${words.slice(0, MESSAGE_HEAD)} … ${words.slice(-MESSAGE_TAIL)}`;
}
