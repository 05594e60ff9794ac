/**
 * Nothing configured is ever run: configs whose commands would create a marker file are checked and fixed through the
 * CLI (in-process, real file system) while every child-process function is instrumented. The only program the CLI
 * may start is git (for exposure checks).
 */
import assert from 'node:assert/strict';
import childProcess from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../server/src/cli/run-cli';
import { nodeIo } from '../../server/src/cli/io';

const SPAWNERS = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const;

describe('no execution of configured commands', () => {
  const root = mkdtempSync(join(tmpdir(), 'mcp-warden-noexec-'));
  const marker = join(root, 'PWNED');
  const started: string[] = [];
  const originals = new Map<string, unknown>();

  before(() => {
    const touch = `touch ${marker}`;
    const write = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`;
    const servers = {
      shell: { command: 'sh', args: ['-c', touch] },
      node: { command: 'node', args: ['-e', write] },
      npx: { command: 'npx', args: ['-y', 'some-package', touch] },
      cmd: { command: 'cmd', args: ['/c', touch] },
      direct: { command: touch },
    };
    mkdirSync(join(root, '.vscode'), { recursive: true });
    mkdirSync(join(root, '.cursor'), { recursive: true });
    writeFileSync(join(root, '.vscode', 'mcp.json'), JSON.stringify({ servers }, null, 2));
    writeFileSync(join(root, '.cursor', 'mcp.json'), JSON.stringify({ mcpServers: servers }, null, 2));
    writeFileSync(join(root, '.mcp.json'), JSON.stringify({ mcpServers: { remote: { type: 'http', url: 'https://example.com/mcp', headersHelper: touch } } }, null, 2));
    // A repository, so that the exposure check really runs git (and the instrumentation is seen to work).
    const init = childProcess.spawnSync('git', ['init', '-q', root], { encoding: 'utf8' });
    assert.equal(init.status, 0, `git init failed: ${init.stderr}`);
    for (const name of SPAWNERS) {
      const original = (childProcess as unknown as Record<string, (...args: unknown[]) => unknown>)[name];
      originals.set(name, original);
      (childProcess as unknown as Record<string, unknown>)[name] = (...args: unknown[]): unknown => {
        started.push(String(args[0]));
        return (original as (...a: unknown[]) => unknown)(...args);
      };
    }
  });

  after(() => {
    for (const [name, original] of originals) (childProcess as unknown as Record<string, unknown>)[name] = original;
    rmSync(root, { recursive: true, force: true });
  });

  const io = () => ({ ...nodeIo(), stdout: () => {}, stderr: () => {}, cwd: root, homedir: join(root, 'home') });

  it('check runs nothing but git', async () => {
    const code = await runCli(['check', root, '--include-user-configs', '--min-severity', 'hint'], io());
    assert.ok(code === 0 || code === 1, `exit ${code}`);
    assert.ok(!existsSync(marker), 'a configured command was executed');
    assert.deepEqual(started.filter((program) => program !== 'git'), [], `started: ${started.join(', ')}`);
    assert.ok(started.includes('git'), 'the instrumentation saw no process at all (git exposure checks should show)');
  });

  it('fix (unsafe included) runs nothing but git', async () => {
    const code = await runCli(['fix', root, '--unsafe'], io());
    assert.ok(code <= 1, `exit ${code}`);
    assert.ok(!existsSync(marker), 'a configured command was executed');
    assert.deepEqual(started.filter((program) => program !== 'git'), [], `started: ${started.join(', ')}`);
  });
});
