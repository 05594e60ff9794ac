/** Name caches keep recurring names across generations; per-run caches forget the previous run. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoize, memoize2, memoizePerRun, startLintRun } from '../../server/src/engine/bounded-memo';

describe('memoizePerRun', () => {
  it('computes once per key within a run, again after a new run starts', () => {
    let calls = 0;
    const lengthOf = memoizePerRun((key: { readonly text: string }) => {
      calls++;
      return key.text.length;
    });
    const first = { text: 'abc' };
    const second = { text: 'de' };
    startLintRun();
    assert.equal(lengthOf(first), 3);
    assert.equal(lengthOf(second), 2);
    assert.equal(lengthOf(first), 3);
    assert.equal(calls, 2);
    startLintRun();
    assert.equal(lengthOf(first), 3);
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
