/** Unit tests of the server's pure parts: settings normalisation, severity mapping, edits, project grouping, URIs, debouncing. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { diagnosticSeverity } from '../../server/src/lsp/diagnostics';
import { projectKey } from '../../server/src/lsp/known-files';
import { createLintScheduler } from '../../server/src/lsp/lint-scheduler';
import { createSettingsStore, normalizeSettings, DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { pathToUri, uriToPath } from '../../server/src/lsp/uris';
import { changeBetween } from '../../server/src/lsp/workspace-edits';
import { applyEdits } from '../../server/src/engine/index';

describe('lsp parts: settings', () => {
  it('keeps valid values and leaves defaults out of the editor layer (so the policy file is not overridden)', () => {
    const settings = normalizeSettings({ enable: true, rules: {}, minConfidence: 'low', profile: 'default', scanUserConfigs: true, network: 'on', reviewedVersions: {} });
    assert.deepEqual(settings, DEFAULT_SETTINGS);
    const custom = normalizeSettings({ rules: { 'unpinned-package': 'off' }, minConfidence: 'high', profile: 'pedantic', network: 'off', reviewedVersions: { 'npm:x': [{ version: '1.0.0' }] } });
    assert.deepEqual(custom.engineLayer, { rules: { 'unpinned-package': 'off' }, minConfidence: 'high', profile: 'pedantic', reviewed: { 'npm:x': [{ version: '1.0.0' }] } });
    assert.equal(custom.network, false);
    assert.deepEqual(custom.problems, []);
  });

  it('falls back to defaults for malformed values and describes each problem', () => {
    const settings = normalizeSettings({ enable: 'yes', rules: { a: 'loud', b: 'error' }, minConfidence: 3, profile: 'strict', network: 'maybe', registries: { npm: 'ftp://x' } });
    assert.equal(settings.enable, true);
    assert.equal(settings.network, true);
    assert.deepEqual(settings.engineLayer, { rules: { b: 'error' } });
    assert.deepEqual(settings.registries, {});
    assert.equal(settings.problems.length, 6, settings.problems.join('\n'));
    assert.deepEqual(normalizeSettings('nonsense').problems, ['mcpWarden: expected an object of settings']);
    assert.deepEqual(normalizeSettings(undefined), DEFAULT_SETTINGS);
  });

  it('asks the client once for the scopes requested together, and once per scope until cleared', async () => {
    const requests: (string | undefined)[][] = [];
    const logger = { error: () => undefined, warn: () => undefined, info: () => undefined };
    const store = createSettingsStore(async (scopes) => {
      requests.push([...scopes]);
      return scopes.map((scope) => (scope === 'file:///b' ? { network: 'off' } : {}));
    }, () => undefined, logger);
    const [a, b, none] = await Promise.all([store.get('file:///a'), store.get('file:///b'), store.get(undefined)]);
    assert.deepEqual(requests, [['file:///a', 'file:///b', undefined]]);
    assert.deepEqual([a.network, b.network, none.network], [true, false, true]);
    await store.get('file:///b');
    assert.equal(requests.length, 1, 'cached until the next configuration change');
    store.clear();
    assert.equal((await store.get('file:///b')).network, false);
    assert.deepEqual(requests[1], ['file:///b']);
  });
});

describe('lsp parts: severity × confidence', () => {
  it('drops a low-confidence finding one level and keeps red for what is certain', () => {
    assert.equal(diagnosticSeverity('error', 'high'), DiagnosticSeverity.Error);
    assert.equal(diagnosticSeverity('error', 'medium'), DiagnosticSeverity.Error);
    assert.equal(diagnosticSeverity('error', 'low'), DiagnosticSeverity.Warning);
    assert.equal(diagnosticSeverity('warning', 'high'), DiagnosticSeverity.Warning);
    assert.equal(diagnosticSeverity('warning', 'low'), DiagnosticSeverity.Information);
    assert.equal(diagnosticSeverity('info', 'medium'), DiagnosticSeverity.Information);
    assert.equal(diagnosticSeverity('info', 'low'), DiagnosticSeverity.Hint);
    assert.equal(diagnosticSeverity('hint', 'high'), DiagnosticSeverity.Hint);
  });
});

describe('lsp parts: edits, projects and URIs', () => {
  it('changeBetween keeps the common prefix and suffix and reproduces the target', () => {
    const before = '{\n  "a": "npx pkg",\n  "b": 1\n}\n';
    const after = '{\n  "a": "npx pkg@1.2.3",\n  "b": 1\n}\n';
    const edit = changeBetween(before, after);
    assert.deepEqual(edit, { offset: 17, length: 0, content: '@1.2.3' });
    assert.equal(applyEdits(before, [edit]), after);
    assert.equal(changeBetween(before, before), undefined);
    const shrink = changeBetween('aaa', 'a');
    assert.ok(shrink);
    assert.equal(applyEdits('aaa', [shrink]), 'a');
  });

  it('groups configs by the project folder above their dot-folders', () => {
    assert.equal(projectKey('/ws/app/.vscode/mcp.json', ['/ws']), '/ws/app');
    assert.equal(projectKey('/ws/app/.mcp.json', ['/ws']), '/ws/app');
    assert.equal(projectKey('/ws/.aws/amazonq/mcp.json', ['/ws']), '/ws');
    assert.equal(projectKey('/elsewhere/p/.cursor/mcp.json', ['/ws']), '/elsewhere/p');
  });

  it('converts file and vscode-userdata URIs to paths and ignores other schemes', () => {
    assert.equal(uriToPath('file:///tmp/a%20b/.vscode/mcp.json'), '/tmp/a b/.vscode/mcp.json');
    assert.equal(uriToPath('vscode-userdata:/home/me/.config/Code/User/mcp.json'), '/home/me/.config/Code/User/mcp.json');
    assert.equal(uriToPath('untitled:Untitled-1'), undefined);
    assert.equal(uriToPath('not a uri'), undefined);
    assert.equal(uriToPath(pathToUri('/tmp/x#y/mcp.json')), '/tmp/x#y/mcp.json');
  });
});

describe('lsp parts: scheduler', () => {
  it('debounces a burst into one run with the latest request, and runs one lint at a time', async () => {
    const runs: string[][] = [];
    let running = 0;
    let overlapped = false;
    const scheduler = createLintScheduler(async (paths) => {
      running++;
      if (running > 1) overlapped = true;
      runs.push([...paths]);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
    }, 20);
    for (let i = 0; i < 50; i++) scheduler.schedule('/a');
    void scheduler.now(['/b']);
    void scheduler.now(['/c']);
    await scheduler.idle();
    assert.deepEqual(runs, [['/b'], ['/c'], ['/a']]);
    assert.equal(overlapped, false);
    scheduler.schedule('/d');
    scheduler.cancel('/d');
    await scheduler.idle();
    assert.equal(runs.length, 3);
    scheduler.dispose();
  });

  it('is busy from the moment a lint is queued until it has finished, not while one only waits for its debounce', async () => {
    let release: () => void = () => undefined;
    const scheduler = createLintScheduler(() => new Promise<void>((resolve) => { release = resolve; }), 10);
    assert.equal(scheduler.busy(), false);
    scheduler.schedule('/a');
    assert.equal(scheduler.busy(), false, 'a debounced edit leaves room for background work');
    const done = scheduler.now(['/b']);
    assert.equal(scheduler.busy(), true);
    await new Promise((resolve) => setTimeout(resolve, 1));
    release();
    await done;
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(scheduler.busy(), true, 'the debounced lint of /a is running');
    release();
    await scheduler.idle();
    assert.equal(scheduler.busy(), false);
    scheduler.dispose();
  });
});
