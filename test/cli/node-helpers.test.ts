/** The node helpers the CLI shares with the language server: policy lookup, external file changes; and the diff. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { unifiedDiff } from '../../server/src/cli/diff';
import { appendExternalLines, applyExternalEdits, externalEditPath, planExternalChanges, redactSensitiveLine, ValueConflictError } from '../../server/src/node/file-changes';
import { loadPolicyFor, PolicyReadError, type PolicyCache } from '../../server/src/node/policy-lookup';
import { tempDir, writeTree } from './cli-harness';
import { fakeToken } from './fake-rules';
import { withinLinearTime } from '../robustness/linear-time';

describe('loadPolicyFor', () => {
  const { dir, cleanup } = tempDir();
  after(cleanup);
  writeTree(dir, {
    'repo/.mcp-warden.json': '{ "profile": "pedantic", "ignores": [{ "rule": "x", "file": "**", "reason": "ok" }] }',
    'repo/sub/deeper/.mcp.json': '{}',
    'repo/other/.mcp-warden.json': '{ "minConfidence": "always" }',
    'repo/other/.mcp.json': '{}',
    'lone/.mcp.json': '{}',
  });

  it('uses the nearest policy walking up from the file', async () => {
    const policy = await loadPolicyFor(join(dir, 'repo/sub/deeper/.mcp.json'));
    assert.equal(policy.policyPath, join(dir, 'repo/.mcp-warden.json'));
    assert.equal(policy.config.profile, 'pedantic');
    assert.equal(policy.config.policyDir, join(dir, 'repo').split('\\').join('/'));
    assert.deepEqual(policy.problems, []);
  });

  it('returns defaults (no policyPath) when there is none up to the root', async () => {
    const policy = await loadPolicyFor(join(dir, 'lone/.mcp.json'));
    assert.equal(policy.policyPath, undefined);
    assert.equal(policy.config.profile, 'default');
  });

  it('reports problems with offsets and keeps the valid parts', async () => {
    const policy = await loadPolicyFor(join(dir, 'repo/other/.mcp.json'));
    assert.equal(policy.problems.length, 1);
    assert.match(policy.problems[0]?.message ?? '', /minConfidence/);
    assert.equal(policy.text?.slice(policy.problems[0]?.span.offset, (policy.problems[0]?.span.offset ?? 0) + (policy.problems[0]?.span.length ?? 0)), '"always"');
  });

  it('--config overrides the search; an unreadable one is a PolicyReadError naming it', async () => {
    const policy = await loadPolicyFor(join(dir, 'lone/.mcp.json'), { explicitConfig: join(dir, 'repo/.mcp-warden.json') });
    assert.equal(policy.config.profile, 'pedantic');
    await assert.rejects(loadPolicyFor(join(dir, 'lone/.mcp.json'), { explicitConfig: join(dir, 'nope.json') }), (error: unknown) => {
      assert.ok(error instanceof PolicyReadError);
      assert.match(error.message, /cannot read policy file .*nope\.json: no such file or directory/);
      return true;
    });
  });

  it('probes each folder once per cache', async () => {
    const cache: PolicyCache = new Map();
    await loadPolicyFor(join(dir, 'repo/sub/deeper/.mcp.json'), { cache });
    const size = cache.size;
    await loadPolicyFor(join(dir, 'repo/sub/.mcp.json'), { cache });
    assert.equal(cache.size, size, 'repo/sub was already probed');
  });
});

describe('external file changes', () => {
  const { dir, cleanup } = tempDir();
  after(cleanup);

  it('appends lines once, keeps CRLF, and adds a missing final line break first', () => {
    assert.equal(appendExternalLines(undefined, { path: '.gitignore', appendLines: ['.env.mcp'] }), '.env.mcp\n');
    assert.equal(appendExternalLines('a\r\nb', { path: '.gitignore', appendLines: ['.env.mcp'] }), 'a\r\nb\r\n.env.mcp\r\n');
    assert.equal(appendExternalLines('.env.mcp\n', { path: '.gitignore', appendLines: ['.env.mcp'] }), '.env.mcp\n');
  });

  it('a keyed NAME= line is not added again when the file gives NAME that value, quoted or after `export`', () => {
    const edit = { path: '.env', appendLines: ['TOKEN=a b', 'OTHER=1'], keyed: true };
    assert.equal(appendExternalLines('export TOKEN="a b"\n', edit), 'export TOKEN="a b"\nOTHER=1\n');
    assert.equal(appendExternalLines("TOKEN='a b'\n", edit), "TOKEN='a b'\nOTHER=1\n");
  });

  it('a value followed by an inline comment is the same value (it once read as another one, and the move was refused)', () => {
    const edit = { path: '.env', appendLines: ['TOKEN=abc123'], keyed: true };
    assert.equal(appendExternalLines('TOKEN=abc123 # the CI token\n', edit), 'TOKEN=abc123 # the CI token\n');
    assert.throws(() => appendExternalLines('TOKEN=abc # 123\n', edit), ValueConflictError);
  });

  it('a keyed NAME= line is refused when the file gives NAME another value: skipping it would lose the moved secret', () => {
    const edit = { path: '.env', appendLines: ['OTHER=1', 'TOKEN=new'], keyed: true };
    assert.throws(() => appendExternalLines('export TOKEN=old\n', edit), (error: unknown) => error instanceof ValueConflictError && error.variable === 'TOKEN');
    assert.throws(() => appendExternalLines('', { path: '.env', appendLines: ['TOKEN=a', 'TOKEN=b'], keyed: true }), ValueConflictError);
    // Nothing of the refused edit counts as present afterwards.
    assert.equal(appendExternalLines('export TOKEN=old\n', { path: '.env', appendLines: ['OTHER=1'], keyed: true }), 'export TOKEN=old\nOTHER=1\n');
  });

  it('appending to the result of the previous append stays pure: the same text gives the same answer, whatever came between', () => {
    const first = appendExternalLines('A=1\n', { path: '.env', appendLines: ['B=2'], keyed: true });
    const second = appendExternalLines(first, { path: '.env', appendLines: ['C=3', 'B=2'], keyed: true });
    assert.equal(second, 'A=1\nB=2\nC=3\n');
    // Back to an earlier text: what was appended after it must not count as present there.
    assert.equal(appendExternalLines(first, { path: '.env', appendLines: ['C=4'], keyed: true }), 'A=1\nB=2\nC=4\n');
    assert.equal(appendExternalLines('A=1\n', { path: '.env', appendLines: ['B=5'], keyed: true }), 'A=1\nB=5\n');
  });

  it('20,000 appends one after another stay linear (each once split the whole file again: 97 s)', () => {
    const count = 20_000;
    const started = process.hrtime.bigint();
    let text: string | undefined;
    for (let index = 0; index < count; index++) {
      text = appendExternalLines(text, { path: '.env.mcp', appendLines: [`S${index}_TOKEN=value-${index}-abcdefghijklmnopqrstuvwxyz`], keyed: true });
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.equal(text?.split('\n').length, count + 1);
    assert.ok(withinLinearTime(ms, text?.length ?? 0), `${ms.toFixed(0)} ms for ${count} appends`);
  });

  it('refuses absolute paths and resolves relative ones against the config folder', () => {
    assert.equal(externalEditPath('/r/proj/.vscode/mcp.json', { path: '../.gitignore', appendLines: [] }), '/r/proj/.gitignore');
    assert.throws(() => externalEditPath('/r/.mcp.json', { path: '/etc/passwd', appendLines: ['x'] }), /must be relative/);
  });

  it('plans several edits to one file together and writes them', async () => {
    writeTree(dir, { 'p/.gitignore': 'dist/\n' });
    const config = join(dir, 'p', '.mcp.json');
    const planned = await planExternalChanges(config, [
      { path: '.gitignore', appendLines: ['.env.mcp'] },
      { path: '.gitignore', appendLines: ['.env.mcp', '*.log'] },
    ]);
    assert.equal(planned.length, 1);
    assert.equal(planned[0]?.after, 'dist/\n.env.mcp\n*.log\n');
    const applied = await applyExternalEdits(config, [{ path: 'nested/dir/.env.mcp', appendLines: ['A=1'], keyed: true, sensitive: true }]);
    assert.equal(applied[0]?.sensitive, true);
    assert.equal(readFileSync(join(dir, 'p/nested/dir/.env.mcp'), 'utf8'), 'A=1\n');
  });

  it('redacts the values of sensitive lines', () => {
    assert.equal(redactSensitiveLine(`TOKEN=${fakeToken()}`), 'TOKEN=token_…Wxyz');
    assert.equal(redactSensitiveLine(`TOKEN='${fakeToken()}'`), "TOKEN='token_…Wxyz'");
    assert.equal(redactSensitiveLine('# comment'), '# comment');
    assert.ok(!redactSensitiveLine(fakeToken()).includes(fakeToken()));
  });
});

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => assert.equal(unifiedDiff('f', 'a\n', 'a\n'), ''));

  it('shows hunks with 3 lines of context and correct ranges', () => {
    const before = Array.from({ length: 20 }, (_, index) => `line ${index + 1}`).join('\n') + '\n';
    const after = before.replace('line 5\n', 'line five\n').replace('line 18\n', '');
    assert.equal(unifiedDiff('f.json', before, after), [
      '--- a/f.json', '+++ b/f.json',
      '@@ -2,7 +2,7 @@', ' line 2', ' line 3', ' line 4', '-line 5', '+line five', ' line 6', ' line 7', ' line 8',
      '@@ -15,6 +15,5 @@', ' line 15', ' line 16', ' line 17', '-line 18', ' line 19', ' line 20', '',
    ].join('\n'));
  });

  it('marks a missing final newline and a created file', () => {
    assert.equal(unifiedDiff('f', 'a', 'b'), '--- a/f\n+++ b/f\n@@ -1,1 +1,1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n');
    assert.equal(unifiedDiff('n', undefined, 'x\n'), '--- /dev/null\n+++ b/n\n@@ -0,0 +1,1 @@\n+x\n');
  });

  it('treats CRLF files line by line', () => {
    assert.equal(unifiedDiff('f', 'a\r\nb\r\n', 'a\r\nc\r\n'), '--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n');
  });

  it('a hunk of 200,000 lines overflows nothing, and hunks far into a file have their line numbers', () => {
    // A fix-all over 10,000 secrets once made one hunk too long for push(...lines) ("Maximum call stack size exceeded"),
    // and each hunk counted its line numbers from the start of the file again.
    const lines = Array.from({ length: 200_000 }, (_, index) => `line ${index}`);
    const before = `${lines.join('\n')}\n`;
    const everyOther = `${lines.map((line, index) => (index % 2 === 0 ? `${line}!` : line)).join('\n')}\n`;
    const oneHunk = unifiedDiff('f', before, everyOther);
    assert.ok(oneHunk.startsWith('--- a/f\n+++ b/f\n@@ -1,200000 +1,200000 @@\n'), oneHunk.slice(0, 80));
    assert.equal(oneHunk.split('\n').length, 3 + 199_999 * 2 + 1 + 1);
    // 200 changes ten lines apart near the end: 200 hunks.
    const nearEnd = `${lines.map((line, index) => (index >= 198_000 && index % 10 === 0 ? `${line}!` : line)).join('\n')}\n`;
    const many = unifiedDiff('f', before, nearEnd);
    const headers = many.split('\n').filter((line) => line.startsWith('@@'));
    assert.equal(headers.length, 200);
    assert.equal(headers[0], '@@ -197998,7 +197998,7 @@');
    assert.equal(headers[199], '@@ -199988,7 +199988,7 @@');
  });
});
