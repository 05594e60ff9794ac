/** Did-you-mean: edit distance with transpositions, and suggestions only for plausible typos. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closestMatch, editDistance } from '../../server/src/engine/text/edit-distance';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
    assert.equal(editDistance('command', 'command'), 0);
    assert.equal(editDistance('comand', 'command'), 1);
    assert.equal(editDistance('commnad', 'command'), 1);
    assert.equal(editDistance('envs', 'env'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });
  it('suggests the closest field for a typo, case-insensitively', () => {
    const fields = ['type', 'command', 'args', 'env', 'url', 'headers'];
    assert.deepEqual(closestMatch('comand', fields), { value: 'command', distance: 1 });
    assert.equal(closestMatch('arg', fields)?.value, 'args');
    assert.equal(closestMatch('URL', fields)?.value, 'url');
    assert.equal(closestMatch('Headers', fields)?.distance, 0.5);
  });
  it('does not suggest for unrelated or very short words, nor for a huge key', () => {
    const fields = ['type', 'command', 'args', 'env', 'url', 'headers'];
    assert.equal(closestMatch('id', fields), undefined);
    assert.equal(closestMatch('description', fields), undefined);
    assert.equal(closestMatch('x'.repeat(100_000), fields), undefined);
  });
});
