/** Exit codes and the options of `check`: --min-severity, --rule, --no-ignores, --config, --host, usage errors. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli, tempDir, writeTree } from './cli-harness';
import { TEST_RULES } from './fake-rules';

/** Claude Desktop reads strict JSON: the trailing comma is a `syntax-error` (error, safe fix). */
const TRAILING_COMMA = '{ "mcpServers": { "a": { "command": "node", "args": ["a.js"], } } }\n';

describe('check: exit codes', () => {
  const { dir, cleanup } = tempDir();
  after(cleanup);
  before(() => writeTree(dir, {
    'bad/claude_desktop_config.json': TRAILING_COMMA,
    'good/.vscode/mcp.json': '{ "servers": { "a": { "command": "node", "args": ["a.js"], } } }\n',
  }));

  it('0 when nothing is at or above --min-severity', async () => {
    assert.equal((await cli(['check', 'good'], { cwd: dir })).code, 0);
  });
  it('1 for findings', async () => {
    assert.equal((await cli(['check', 'bad'], { cwd: dir })).code, 1);
  });
  it('2 for usage errors, with one clear line and no stack', async () => {
    for (const [args, pattern] of [
      [['check', '--format', 'xml'], /--format must be one of text, json, sarif, got "xml"/],
      [['check', '--bogus'], /Unknown option '--bogus'/],
      [['check', '--min-severity', 'fatal'], /--min-severity must be one of error, warning, info, hint/],
      [['check', '--rule', 'syntax-eror=off'], /unknown rule "syntax-eror"; did you mean syntax-error\?/],
      [['check', '--rule', 'syntax-error'], /--rule expects ID=severity/],
      [['check', '--host', 'notepad'], /unknown host "notepad" for --host; known hosts: .*claude-desktop/],
      [['check', '--config', 'missing.json', 'bad'], /cannot read policy file .*missing\.json: no such file or directory/],
    ] as const) {
      const run = await cli(args, { cwd: dir });
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, pattern);
      assert.equal(run.stderr.trim().split('\n').length, 1, 'one line');
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    }
  });
  it('2 for a path that does not exist, naming it, after checking the others', async () => {
    const run = await cli(['check', 'nowhere/.mcp.json', 'bad'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /mcp-warden: nowhere\/\.mcp\.json: error: cannot read: no such file or directory/);
    assert.match(run.stdout, /bad\/claude_desktop_config\.json:1:\d+ error syntax-error/);
  });
  it('3 for an internal error: one line, no stack', async () => {
    const run = await cli(['check', 'bad'], { cwd: dir, now: () => { throw new Error('clock exploded\nsecond line'); } });
    assert.equal(run.code, 3);
    assert.equal(run.stderr, 'mcp-warden: internal error: clock exploded (please report it; set MCP_WARDEN_DEBUG=1 for details)\n');
  });
  it('3 when a rule crashes, after reporting the other findings', async () => {
    const crashing = { meta: { id: 'zz-crash', description: 'a rule that always throws', category: 'structure' as const, defaultSeverity: 'error' as const }, checkConfig: () => { throw new Error('boom'); } };
    const run = await cli(['check', 'bad'], { cwd: dir, rules: [...TEST_RULES, crashing] });
    assert.equal(run.code, 3);
    assert.match(run.stderr, /internal error: bad\/claude_desktop_config\.json: rule zz-crash failed: boom/);
    assert.match(run.stdout, /syntax-error/);
  });
  it('prints the version and help', async () => {
    const version = await cli(['--version'], { cwd: dir });
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    const help = await cli(['--help'], { cwd: dir });
    assert.match(help.stdout, /Usage: mcp-warden \[COMMAND\]/);
    assert.match(help.stdout, /check .*default/);
    assert.match(help.stdout, /fix /);
    const checkHelp = await cli(['check', '--help'], { cwd: dir });
    assert.match(checkHelp.stdout, /--min-severity/);
    assert.match(checkHelp.stdout, /Exit codes: 0 .* 3 internal error/);
  });
  it('runs check when no command is given (default path: the current folder)', async () => {
    const run = await cli([], { cwd: dir });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /2 files checked/);
    const withPath = await cli(['good', '--format', 'json'], { cwd: dir });
    assert.equal(JSON.parse(withPath.stdout).files.length, 1);
  });
});

describe('check: options', () => {
  const { dir, cleanup } = tempDir();
  after(cleanup);
  before(() => writeTree(dir, {
    'proj/claude_desktop_config.json': TRAILING_COMMA,
    'proj/.mcp-warden.json': '{\n  // team policy\n  "ignores": [{ "rule": "syntax-error", "file": "claude_desktop_config.json", "reason": "generated file, fixed upstream" }]\n}\n',
    'elsewhere/policy.json': '{ "rules": { "syntax-error": "info" } }',
    'servers.json': '{ "servers": { "a": { "command": "node", "args": ["a.js"], } } }\n',
    'notes.json': '{ "title": "not an MCP file" }',
    'badpolicy/.mcp-warden.json': '{ "rules": { "syntax-error": "loud" }, "ignores": [{ "rule": "syntax-error", "file": "*" }] }',
    'badpolicy/claude_desktop_config.json': TRAILING_COMMA,
  }));

  it('--min-severity decides which severities fail the run', async () => {
    const asWarning = ['check', 'servers.json', '--host', 'claude-desktop', '--rule', 'syntax-error=warning'];
    assert.equal((await cli(asWarning, { cwd: dir })).code, 1, 'warning fails by default');
    assert.equal((await cli([...asWarning, '--min-severity', 'error'], { cwd: dir })).code, 0);
    const asInfo = ['check', 'servers.json', '--host', 'claude-desktop', '--rule', 'syntax-error=info'];
    assert.equal((await cli(asInfo, { cwd: dir })).code, 0, 'info does not fail by default');
    assert.equal((await cli([...asInfo, '--min-severity', 'info'], { cwd: dir })).code, 1);
    const off = await cli(['check', 'servers.json', '--host', 'claude-desktop', '--rule', 'syntax-error=off'], { cwd: dir });
    assert.equal(off.code, 0);
    assert.match(off.stdout, /no problems/);
  });

  it('applies the nearest .mcp-warden.json: suppressed findings are counted, shown only with --no-ignores', async () => {
    const quiet = await cli(['check', 'proj'], { cwd: dir });
    assert.equal(quiet.code, 0);
    assert.equal(quiet.stdout, '✔ no problems in 1 file checked; 1 suppressed\n');
    const audit = await cli(['check', 'proj', '--no-ignores'], { cwd: dir });
    assert.equal(audit.code, 0, 'suppressed findings never fail the run');
    assert.match(audit.stdout, /error syntax-error .* \(suppressed: generated file, fixed upstream\)/);
    const json = JSON.parse((await cli(['check', 'proj', '--no-ignores', '--format', 'json'], { cwd: dir })).stdout);
    assert.deepEqual(json.files[0].findings[0].suppressed, { kind: 'policy', reason: 'generated file, fixed upstream' });
    const jsonQuiet = JSON.parse((await cli(['check', 'proj', '--format', 'json'], { cwd: dir })).stdout);
    assert.deepEqual(jsonQuiet.files[0].findings, []);
  });

  it('--config FILE replaces the nearest policy', async () => {
    const run = await cli(['check', 'proj', '--config', 'elsewhere/policy.json', '--min-severity', 'info'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /:1:\d+ info syntax-error/);
    assert.doesNotMatch(run.stdout, /suppressed/);
  });

  it('reports problems of a policy file with their position, exits 2, and still applies its valid parts', async () => {
    const run = await cli(['check', 'badpolicy'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /badpolicy\/\.mcp-warden\.json:1:\d+: error: \.mcp-warden\.json: rules\.syntax-error: expected one of/);
    assert.match(run.stderr, /has no reason; a reason is required/);
    assert.match(run.stdout, /error syntax-error/, 'the ignore without a reason does not apply');
  });

  it('--host forces the host of every file', async () => {
    const detected = JSON.parse((await cli(['check', 'servers.json', '--format', 'json'], { cwd: dir })).stdout);
    assert.equal(detected.files[0].host, 'vscode', 'detected by shape: servers + JSONC');
    assert.deepEqual(detected.files[0].findings, []);
    const forced = JSON.parse((await cli(['check', 'servers.json', '--host', 'claude-desktop', '--format', 'json'], { cwd: dir })).stdout);
    assert.equal(forced.files[0].host, 'claude-desktop');
    assert.equal(forced.files[0].findings[0].rule, 'syntax-error');
  });

  it('says when an explicit file is not an MCP config, and goes on', async () => {
    const run = await cli(['check', 'notes.json', 'servers.json'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.match(run.stderr, /notes\.json: warning: not an MCP config file of any known host, skipped \(use --host ID/);
    assert.match(run.stdout, /in 1 file checked/);
  });

  it('--profile and --min-confidence are validated and applied', async () => {
    const lowOnly = await cli(['check', 'servers.json', '--host', 'claude-desktop', '--min-confidence', 'high'], { cwd: dir });
    assert.equal(lowOnly.code, 0, 'the trailing-comma finding has medium confidence');
    assert.equal((await cli(['check', 'servers.json', '--profile', 'pedantic', '--host', 'claude-desktop'], { cwd: dir })).code, 1);
    assert.equal((await cli(['check', '--profile', 'strict'], { cwd: dir })).code, 2);
  });
});

describe('check: --output and --stdin-filename', () => {
  const { dir, cleanup } = tempDir();
  after(cleanup);
  before(() => writeTree(dir, {
    'proj/.mcp-warden.json': '{ "rules": { "syntax-error": "warning" } }',
    'proj/claude_desktop_config.json': TRAILING_COMMA,
  }));

  it('--output writes the report to a file and nothing to stdout', async () => {
    const run = await cli(['check', 'proj', '--format', 'sarif', '--output', 'report.sarif'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    const log = JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    assert.equal(log.runs[0]?.results.length, 1);
    const bad = await cli(['check', 'proj', '--output', 'no/such/folder/out.txt'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /cannot write no\/such\/folder\/out\.txt: no such file or directory/);
  });

  it('--stdin-filename checks stdin as that file: its host and its policy', async () => {
    const run = await cli(['check', '--stdin-filename', 'proj/claude_desktop_config.json', '--format', 'json'], { cwd: dir, stdin: TRAILING_COMMA });
    const report = JSON.parse(run.stdout) as { files: { path: string; host: string; findings: { rule: string; severity: string }[] }[] };
    assert.deepEqual(report.files.map((file) => [file.path, file.host]), [['proj/claude_desktop_config.json', 'claude-desktop']]);
    assert.deepEqual(report.files[0]?.findings.map((finding) => `${finding.rule}:${finding.severity}`), ['syntax-error:warning'], 'the policy next to the named path applies');
    const binary = await cli(['check', '--stdin-filename', 'x/.mcp.json'], { cwd: dir, stdin: new Uint8Array([0x7b, 0, 0x7d]) });
    assert.equal(binary.code, 2);
    assert.match(binary.stderr, /x\/\.mcp\.json: error: not a text file/);
    const mixed = await cli(['check', 'proj', '--stdin-filename', 'a/.mcp.json'], { cwd: dir, stdin: '{}' });
    assert.equal(mixed.code, 2);
    assert.match(mixed.stderr, /--stdin-filename checks stdin only/);
  });
});
