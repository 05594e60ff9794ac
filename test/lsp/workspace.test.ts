/** Protocol tests: the server-driven workspace scan, user-level files, file watcher events and settings changes. */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startHarness, tempFolder, uriOf, type Harness } from './lsp-harness';

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const UNPINNED_CURSOR = '{\n  "mcpServers": {\n    "fetch": { "command": "uvx", "args": ["mcp-server-fetch"] }\n  }\n}\n';

describe('lsp: workspace scan', () => {
  let root: string;
  let workspace: string;
  let home: string;
  let harness: Harness;

  before(async () => {
    root = tempFolder('scan');
    workspace = join(root, 'ws');
    home = join(root, 'home');
    write(join(workspace, '.vscode', 'mcp.json'), '{\n  "mcpServers": {\n    "local": { "command": "node", "args": ["server.js"] }\n  }\n}\n');
    write(join(workspace, '.cursor', 'mcp.json'), UNPINNED_CURSOR);
    write(join(workspace, '.mcp.json'), '{\n  "mcpServers": {\n    "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"] }\n  }\n}\n');
    write(join(workspace, 'node_modules', 'pkg', '.cursor', 'mcp.json'), UNPINNED_CURSOR);
    write(join(workspace, 'src', 'index.json'), '{ "mcpServers": { "x": { "command": "uvx", "args": ["y"] } } }');
    write(join(home, '.claude.json'), '{\n  "mcpServers": {\n    "fetch": { "command": "uvx", "args": ["mcp-server-fetch==2025.4.7"] },\n    "brave": { "command": "npx", "args": ["-y", "@brave/brave-search-mcp-server@2.0.58"] }\n  }\n}\n');
    write(join(home, '.cursor', 'mcp.json'), UNPINNED_CURSOR);
    harness = await startHarness({ workspace, home });
  });
  after(async () => {
    await harness.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('publishes diagnostics for every MCP config in the folder without opening it, skipping node_modules', async () => {
    const vscode = await harness.diagnostics(uriOf(join(workspace, '.vscode', 'mcp.json')));
    assert.deepEqual(vscode.diagnostics.map((d) => d.code), ['wrong-root-key']);
    assert.equal(vscode.version, undefined, 'closed files are published without a version');
    const cursor = await harness.diagnostics(uriOf(join(workspace, '.cursor', 'mcp.json')));
    assert.deepEqual(cursor.diagnostics.map((d) => [d.code, d.range]), [['unpinned-package', { start: { line: 2, character: 43 }, end: { line: 2, character: 59 } }]]);
    const published = new Set(harness.publishes.map((params) => params.uri));
    assert.ok(!published.has(uriOf(join(workspace, 'node_modules', 'pkg', '.cursor', 'mcp.json'))));
    assert.ok(!published.has(uriOf(join(workspace, 'src', 'index.json'))), 'files no host reads are not scanned');
    const idle = harness.scanStatus.find((status) => status.state === 'idle');
    assert.ok(idle && idle.filesFound >= 5, `scan status ${JSON.stringify(idle)}`);
    assert.ok(harness.scanStatus.some((status) => status.state === 'scanning'));
  });

  it('publishes the user-level files of the fake home folder', async () => {
    const user = await harness.diagnostics(uriOf(join(home, '.cursor', 'mcp.json')));
    assert.deepEqual(user.diagnostics.map((d) => d.code), ['unpinned-package']);
  });

  it('links a cross-file finding to the user-level file with relatedInformation', async () => {
    const project = await harness.diagnostics(uriOf(join(workspace, '.mcp.json')));
    const trifecta = project.diagnostics.find((d) => d.code === 'lethal-trifecta');
    assert.ok(trifecta, `lethal-trifecta expected, got ${project.diagnostics.map((d) => d.code).join(', ')}`);
    const claude = uriOf(join(home, '.claude.json'));
    const related = (trifecta.relatedInformation ?? []).filter((item) => item.location.uri === claude);
    assert.ok(related.length > 0, JSON.stringify(trifecta.relatedInformation));
    assert.deepEqual(related.map((item) => item.location.range.start).sort((a, b) => a.line - b.line), [{ line: 2, character: 4 }, { line: 3, character: 4 }]);
  });

  it('clears a deleted file and lints a created one on watcher events', async () => {
    const cursor = join(workspace, '.cursor', 'mcp.json');
    unlinkSync(cursor);
    const created = join(workspace, '.roo', 'mcp.json');
    write(created, UNPINNED_CURSOR);
    void harness.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(cursor), type: 3 }, { uri: uriOf(created), type: 1 }],
    });
    const cleared = await harness.diagnostics(uriOf(cursor), (params) => params.diagnostics.length === 0);
    assert.deepEqual(cleared.diagnostics, []);
    const roo = await harness.diagnostics(uriOf(created), (params) => params.diagnostics.length > 0);
    assert.deepEqual(roo.diagnostics.map((d) => d.code), ['unpinned-package']);
  });

  it('re-lints a changed file from disk on a watcher event', async () => {
    const path = join(workspace, '.vscode', 'mcp.json');
    write(path, '{ "servers": { "local": { "command": "node", "args": ["server.js"] } } }\n');
    void harness.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path), type: 2 }] });
    const fixed = await harness.diagnostics(uriOf(path), (params) => params.diagnostics.length === 0);
    assert.deepEqual(fixed.diagnostics, []);
  });

  it('applies a created or deleted .mcp-warden.json on its watcher event (policy lookups are kept between lints)', async () => {
    const roo = uriOf(join(workspace, '.roo', 'mcp.json'));
    const policy = join(workspace, '.mcp-warden.json');
    write(policy, JSON.stringify({ ignores: [{ rule: 'unpinned-package', file: '.roo/mcp.json', reason: 'reviewed' }] }));
    void harness.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(policy), type: 1 }] });
    const ignored = await harness.diagnostics(roo, (params) => params.diagnostics.length === 0);
    assert.deepEqual(ignored.diagnostics, []);
    unlinkSync(policy);
    void harness.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(policy), type: 3 }] });
    const back = await harness.diagnostics(roo, (params) => params.diagnostics.length > 0);
    assert.deepEqual(back.diagnostics.map((d) => d.code), ['unpinned-package']);
  });

  it('applies a rule turned off in settings, and warns once about invalid settings', async () => {
    const roo = uriOf(join(workspace, '.roo', 'mcp.json'));
    harness.settings = { rules: { 'unpinned-package': 'off', 'lethal-trifecta': 'loud' }, minConfidence: 42 };
    const since = harness.scanStatus.length;
    void harness.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const off = await harness.diagnostics(roo, (params) => params.diagnostics.length === 0);
    assert.deepEqual(off.diagnostics, []);
    await harness.scanIdle(since);
    const warnings = harness.logs.filter((log) => log.type === 2 && log.message.includes('Invalid MCP Warden settings'));
    assert.equal(warnings.length, 1, JSON.stringify(harness.logs));
    assert.match(warnings[0]?.message ?? '', /rules\.lethal-trifecta/);
    assert.match(warnings[0]?.message ?? '', /minConfidence/);
    // The valid part still applies and the invalid one falls back: lethal-trifecta keeps its default severity.
    const project = await harness.diagnostics(uriOf(join(workspace, '.mcp.json')));
    assert.equal(project.diagnostics.find((d) => d.code === 'lethal-trifecta')?.severity, 1);
  });

  it('drops the user-level files when scanUserConfigs is turned off', async () => {
    harness.settings = { scanUserConfigs: false, rules: { 'unpinned-package': 'warning' } };
    void harness.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const user = await harness.diagnostics(uriOf(join(home, '.cursor', 'mcp.json')), (params) => params.diagnostics.length === 0);
    assert.deepEqual(user.diagnostics, []);
    const roo = await harness.diagnostics(uriOf(join(workspace, '.roo', 'mcp.json')), (params) => params.diagnostics.length === 1);
    assert.equal(roo.diagnostics[0]?.code, 'unpinned-package');
  });

  it('scans a workspace folder added later', async () => {
    const second = join(root, 'second');
    write(join(second, '.gemini', 'settings.json'), '{\n  "mcpServers": {\n    "fetch": { "command": "uvx", "args": ["mcp-server-fetch"] }\n  }\n}\n');
    void harness.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(second), name: 'second' }], removed: [] } });
    const gemini = await harness.diagnostics(uriOf(join(second, '.gemini', 'settings.json')), (params) => params.diagnostics.length > 0);
    assert.deepEqual(gemini.diagnostics.map((d) => d.code), ['unpinned-package']);
  });

  it('answers mcpWarden/lintWorkspace and mcpWarden/inventory', async () => {
    const summary = await harness.connection.sendRequest('mcpWarden/lintWorkspace') as { files: number; findings: number };
    assert.ok(summary.files >= 3, JSON.stringify(summary));
    assert.ok(summary.findings >= 1, JSON.stringify(summary));
    const inventory = await harness.connection.sendRequest('mcpWarden/inventory') as { servers: { name: string; host: string; package?: string }[]; markdown?: string };
    const github = inventory.servers.find((server) => server.name === 'github');
    assert.deepEqual([github?.host, github?.package], ['claude-code', 'npm:@modelcontextprotocol/server-github@2025.4.8']);
    assert.match(inventory.markdown ?? '', /github/);
    assert.match(inventory.markdown ?? '', /server-github/);
  });

  it('clears everything when mcpWarden.enable is false', async () => {
    harness.settings = { enable: false };
    void harness.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const roo = await harness.diagnostics(uriOf(join(workspace, '.roo', 'mcp.json')), (params) => params.diagnostics.length === 0);
    assert.deepEqual(roo.diagnostics, []);
    const project = await harness.diagnostics(uriOf(join(workspace, '.mcp.json')), (params) => params.diagnostics.length === 0);
    assert.deepEqual(project.diagnostics, []);
  });
});
