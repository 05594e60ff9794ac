/** Compares the JSON parser's two paths (our fast path for well-formed text, jsonc-parser's visitor for the rest). */
import assert from 'node:assert/strict';
import type { DocNode } from '../../server/src/engine/parse/document';
import { MAX_JSON_DEPTH, parseJson } from '../../server/src/engine/parse/parse-json';
import { readWellFormedJson } from '../../server/src/engine/parse/well-formed-json';

/** Checks that the two parses agree; returns whether the fast path took the text. */
export function assertPathsAgree(text: string, label: string): boolean {
  const fast = parseJson(text);
  const slow = parseJson(text, { fastPath: false });
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const tookFastPath = readWellFormedJson(source, MAX_JSON_DEPTH) !== undefined;
  const slowFailed = slow.root === undefined || slow.problems.some((problem) => problem.kind === 'error');
  assert.equal(tookFastPath, !slowFailed, `${label}: the fast path ${tookFastPath ? 'took' : 'declined'} a text jsonc-parser ${slowFailed ? 'rejects' : 'accepts'}`);
  assert.deepEqual(fast.problems, slow.problems, `${label}: problems differ`);
  assert.deepEqual(fast.comments, slow.comments, `${label}: comments differ`);
  assertSameTree(fast.root, slow.root, undefined, `${label}: $`);
  return tookFastPath;
}

function assertSameTree(actual: DocNode | undefined, expected: DocNode | undefined, parent: DocNode | undefined, where: string): void {
  if (!actual || !expected) {
    assert.equal(actual, expected, `${where}: only one tree has a node`);
    return;
  }
  assert.deepEqual(
    [actual.type, actual.value, actual.offset, actual.length, actual.colonOffset],
    [expected.type, expected.value, expected.offset, expected.length, expected.colonOffset],
    `${where}: node differs`,
  );
  assert.deepEqual(Object.keys(actual), Object.keys(expected), `${where}: properties differ (one hidden class for both paths)`);
  assert.equal(actual.parent, parent, `${where}: wrong parent`);
  assert.equal(actual.children?.length, expected.children?.length, `${where}: child count differs`);
  actual.children?.forEach((child, index) => assertSameTree(child, expected.children?.[index], actual, `${where}/${index}`));
}
