/** Name caches keep recurring names across generations; per-object analyses are computed once per object. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analysisSlots, memoize, memoize2, memoizeOnObject } from '../../server/src/engine/bounded-memo';

describe('memoizeOnObject', () => {
  it('computes once per object, undefined results included, and keeps the value with the object', () => {
    let calls = 0;
    const lengthOf = memoizeOnObject((key: { readonly text: string; readonly analyses: unknown[] }) => {
      calls++;
      return key.text.length > 2 ? key.text.length : undefined;
    });
    const first = { text: 'abc', analyses: analysisSlots() };
    const second = { text: 'de', analyses: analysisSlots() };
    assert.equal(lengthOf(first), 3);
    assert.equal(lengthOf(second), undefined);
    assert.equal(lengthOf(first), 3);
    assert.equal(lengthOf(second), undefined);
    assert.equal(calls, 2);
    assert.equal(lengthOf({ text: 'abc', analyses: analysisSlots() }), 3);
    assert.equal(calls, 3);
  });
});

describe('memoize', () => {
  it('keeps a name that recurs among many one-off names (its previous generation is still read)', () => {
    const computed: string[] = [];
    const upper = memoize((key) => {
      computed.push(key);
      return key.toUpperCase();
    }, 2);
    assert.equal(upper('pkg'), 'PKG');
    for (const oneOff of ['a', 'b', 'c', 'd', 'e']) {
      upper(oneOff);
      assert.equal(upper('pkg'), 'PKG');
    }
    assert.deepEqual(computed, ['pkg', 'a', 'b', 'c', 'd', 'e']);
  });
  it('stays bounded: a name unused for two generations is computed again', () => {
    let calls = 0;
    const length = memoize((key) => {
      calls++;
      return key.length;
    }, 2);
    for (const key of ['x', 'a', 'b', 'c', 'd', 'e', 'x']) length(key);
    assert.equal(calls, 7);
  });
});

describe('memoize2', () => {
  it('keeps a recurring pair across generations', () => {
    let calls = 0;
    const joined = memoize2((first, second) => {
      calls++;
      return `${first}:${second}`;
    }, 2);
    assert.equal(joined('npm', 'pkg'), 'npm:pkg');
    for (const oneOff of ['a', 'b', 'c', 'd']) {
      joined('npm', oneOff);
      assert.equal(joined('npm', 'pkg'), 'npm:pkg');
    }
    assert.equal(calls, 5);
  });
});
