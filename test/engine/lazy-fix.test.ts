/** Lazy fixes: the details are computed once, on first read, and are seen by spreads and JSON like any fix's. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lazyFix, withLazyEdits, type FixDetails } from '../../server/src/engine/findings/fix';

function counted(details: FixDetails): { compute: () => FixDetails; calls: () => number } {
  let calls = 0;
  return { compute: () => { calls++; return details; }, calls: () => calls };
}

const DETAILS: FixDetails = {
  edits: [{ offset: 3, length: 2, content: '${input:key}' }],
  externalEdits: [{ path: '.mcp.env', appendLines: ['KEY=value'], keyed: true, sensitive: true }],
  note: 'paste it when asked',
};

describe('lazyFix', () => {
  it('computes nothing until a detail is read, then everything once', () => {
    const { compute, calls } = counted(DETAILS);
    const fix = lazyFix('Replace with ${input:key}', false, compute);
    assert.equal(fix.title, 'Replace with ${input:key}');
    assert.equal(fix.safe, false);
    assert.equal(calls(), 0, 'the title and safety must not compute the details');
    assert.equal(fix.note, DETAILS.note);
    assert.equal(calls(), 1);
    assert.deepEqual(fix.edits, DETAILS.edits);
    assert.deepEqual(fix.externalEdits, DETAILS.externalEdits);
    assert.equal(calls(), 1, 'the details were computed again');
  });

  it('shows its details to spreads and JSON', () => {
    const fix = lazyFix('Move it', true, () => DETAILS);
    assert.deepEqual({ ...fix }, { title: 'Move it', safe: true, ...DETAILS });
    assert.deepEqual(JSON.parse(JSON.stringify(fix)), JSON.parse(JSON.stringify({ title: 'Move it', safe: true, ...DETAILS })));
  });

  it('leaves absent details undefined (JSON drops them)', () => {
    const fix = lazyFix('Remove it', false, () => ({ edits: [] }));
    assert.equal(fix.note, undefined);
    assert.equal(fix.externalEdits, undefined);
    assert.deepEqual(JSON.parse(JSON.stringify(fix)), { title: 'Remove it', safe: false, edits: [] });
  });
});

describe('withLazyEdits', () => {
  it('keeps the given note and external edits and computes the edits once, on first read', () => {
    let calls = 0;
    const fix = withLazyEdits({ title: 'Remove it', safe: false, note: 'n', externalEdits: DETAILS.externalEdits }, () => {
      calls++;
      return DETAILS.edits;
    });
    assert.equal(fix.note, 'n');
    assert.deepEqual(fix.externalEdits, DETAILS.externalEdits);
    assert.deepEqual(fix.edits, DETAILS.edits);
    assert.deepEqual(fix.edits, DETAILS.edits);
    assert.equal(calls, 1);
  });
});
