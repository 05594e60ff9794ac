/**
 * The CLI on a config with thousands of distinct secrets: every report and a fix-all stay linear and print no secret.
 * Every diff was once tested against every secret and every excerpt masked against every secret span (3,000 secrets:
 * `fix --unsafe --dry-run` took 22 s; 5,000 take 52 s without the one-pass scrubber, against a bound of 44 s here).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { withinLinearTime } from '../robustness/linear-time';
import { cli, tempDir, writeTree } from './cli-harness';

const COUNT = 5000;
/** Distinct GitHub-token-shaped values, built here so that no file of the repository holds one. */
const secretOf = (index: number): string => [['gh', 'p_'].join(''), String(index).padStart(6, '0'), 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5'].join('');

describe('a config with 5,000 distinct secrets', () => {
  let dir = '';
  let cleanup = (): void => undefined;
  let size = 0;
  before(() => {
    ({ dir, cleanup } = tempDir());
    const servers = Object.fromEntries(Array.from({ length: COUNT }, (_, index) => [`s${index}`, { command: 'node', args: ['x.js'], env: { GITHUB_TOKEN: secretOf(index) } }]));
    const text = JSON.stringify({ mcpServers: servers }, null, 2);
    size = text.length;
    writeTree(dir, { 'proj/.cursor/mcp.json': text });
  });
  after(() => cleanup());

  const timed = async (argv: readonly string[]): Promise<{ stdout: string; code: number }> => {
    const started = process.hrtime.bigint();
    const run = await cli(argv, { cwd: dir, rules: 'catalog' });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(withinLinearTime(ms, size), `mcp-warden ${argv.join(' ')}: ${ms.toFixed(0)} ms for ${size} characters`);
    for (const index of [0, 1, COUNT - 1]) assert.ok(!run.stdout.includes(secretOf(index)), `mcp-warden ${argv.join(' ')} printed secret ${index}`);
    return run;
  };

  it('check in text and SARIF reports each one, redacted', async () => {
    const text = await timed(['check', 'proj']);
    assert.equal(text.code, 1);
    assert.equal(text.stdout.match(/ warning literal-secret /g)?.length, COUNT);
    const sarif = await timed(['check', 'proj', '--format', 'sarif']);
    assert.equal(JSON.parse(sarif.stdout).runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'literal-secret').length, COUNT);
  });

  it('fix --unsafe --dry-run moves every one to the env file in its diff, redacted, and writes nothing', async () => {
    const before = readFileSync(join(dir, 'proj/.cursor/mcp.json'), 'utf8');
    const run = await timed(['fix', 'proj', '--unsafe', '--dry-run', '--offline']);
    assert.equal(readFileSync(join(dir, 'proj/.cursor/mcp.json'), 'utf8'), before);
    const envLines = run.stdout.split('\n').filter((line) => /^\+S\d+_GITHUB_TOKEN=ghp_…N4o5$|^\+GITHUB_TOKEN=ghp_…N4o5$/.test(line));
    assert.equal(envLines.length, COUNT, 'one env line per secret in the diff');
  });
});

/**
 * VS Code: each secret becomes `${input:…}` plus an entry of `inputs`. Those entries were appended through modify(),
 * which re-formatted the entry before and parsed the whole file again: the appends of two fixes always overlapped, so
 * fix-all moved one secret per pass and stopped after ten passes, and each fix cost a parse of the file (800 secrets
 * in 1 MB: 430 s and 3 GB).
 */
describe('fix --unsafe on a VS Code config with 1,000 secrets', () => {
  const count = 1000;
  let dir = '';
  let cleanup = (): void => undefined;
  before(() => {
    ({ dir, cleanup } = tempDir());
    const servers = Object.fromEntries(Array.from({ length: count }, (_, index) => [`s${index}`, { command: 'node', args: ['x.js'], env: { GITHUB_TOKEN: secretOf(index) } }]));
    writeTree(dir, { 'proj/.vscode/mcp.json': JSON.stringify({ servers }, null, 2) });
  });
  after(() => cleanup());

  it('moves every secret in one run, into inputs and the env file, in linear time', async () => {
    const file = join(dir, 'proj/.vscode/mcp.json');
    const size = readFileSync(file, 'utf8').length;
    const started = process.hrtime.bigint();
    const run = await cli(['fix', 'proj', '--unsafe', '--offline'], { cwd: dir, rules: 'catalog' });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(withinLinearTime(ms, size), `${ms.toFixed(0)} ms for ${size} characters`);
    assert.equal(run.code, 0, run.stdout.slice(-2000));
    const config = JSON.parse(readFileSync(file, 'utf8')) as { servers: Record<string, { env: { GITHUB_TOKEN: string } }>; inputs: { id: string }[] };
    assert.equal(config.inputs.length, count);
    assert.equal(config.servers.s7?.env.GITHUB_TOKEN, '${input:s7-github-token}');
    assert.equal(new Set(config.inputs.map((input) => input.id)).size, count);
    const envFile = readFileSync(join(dir, 'proj/.vscode/.mcp.env'), 'utf8').trim().split('\n');
    assert.equal(envFile.length, count);
    assert.ok(envFile.includes(`S999_GITHUB_TOKEN=${secretOf(999)}`));
  });
});
