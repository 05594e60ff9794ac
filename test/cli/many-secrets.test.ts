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
