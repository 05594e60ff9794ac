/** `mcp-warden fix --rule unpinned-package`: the reviewed pin (safe), the registry pin with --unsafe, --offline, --registry, --cooldown. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli } from '../cli/cli-harness';
import { configFor } from '../helpers/host-paths';
import { startNpmRegistry, startOciRegistry, startPypiRegistry, type FakeRegistry } from './fake-registries';

const NOW = Date.parse('2026-11-24T08:00:00Z');

describe('mcp-warden fix: reviewed and registry pins', () => {
  let npm: FakeRegistry;
  let pypi: FakeRegistry;
  let oci: FakeRegistry & { digests: Record<string, string> };
  let root: string;
  before(async () => {
    [npm, pypi, oci] = await Promise.all([startNpmRegistry(NOW), startPypiRegistry(NOW), startOciRegistry(NOW)]);
    root = realpathSync(mkdtempSync(join(tmpdir(), 'mcp-warden-cli-registry-')));
  });
  after(async () => {
    await Promise.all([npm.close(), pypi.close(), oci.close()]);
    rmSync(root, { recursive: true, force: true });
  });

  const project = (name: string, servers: Record<string, unknown>, policy?: unknown): string => {
    const dir = join(root, name);
    mkdirSync(join(dir, '.vscode'), { recursive: true });
    mkdirSync(join(dir, 'home'), { recursive: true });
    writeFileSync(join(dir, '.vscode', 'mcp.json'), configFor('vscode', servers));
    if (policy) writeFileSync(join(dir, '.mcp-warden.json'), JSON.stringify(policy, null, 2));
    return dir;
  };
  const read = (dir: string): string => readFileSync(join(dir, '.vscode', 'mcp.json'), 'utf8');
  const flags = (): string[] => ['--registry', `npm=${npm.url}`, '--registry', `pypi=${pypi.url}`, '--registry', `oci=${oci.url}`];

  it('applies the reviewed pin as a safe fix, without --unsafe and without the network', async () => {
    const dir = project('reviewed', { a: { command: 'npx', args: ['-y', 'fixture-pkg'] } }, {
      reviewed: { 'npm:fixture-pkg': [{ version: '1.0.0', date: '2026-10-02' }] },
    });
    const before = npm.requests.length;
    const run = await cli(['fix', '--rule', 'unpinned-package', ...flags()], { cwd: dir, rules: 'catalog' });
    assert.match(run.stdout, /Pin to 1\.0\.0 \(reviewed 2026-10-02\)/);
    assert.equal(read(dir), configFor('vscode', { a: { command: 'npx', args: ['-y', 'fixture-pkg@1.0.0'] } }));
    assert.equal(npm.requests.length, before, 'no registry request for a reviewed pin');
  });

  it('with --unsafe, pins npm, PyPI and images from the registries past the cooldown', async () => {
    const dir = project('registry', {
      a: { command: 'npx', args: ['-y', 'fixture-pkg'] },
      b: { command: 'uvx', args: ['fixture-py'] },
      c: { command: 'docker', args: ['run', '-i', '--rm', 'mcp/fetch:latest'] },
    });
    const run = await cli(['fix', '--rule', 'unpinned-package', '--unsafe', ...flags()], { cwd: dir, rules: 'catalog' });
    assert.match(run.stdout, /Pin to 1\.1\.0 \(published 12 days ago, not reviewed\)/);
    assert.match(run.stdout, /Pin to 1\.0\.1 \(published 15 days ago, not reviewed\)/);
    assert.equal(read(dir), configFor('vscode', {
      a: { command: 'npx', args: ['-y', 'fixture-pkg@1.1.0'] },
      b: { command: 'uvx', args: ['fixture-py@1.0.1'] },
      c: { command: 'docker', args: ['run', '-i', '--rm', `mcp/fetch:1.1@${oci.digests['1.1']}`] },
    }));
  });

  it('--cooldown 0 allows yesterday\'s release', async () => {
    const dir = project('cooldown', { a: { command: 'npx', args: ['-y', 'fixture-pkg'] } });
    await cli(['fix', '--rule', 'unpinned-package', '--unsafe', '--cooldown', '0', ...flags()], { cwd: dir, rules: 'catalog' });
    assert.equal(read(dir), configFor('vscode', { a: { command: 'npx', args: ['-y', 'fixture-pkg@1.2.0'] } }));
  });

  it('--offline never touches the network and leaves the package unpinned', async () => {
    const dir = project('offline', { a: { command: 'npx', args: ['-y', 'fixture-pkg'] } });
    const before = npm.requests.length;
    const run = await cli(['fix', '--rule', 'unpinned-package', '--unsafe', '--offline', ...flags()], { cwd: dir, rules: 'catalog' });
    assert.equal(npm.requests.length, before);
    assert.equal(read(dir), configFor('vscode', { a: { command: 'npx', args: ['-y', 'fixture-pkg'] } }));
    assert.equal(run.code, 1, run.stdout);
  });

  it('says why a package could not be pinned (404, advisories)', async () => {
    const dir = project('problems', { a: { command: 'npx', args: ['-y', 'no-such-package'] }, b: { command: 'npx', args: ['mcp-remote'] } });
    const run = await cli(['fix', '--rule', 'unpinned-package', '--unsafe', ...flags()], { cwd: dir, rules: 'catalog' });
    assert.match(run.stderr, /no registry pin for a: no-such-package does not exist/);
    assert.match(run.stderr, /no registry pin for b: no version of mcp-remote .*0\.1\.15 \(advisory\)/);
  });

  it('rejects bad --registry and --cooldown values', async () => {
    const dir = project('bad-flags', { a: { command: 'npx', args: ['fixture-pkg'] } });
    const badRegistry = await cli(['fix', '--registry', 'maven=https://x'], { cwd: dir, rules: 'catalog' });
    assert.equal(badRegistry.code, 2);
    assert.match(badRegistry.stderr, /--registry expects npm=URL, pypi=URL or oci=URL/);
    const badCooldown = await cli(['fix', '--cooldown', 'soon'], { cwd: dir, rules: 'catalog' });
    assert.equal(badCooldown.code, 2);
    assert.match(badCooldown.stderr, /--cooldown expects a number of days/);
  });
});
