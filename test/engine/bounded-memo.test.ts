/** Per-run caches: values are shared within a lint run and forgotten when the next run starts. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoizePerRun, startLintRun } from '../../server/src/engine/bounded-memo';

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
