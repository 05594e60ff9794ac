/** The interned strings the JSON parser hands out are always the characters asked for, however full the table gets. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getNodeValue } from 'jsonc-parser';
import { forgetInternedStrings, internedSlice, MAX_INTERNED_LENGTH } from '../../server/src/engine/parse/string-interner';
import { parseJson } from '../../server/src/engine/parse/parse-json';
import { createPrng } from '../helpers/prng';

describe('string interner', () => {
  it('returns the slice asked for, across many more distinct strings than the table keeps', () => {
    forgetInternedStrings();
    const prng = createPrng(11);
    // A small alphabet: many strings share lengths, prefixes and probe chains, so look-ups compare characters a lot.
    const text = Array.from({ length: 200_000 }, () => 'ab_-Z0é'.charAt(prng.int(7))).join('');
    for (let round = 0; round < 60_000; round++) {
      const start = prng.int(text.length - MAX_INTERNED_LENGTH);
      const end = start + prng.int(MAX_INTERNED_LENGTH + 1);
      assert.equal(internedSlice(text, start, end), text.slice(start, end), `slice ${start}-${end}`);
    }
  });

  it('gives the same characters from two texts, and tells apart strings of one length', () => {
    forgetInternedStrings();
    assert.equal(internedSlice('"command"', 1, 8), 'command');
    assert.equal(internedSlice('xx command', 3, 10), 'command');
    assert.equal(internedSlice('commanD', 0, 7), 'commanD');
    assert.equal(internedSlice('', 0, 0), '');
    // The same hash (found by search): only the characters tell them apart.
    assert.equal(internedSlice('d2Gh', 0, 4), 'd2Gh');
    assert.equal(internedSlice('xAaa', 0, 4), 'xAaa');
    assert.equal(internedSlice('d2Gk xAab', 5, 9), 'xAab');
    assert.equal(internedSlice('d2Gk xAab', 0, 4), 'd2Gk');
    for (let code = 0; code < 4096; code++) {
      const value = String.fromCharCode(code, code >> 3);
      assert.equal(internedSlice(`[${value}]`, 1, 3), value);
    }
  });

  it('leaves parsed values unchanged when a document is parsed again', () => {
    const text = JSON.stringify({ servers: Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`s-${i}`, { command: 'npx', args: ['-y', `pkg-${i % 97}`], env: { KEY: `v${i}` } }])) });
    const expected = JSON.parse(text) as unknown;
    for (let round = 0; round < 3; round++) {
      const root = parseJson(text).root;
      assert.ok(root);
      assert.deepEqual(JSON.parse(JSON.stringify(getNodeValue(root))), expected);
    }
  });
});
