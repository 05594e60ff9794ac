/** `mcp-warden check` output: the text layout, the versioned JSON shape, masking, colors and the summary line. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli, REPO_ROOT, tempDir, writeTree } from './cli-harness';
import { fakeToken } from './fake-rules';
import { buildFakeSecrets } from '../helpers/fake-secrets';

const CLAUDE = 'home/.config/Claude/claude_desktop_config.json';

describe('check: text output', () => {
  const { dir, cleanup } = tempDir();
  after(cleanup);
  before(() => writeTree(dir, {
    [CLAUDE]: '{\n  "mcpServers": {\n    "a": { "command": "node", "args": ["x.js"], }\n  }\n}\n',
    'proj/.mcp.json': `{\n  "mcpServers": {\n    "api": { "command": "node", "args": ["s.js"], "env": { "TOKEN": "${fakeToken()}" } }\n  }\n}\n`,
    'proj/.cursor/mcp.json': '{ "mcpServers": { "api": { "command": "node", "args": ["other.js"] } } }\n',
  }));

  it('prints path:line:col severity rule message, the source line and a caret under the exact span', async () => {
    const run = await cli(['check', CLAUDE], { cwd: dir });
    assert.equal(run.code, 1);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], `${CLAUDE}:3:47 error syntax-error trailing commas are not allowed in strict JSON; Claude Desktop reads this file as strict JSON and will fail to load it`);
    assert.equal(lines[1], '  3 |     "a": { "command": "node", "args": ["x.js"], }');
    const caretLine = lines[2] ?? '';
    const sourceLine = lines[1] ?? '';
    assert.equal(caretLine.indexOf('^'), sourceLine.indexOf('], }') + 1, 'caret under the comma');
    assert.match(run.stdout, /= fix: Remove the trailing comma \(safe: mcp-warden fix\)/);
    assert.match(run.stdout, /= docs: https:\/\/\S+\/docs\/rules\/syntax-error\.md/);
    assert.match(run.stdout, /✖ 1 problem \(1 error\) in 1 file checked\n1 problem has a safe fix: run mcp-warden fix\n$/);
  });

  it('never shows a secret in the excerpt, even when its rule is turned off', async () => {
    const token = fakeToken();
    const shown = await cli(['check', 'proj/.mcp.json', '--no-color'], { cwd: dir });
    assert.equal(shown.code, 1);
    assert.match(shown.stdout, /proj\/\.mcp\.json:3:\d+ error demo-literal-token server "api" has a literal TOKEN/);
    assert.ok(!shown.stdout.includes(token), 'the token must be masked');
    assert.match(shown.stdout, /\n1 problem has an unsafe fix: review with mcp-warden fix --unsafe --dry-run\n$/);
    assert.ok(shown.stdout.includes(`"TOKEN": "${'*'.repeat(fakeToken().length)}"`), shown.stdout);
    // With the secret rule off, another finding on the same line (demo-same-name) must still not print the token.
    const off = await cli(['check', 'proj', '--rule', 'demo-literal-token=off'], { cwd: dir });
    assert.match(off.stdout, /proj\/\.mcp\.json:3:5 warning demo-same-name/);
    assert.doesNotMatch(off.stdout, /demo-literal-token/);
    assert.ok(!off.stdout.includes(token), off.stdout);
    assert.ok(!off.stderr.includes(token));
  });

  it('uses colors only on a terminal, and never with NO_COLOR', async () => {
    const plain = await cli(['check', CLAUDE], { cwd: dir });
    assert.ok(!plain.stdout.includes('\u001b['), 'no escapes when not a TTY');
    const tty = await cli(['check', CLAUDE], { cwd: dir, isTTY: true });
    assert.ok(tty.stdout.includes('\u001b[31merror\u001b[39m'), 'red severity on a TTY');
    const noColor = await cli(['check', CLAUDE], { cwd: dir, isTTY: true, env: { NO_COLOR: '1' } });
    assert.ok(!noColor.stdout.includes('\u001b['));
    const forced = await cli(['check', CLAUDE, '--color'], { cwd: dir });
    assert.ok(forced.stdout.includes('\u001b['));
  });

  it('prints a clean summary and exits 0 when nothing is found', async () => {
    writeTree(dir, { 'clean/.vscode/mcp.json': '{ "servers": { "t": { "command": "node", "args": ["t.js"] } } }\n' });
    const run = await cli(['check', 'clean'], { cwd: dir });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.stdout, '✔ no problems in 1 file checked\n');
  });

  it('keeps control characters from a config out of the terminal', async () => {
    writeTree(dir, { 'esc/claude_desktop_config.json': '{ "mcpServers": { "x\\u001b[2Jy": { "command": "node", "args": [1,] } } }' });
    const run = await cli(['check', 'esc', '--rule', 'syntax-error=error'], { cwd: dir });
    assert.ok(!run.stdout.includes('\u001b['), 'no escape sequence reaches stdout');
  });
});

const TOKEN_LINE = `    "same": { "command": "node", "args": ["b.js"], "env": { "TOKEN": "${fakeToken()}" } }`;
const EMOJI_CONFIG = '{ "mcpServers": { "🙂": { "command": "node", "args": ["c.js"], } } }';

describe('check: JSON output', () => {
  const { dir, cleanup } = tempDir();
  after(cleanup);
  before(() => writeTree(dir, {
    'a/.mcp.json': '{\n  "mcpServers": {\n    "same": { "command": "node", "args": ["a.js"] }\n  }\n}\n',
    'b/.cursor/mcp.json': `{\n  "mcpServers": {\n${TOKEN_LINE}\n  }\n}\n`,
    'c/claude_desktop_config.json': EMOJI_CONFIG,
  }));

  it('has exactly the documented version 1 shape with 0-based UTF-16 positions', async () => {
    const run = await cli(['check', '.', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 1);
    const report = JSON.parse(run.stdout) as { version: number; files: { path: string; host: string; findings: Record<string, unknown>[] }[] };
    assert.deepEqual(Object.keys(report), ['version', 'files']);
    assert.equal(report.version, 1);
    assert.deepEqual(report.files.map((file) => [file.path, file.host]), [
      ['a/.mcp.json', 'claude-code'], ['b/.cursor/mcp.json', 'cursor'], ['c/claude_desktop_config.json', 'claude-desktop'],
    ]);
    for (const file of report.files) {
      for (const finding of file.findings) {
        assert.deepEqual(Object.keys(finding), ['rule', 'severity', 'confidence', 'message', 'range', 'server', 'related', 'fixes', 'suppressed']);
      }
    }
    const comma = report.files[2]?.findings[0] as { rule: string; range: unknown };
    assert.equal(comma.rule, 'syntax-error');
    const commaAt = EMOJI_CONFIG.indexOf('], }') + 1;
    assert.equal(commaAt, 61, 'the emoji counts as 2 UTF-16 code units');
    assert.deepEqual(comma.range, { start: { line: 0, character: commaAt }, end: { line: 0, character: commaAt + 1 } });
    const token = report.files[1]?.findings.find((finding) => finding.rule === 'demo-literal-token');
    assert.deepEqual(token, {
      rule: 'demo-literal-token', severity: 'error', confidence: 'high', message: 'server "same" has a literal TOKEN',
      range: { start: { line: 2, character: TOKEN_LINE.indexOf('"tok') }, end: { line: 2, character: TOKEN_LINE.indexOf('"tok') + fakeToken().length + 2 } },
      server: 'same', related: [], fixes: [{ title: 'Move TOKEN to .env.mcp', safe: false }], suppressed: null,
    });
    const same = report.files[1]?.findings.find((finding) => finding.rule === 'demo-same-name');
    assert.deepEqual(same?.related, [{ path: 'a/.mcp.json', range: { start: { line: 2, character: 4 }, end: { line: 2, character: 10 } }, message: 'first definition' }]);
    assert.ok(!run.stdout.includes(fakeToken()));
  });
});

describe('docs/cli.md', () => {
  it('documents the JSON shape the CLI prints (same keys at every level)', async () => {
    const docs = readFileSync(join(REPO_ROOT, 'docs/cli.md'), 'utf8');
    const block = /### JSON[\s\S]*?```json\n([\s\S]*?)```/.exec(docs)?.[1];
    assert.ok(block, 'docs/cli.md has a JSON example');
    const documented = JSON.parse(block) as { files: { findings: Record<string, unknown>[] }[] };
    const run = await cli(['check', 'examples/project/.vscode/mcp.json', '--format', 'json'], { cwd: REPO_ROOT, rules: 'catalog' });
    const actual = JSON.parse(run.stdout) as typeof documented;
    const shape = (report: typeof documented): unknown => ({
      top: Object.keys(report),
      file: Object.keys(report.files[0] ?? {}),
      finding: Object.keys(report.files[0]?.findings[0] ?? {}),
      range: Object.keys((report.files[0]?.findings[0]?.range ?? {}) as object),
    });
    assert.deepEqual(shape(documented), shape(actual));
    assert.match(docs, /\| `3` \| Internal error/);
  });
});

describe('check: secrets with the real catalog', () => {
  const { dir, cleanup } = tempDir();
  after(cleanup);

  it('masks a secret in an excerpt shown for another rule, even with every secret rule turned off', async () => {
    const fake = buildFakeSecrets().find((candidate) => candidate.place === 'env' && candidate.value === candidate.secret && candidate.secret.length >= 20);
    assert.ok(fake, 'a fake env secret to place');
    const line = `    "tool": { "command": "npx", "args": ["-y", "some-tool", "--api-key", "${fake.secret}"] }`;
    writeTree(dir, { 'p/.cursor/mcp.json': `{\n  "mcpServers": {\n${line}\n  }\n}\n` });
    const flagged = await cli(['check', 'p', '--min-severity', 'hint'], { cwd: dir, rules: 'catalog' });
    assert.match(flagged.stdout, /secret-in-args/, 'the catalog flags the secret: otherwise this test proves nothing');
    const off = ['literal-secret', 'secret-in-args', 'credentials-in-url', 'secret-in-tracked-file'].flatMap((id) => ['--rule', `${id}=off`]);
    for (const format of ['text', 'json', 'sarif']) {
      const run = await cli(['check', 'p', '--format', format, ...off], { cwd: dir, rules: 'catalog' });
      const reported = format === 'sarif'
        ? (JSON.parse(run.stdout) as { runs: { results: { ruleId: string }[] }[] }).runs[0]?.results.map((result) => result.ruleId).join(' ') ?? ''
        : run.stdout;
      assert.doesNotMatch(reported, /secret-in-args/, `${format}: the rule is off`);
      assert.ok(!run.stdout.includes(fake.secret) && !run.stderr.includes(fake.secret), `${format}: the secret leaked`);
      if (format === 'text') assert.match(run.stdout, /unpinned-package[^\n]*\n\s+3 \|[^\n]*"--api-key", "\*+"/, 'the unpinned-package excerpt shows the line, masked');
    }
  });
});
