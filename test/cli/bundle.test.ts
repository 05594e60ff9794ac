/** The bundled binary (dist/cli.js, built by `npm test`'s build step) runs on its own: version, help, and the examples. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT, tempDir, writeTree } from './cli-harness';

const BUNDLE = join(REPO_ROOT, 'dist', 'cli.js');

function runBundle(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run \`npm run build\` (npm test builds it first)`);
  const result = spawnSync(process.execPath, [BUNDLE, ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  assert.equal(result.error, undefined, String(result.error));
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dist/cli.js', () => {
  it('every bundle is ASCII: V8 keeps a script with one non-ASCII character at two bytes per character (+0.8 MB for the server)', () => {
    for (const name of ['cli.js', 'server.js', 'extension.js']) {
      const bundle = join(REPO_ROOT, 'dist', name);
      assert.ok(existsSync(bundle), `${bundle} is missing: run \`npm run build\` (npm test builds it first)`);
      const text = readFileSync(bundle, 'utf8');
      const at = text.search(/[^\x00-\x7f]/);
      assert.equal(at, -1, `${name} has a non-ASCII character near: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))} (write it as a \\u escape in the source)`);
    }
  });

  it('the language server never sorts with localeCompare: ICU collation data costs it ~2 MB of resident memory', () => {
    const bundle = join(REPO_ROOT, 'dist', 'server.js');
    assert.ok(existsSync(bundle), `${bundle} is missing: run \`npm run build\` (npm test builds it first)`);
    const text = readFileSync(bundle, 'utf8');
    for (const call of ['.localeCompare(', 'Intl.Collator']) {
      const at = text.indexOf(call);
      assert.equal(at, -1, `server.js calls ${call} near: ${JSON.stringify(text.slice(Math.max(0, at - 60), at + 20))} (use compareCodeUnits or compareNames)`);
    }
  });

  it('starts with a shebang and prints the package version', () => {
    assert.match(readFileSync(BUNDLE, 'utf8').split('\n')[0] ?? '', /^#!\/usr\/bin\/env node/);
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = runBundle(['--version']);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, `${version}\n`);
  });

  it('checks the bundled examples in every format: findings in several files and hosts, exit 1', () => {
    const text = runBundle(['check', 'examples']);
    assert.equal(text.status, 1, text.stderr);
    assert.equal(text.stderr, '', 'no notices on the examples');
    assert.match(text.stdout, /^examples\/claude-desktop\/claude_desktop_config\.json:\d+:\d+ error syntax-error/m);
    assert.match(text.stdout, /in 7 files checked/);
    const json = JSON.parse(runBundle(['check', 'examples', '--format', 'json']).stdout) as { files: { path: string; host: string; findings: unknown[] }[] };
    assert.deepEqual(json.files.map((file) => file.host).sort(), ['claude-code', 'claude-desktop', 'cline', 'cursor', 'gemini-cli', 'vscode', 'vscode']);
    const clean = json.files.find((file) => file.path === 'examples/clean/.vscode/mcp.json');
    assert.deepEqual(clean?.findings, [], 'the clean example stays clean');
    assert.ok(json.files.filter((file) => file.findings.length > 0).length >= 2, 'findings in several files');
    const sarif = JSON.parse(runBundle(['check', 'examples', '--format', 'sarif']).stdout) as { runs: { results: unknown[] }[] };
    assert.ok((sarif.runs[0]?.results.length ?? 0) > 0);
  });

  it('exits 2 with one line for a usage error', () => {
    const run = runBundle(['check', '--format', 'yaml']);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'mcp-warden: --format must be one of text, json, sarif, got "yaml"\n');
  });

  it('stops quietly when its output pipe closes early (mcp-warden check | head)', async () => {
    assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run \`npm run build\``);
    const { dir, cleanup } = tempDir();
    try {
      const servers = Array.from({ length: 3000 }, (_, index) => `"s${index}": { "command": "node", "args": [${index},] }`);
      writeTree(dir, { 'claude_desktop_config.json': `{ "mcpServers": {\n${servers.join(',\n')}\n} }\n` });
      const child = spawn(process.execPath, [BUNDLE, 'check', '.', '--format', 'json'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
      assert.equal(stderr, '', 'no stack trace on EPIPE');
      assert.ok(code === 0 || code === 1, `exit ${String(code)}`);
    } finally {
      cleanup();
    }
  });
});
