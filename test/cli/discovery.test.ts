/** Folder discovery (server/src/node/discovery.ts): which files are found, what is skipped, errors, abort, responsiveness. */
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ALL_HOSTS, isCandidatePath } from '../../server/src/engine/index';
import { findConfigFiles, mightBeConfigName, SKIPPED_FOLDERS } from '../../server/src/node/discovery';
import { cli, tempDir, writeTree } from './cli-harness';

const OK = '{ "mcpServers": { "ok": { "command": "node", "args": ["ok.js"] } } }\n';

describe('findConfigFiles', () => {
  const { dir, cleanup } = tempDir();
  const outside = tempDir('mcp-warden-outside-');
  after(() => { cleanup(); outside.cleanup(); });
  before(() => {
    writeTree(dir, {
      '.mcp.json': OK,
      '.vscode/mcp.json': OK,
      '.vscode/settings.json': '{}',
      'app/.cursor/mcp.json': OK,
      'app/src/index.ts': 'export {};',
      'app/package.json': '{}',
      'deep/a/b/c/d/.gemini/settings.json': OK,
      'node_modules/pkg/.mcp.json': OK,
      'app/node_modules/.cursor/mcp.json': OK,
      '.git/.mcp.json': OK,
      '.venv/lib/.mcp.json': OK,
      'README.md': '# x',
    });
    writeTree(outside.dir, { '.mcp.json': OK, 'real-config.json': OK });
    symlinkSync(outside.dir, join(dir, 'linked-folder'), 'dir');
    symlinkSync(join(outside.dir, '.mcp.json'), join(dir, 'app', '.mcp.json'));
  });
  const rel = (paths: readonly string[]): string[] => paths.map((path) => relative(dir, path).split('\\').join('/'));

  it('keeps files some host reads, skips node_modules, .git and virtualenvs, and follows no symlinked folder', async () => {
    assert.deepEqual(rel(await findConfigFiles([dir])), [
      '.mcp.json',
      '.vscode/mcp.json',
      '.vscode/settings.json',
      'app/.cursor/mcp.json',
      'app/.mcp.json',
      'deep/a/b/c/d/.gemini/settings.json',
    ]);
    for (const name of ['node_modules', '.git', '.venv']) assert.ok(SKIPPED_FOLDERS.has(name));
  });

  it('its file-name prefilter lets through every file name of every host', () => {
    const expand = (pattern: string): string[] => {
      const brace = /\{([^}]*)\}/.exec(pattern);
      if (!brace) return [pattern];
      return (brace[1] ?? '').split(',').flatMap((option) => expand(pattern.replace(brace[0], option)));
    };
    let checked = 0;
    for (const host of ALL_HOSTS) {
      for (const pattern of host.filePatterns) {
        for (const sample of expand(pattern)) {
          const path = sample.replace(/\*\*\//g, '/r/').replace(/\*/g, 'x');
          const name = path.split('/').pop() ?? '';
          assert.ok(mightBeConfigName(name), `${host.id}: ${pattern} -> ${name} is filtered out`);
          checked++;
        }
      }
    }
    assert.ok(checked > 20);
    for (const name of ['index.ts', 'README.md', 'mcp.js']) {
      assert.equal(mightBeConfigName(name), false);
      assert.equal(isCandidatePath(`/r/${name}`), false, `${name}: the prefilter must only drop what no host reads`);
    }
  });

  it('takes explicit files as given, whatever their name', async () => {
    const file = join(outside.dir, 'real-config.json');
    assert.deepEqual(await findConfigFiles([file]), [file]);
  });

  it('reports missing roots through onError and goes on', async () => {
    const errors: string[] = [];
    const found = await findConfigFiles([join(dir, 'missing'), join(dir, 'app')], { onError: (path, error) => errors.push(`${relative(dir, path)}: ${(error as NodeJS.ErrnoException).code}`) });
    assert.deepEqual(errors, ['missing: ENOENT']);
    assert.deepEqual(rel(found), ['app/.cursor/mcp.json', 'app/.mcp.json']);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(findConfigFiles([dir], { signal: controller.signal }), { name: 'AbortError' });
    const late = new AbortController();
    const walk = findConfigFiles([dir], { signal: late.signal });
    late.abort();
    await assert.rejects(walk, { name: 'AbortError' });
  });

  it('keeps the event loop responsive on a large tree', async () => {
    const big = join(dir, 'big');
    for (let folder = 0; folder < 60; folder++) {
      const path = join(big, `pkg-${folder}`, 'src');
      mkdirSync(path, { recursive: true });
      for (let file = 0; file < 30; file++) writeFileSync(join(path, `f${file}.json`), '');
    }
    writeFileSync(join(big, 'pkg-59', 'src', '.mcp.json'), OK);
    let ticks = 0;
    const timer = setInterval(() => { ticks++; }, 1);
    const found = await findConfigFiles([big]);
    clearInterval(timer);
    assert.deepEqual(rel(found), ['big/pkg-59/src/.mcp.json']);
    assert.ok(ticks > 0, 'timers ran during the walk of 1,800 files in 120 folders (the 100,000-file target is in discovery.bench.ts)');
  });

  it('check on a folder uses discovery: node_modules and .git are never checked', async () => {
    const run = await cli(['check', '.', '--format', 'json'], { cwd: dir });
    const paths = (JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((file) => file.path);
    assert.ok(paths.length >= 4);
    assert.ok(paths.every((path) => !/node_modules|\.git\/|\.venv|linked-folder/.test(path)), paths.join(', '));
  });
});
