/**
 * The JSON parser's fast path against jsonc-parser's: on every text either the fast path declines (and the text has an
 * error or no value) or both build the same tree (types, values, offsets, lengths, colons, parents), comments and
 * problems. Texts: every fixture, generated well-formed JSONC and hand-picked edge cases; the fuzz test adds mutations.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MAX_JSON_DEPTH } from '../../server/src/engine/parse/parse-json';
import { assertPathsAgree } from '../helpers/json-parse-paths';
import { createPrng } from '../helpers/prng';
import { loadOwnFixtures, loadRealFixtures } from '../helpers/real-fixtures';

type Prng = ReturnType<typeof createPrng>;

/** Random well-formed JSONC: nested values, every escape, numbers in every form, comments and trailing commas. */
function generateJsonc(prng: Prng, depth = 0): string {
  const trivia = (): string => prng.pick(['', ' ', '\n  ', '\r\n', '\t', ' // note\n', '/* block\n */', ' /**/ ']);
  const kind = depth > 4 ? prng.int(3) : prng.int(6);
  switch (kind) {
    case 0: return generateString(prng);
    case 1: return prng.pick(['0', '-0', '7', '-12', '3.25', '1e5', '2E-3', '-0.5e+10', '123456789012345678901234567890', '1e400']);
    case 2: return prng.pick(['true', 'false', 'null']);
    case 3:
    case 4: {
      const count = prng.int(5);
      const members = Array.from({ length: count }, () => `${trivia()}${generateString(prng)}${trivia()}:${trivia()}${generateJsonc(prng, depth + 1)}${trivia()}`);
      return `{${members.join(',')}${count > 0 && prng.int(3) === 0 ? ',' : ''}${trivia()}}`;
    }
    default: {
      const count = prng.int(5);
      const items = Array.from({ length: count }, () => `${trivia()}${generateJsonc(prng, depth + 1)}${trivia()}`);
      return `[${items.join(',')}${count > 0 && prng.int(3) === 0 ? ',' : ''}${trivia()}]`;
    }
  }
}

function generateString(prng: Prng): string {
  const pieces = ['a', 'command', 'é', '😀', ' ', '\\"', '\\\\', '\\/', '\\b', '\\f', '\\n', '\\r', '\\t', '\\u00e9', '\\uD83D\\uDE00', '\\u0000', '${input:x}', '\u2028', '\u007f'];
  let value = '';
  for (let i = 0, n = prng.int(6); i < n; i++) value += prng.pick(pieces);
  return `"${value}"`;
}

describe('JSON fast path agrees with jsonc-parser', () => {
  const fixtures = [...loadRealFixtures(), ...loadOwnFixtures()].filter((fixture) => /\.jsonc?$/.test(fixture.path));
  const examples = readdirSync('examples', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ file, text: readFileSync(join('examples', file), 'utf8') }));

  it('every JSON fixture and example takes the fast path and builds the same tree', () => {
    assert.ok(fixtures.length > 50 && examples.length > 0, 'the fixtures were not found');
    // A fixture that jsonc-parser rejects is covered by the agreement check; nearly all must be fast.
    const fast = [...fixtures, ...examples].filter(({ file, text }) => assertPathsAgree(text, file)).length;
    assert.ok(fast >= fixtures.length + examples.length - 5, `only ${fast} of ${fixtures.length + examples.length} texts took the fast path`);
  });

  it('generated well-formed JSONC always takes the fast path and builds the same tree', () => {
    const prng = createPrng(7);
    for (let i = 0; i < 2000; i++) {
      const text = `${prng.pick(['', '\ufeff', ' \n'])}${generateJsonc(prng)}${prng.pick(['', '\n', ' // end', '/* end */\r\n'])}`;
      assert.ok(assertPathsAgree(text, `generated #${i}: ${JSON.stringify(text).slice(0, 200)}`), `generated #${i} declined: ${JSON.stringify(text)}`);
    }
  });

  const edgeCases: [string, boolean][] = [
    ['{"a": "\\u00e9\\"\\\\\\/\\b\\f\\n\\r\\t"}', true],
    ['  "root string"  ', true],
    ['-0', true],
    ['[1e5, 0.5E-3, -12, 0]', true],
    ['{"a":1,}', true],
    ['[1,]', true],
    ['{"a": [ , ]}', false],
    ['{,}', false],
    ['[1,,2]', false],
    ['{"a" 1}', false],
    ['{"a": 01}', false],
    ['{"a": 1.}', false],
    ['{"a": 1e}', false],
    ['{"a": -}', false],
    ['{"a": truex}', false],
    ['{"a": true"b"}', false],
    ['{"a": nul}', false],
    ['{a: 1}', false],
    ['{"a":\u00a01}', false],
    ['{"a": "line\nbreak"}', false],
    ['{"a": "tab\there"}', false],
    ['{"a": "\\x"}', false],
    ['{"a": "\\u12g4"}', false],
    ['{"a": "unterminated', false],
    ['{"a": 1 /* unterminated', false],
    ['{"a": 1 / 2}', false],
    ['{} {}', false],
    ['', false],
    ['   ', false],
    ['// only a comment', false],
    [`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`, true],
    [`${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`, false],
    ['{"a": 1 // comment at the end', false],
    ['{"a": 1} // comment at the end', true],
    ['{"a": 1}\r\n/* a */ // b\r\n', true],
  ];
  for (const [text, fast] of edgeCases) {
    it(`${JSON.stringify(text.length > 60 ? `${text.slice(0, 30)}…` : text)}: ${fast ? 'fast path' : 'jsonc-parser'}, same result`, () => {
      assert.equal(assertPathsAgree(text, JSON.stringify(text)), fast);
    });
  }
});
