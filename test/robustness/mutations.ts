/** Text mutations for fuzzing: token edits, truncation, random bytes, deep nesting, huge strings, odd Unicode. */
import type { createPrng } from '../helpers/prng';

type Prng = ReturnType<typeof createPrng>;

const ODD_UNICODE = ['\u0000', '\ud83d', '\ude00', '😀', '\u202e', '\u200b', '\ufeff', '\u2028', '\r', '\r\n', '\t', 'é', '\uffff', '𝒳'];
const TOKENS = ['{', '}', '[', ']', ',', ':', '"', '\\', '//', '/*', '*/', '#', 'null', 'true', '"command"', '"args"', '"env"', '"url"', '"${input:x}"', '"npx"', '"-y"', '"@scope/pkg@^1"', '"docker"', '"run"', '"http://10.0.0.1"', '"mcpServers"', '"servers"', '[mcp_servers.a]', '- name: x', '&a', '*a', '!!binary'];

export type Mutation = (text: string, prng: Prng) => string;

export const MUTATIONS: Record<string, Mutation> = {
  deleteSlice: (text, prng) => {
    const start = prng.int(text.length + 1);
    return text.slice(0, start) + text.slice(start + 1 + prng.int(16));
  },
  insertToken: (text, prng) => {
    const at = prng.int(text.length + 1);
    return text.slice(0, at) + prng.pick(TOKENS) + text.slice(at);
  },
  duplicateSlice: (text, prng) => {
    const start = prng.int(text.length + 1);
    const slice = text.slice(start, start + 1 + prng.int(64));
    return text.slice(0, start) + slice + slice + text.slice(start + slice.length);
  },
  truncate: (text, prng) => text.slice(0, prng.int(text.length + 1)),
  randomBytes: (text, prng) => {
    let bytes = '';
    for (let i = 0, n = 1 + prng.int(32); i < n; i++) bytes += String.fromCharCode(prng.int(256));
    const at = prng.int(text.length + 1);
    return text.slice(0, at) + bytes + text.slice(at);
  },
  deepNesting: (text, prng) => {
    const depth = 500 + prng.int(5000);
    const at = prng.int(text.length + 1);
    return text.slice(0, at) + '['.repeat(depth) + ']'.repeat(prng.int(depth)) + text.slice(at);
  },
  hugeString: (text, prng) => {
    const quote = text.indexOf('"', prng.int(text.length + 1));
    const at = quote === -1 ? prng.int(text.length + 1) : quote + 1;
    // Runs that make parsers and regular expressions backtrack or split into many words (`=` found semver's range parser).
    const chunk = prng.pick(['a', 'A1', '=', '$', '${', 'ghp_', '%', '\\u00', ' ', ' -', '1 ', ' =', 'v', '1.']);
    return text.slice(0, at) + chunk.repeat(5_000 + prng.int(25_000)) + text.slice(at);
  },
  oddUnicode: (text, prng) => {
    let result = text;
    for (let i = 0, n = 1 + prng.int(8); i < n; i++) {
      const at = prng.int(result.length + 1);
      result = result.slice(0, at) + prng.pick(ODD_UNICODE) + result.slice(at);
    }
    return result;
  },
  crlf: (text) => text.replace(/\r?\n/g, '\r\n'),
};
