/** Protocol tests: open, change and close documents and check the published diagnostics exactly. */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startHarness, tempFolder, uriOf, type Harness } from './lsp-harness';

const WRONG_ROOT = '{\n  "mcpServers": {\n    "local": { "command": "node", "args": ["server.js"] }\n  }\n}\n';
const PINNED = '{\n  "servers": {\n    "local": { "command": "node", "args": ["server.js"] }\n  }\n}\n';

describe('lsp: diagnostics of open documents', () => {
  let workspace: string;
  let harness: Harness;
  let uri: string;

  before(async () => {
    workspace = tempFolder('diag');
    mkdirSync(join(workspace, '.vscode'));
    uri = uriOf(join(workspace, '.vscode', 'mcp.json'));
    harness = await startHarness({ workspace });
  });
  after(async () => {
    await harness.dispose();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('advertises incremental sync, quick fixes, fix-all and its commands', async () => {
    const capabilities = harness.initializeResult?.capabilities;
    assert.deepEqual(capabilities?.textDocumentSync, { openClose: true, change: 2 });
    assert.deepEqual(capabilities?.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.mcpWarden'] });
    assert.ok(capabilities?.executeCommandProvider?.commands.includes('mcpWarden.server.ignoreFinding'));
    const watchers = JSON.stringify(harness.registrations);
    assert.match(watchers, /workspace\/didChangeWatchedFiles/);
    assert.match(watchers, /\*\*\/\.vscode\/mcp\.json/);
    assert.match(watchers, /\*\*\/claude_desktop_config\.json/);
    assert.match(watchers, /\*\*\/\.mcp-warden\.json/);
  });

  it('publishes a diagnostic on the exact token with code, docs link, severity and data', async () => {
    harness.open(uri, WRONG_ROOT, 1);
    const published = await harness.diagnostics(uri, (params) => params.version === 1);
    assert.equal(published.diagnostics.length, 1);
    const [diagnostic] = published.diagnostics;
    assert.ok(diagnostic);
    assert.deepEqual(diagnostic.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 14 } });
    assert.equal(diagnostic.code, 'wrong-root-key');
    assert.equal(diagnostic.source, 'mcp-warden');
    assert.equal(diagnostic.severity, 1, 'error × high confidence is an Error');
    assert.equal(diagnostic.codeDescription?.href, 'https://github.com/mcp-warden/mcp-warden/blob/main/docs/rules/wrong-root-key.md');
    assert.match(String(diagnostic.message), /VS Code reads servers from "servers", not "mcpServers"/);
    const data = diagnostic.data as { ruleId: string; key: string };
    assert.equal(data.ruleId, 'wrong-root-key');
    assert.equal(typeof data.key, 'string');
  });

  it('re-lints after an incremental change and publishes for the new version', async () => {
    // Replace `"mcpServers"` (line 1, characters 2-14) with `"servers"`.
    harness.change(uri, 2, [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 14 } }, text: '"servers"' }]);
    const published = await harness.diagnostics(uri, (params) => params.version === 2);
    assert.deepEqual(published.diagnostics, []);
  });

  it('maps a low-confidence warning to Information and tags an unused input as Unnecessary', async () => {
    const text = '{\n  "inputs": [{ "id": "token", "type": "promptString", "password": true, "description": "t" }],\n  "servers": {\n    "local": { "command": "node", "args": ["server.js"] }\n  }\n}\n';
    harness.change(uri, 3, [{ text }]);
    const published = await harness.diagnostics(uri, (params) => params.version === 3);
    const unused = published.diagnostics.find((d) => d.code === 'unused-input');
    assert.ok(unused, `unused-input expected, got ${published.diagnostics.map((d) => d.code).join(', ')}`);
    assert.deepEqual(unused.tags, [1]);
    assert.equal(unused.severity, 3, 'info × high is Information');
    assert.deepEqual(unused.range, { start: { line: 1, character: 21 }, end: { line: 1, character: 28 } });
  });

  it('gives related locations as relatedInformation with ranges in the right file', async () => {
    const text = [
      '{',
      '  "servers": {',
      '    "fs": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "/"] },',
      '    "gh": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"] }',
      '  }',
      '}',
      '',
    ].join('\n');
    harness.change(uri, 4, [{ text }]);
    const published = await harness.diagnostics(uri, (params) => params.version === 4);
    const pair = published.diagnostics.find((d) => d.code === 'exfiltration-pair' && (d.relatedInformation ?? []).length > 0);
    assert.ok(pair, `exfiltration-pair with related locations expected, got ${published.diagnostics.map((d) => d.code).join(', ')}`);
    for (const related of pair.relatedInformation ?? []) {
      assert.equal(related.location.uri, uri);
      assert.ok([2, 3].includes(related.location.range.start.line), `related line ${related.location.range.start.line}`);
      assert.equal(related.location.range.start.character, 4);
    }
    const archived = published.diagnostics.find((d) => d.code === 'archived-server');
    assert.ok(archived);
    assert.deepEqual(archived.tags, [2], 'archived-server is Deprecated');
  });

  it('keeps diagnostics of a closed file that still exists, and clears them when it is gone', async () => {
    const path = join(workspace, '.vscode', 'mcp.json');
    writeFileSync(path, WRONG_ROOT);
    harness.close(uri);
    // Closed: the disk text is linted again (it has the wrong root key).
    const fromDisk = await harness.diagnostics(uri, (params) => params.version === undefined && params.diagnostics.some((d) => d.code === 'wrong-root-key'));
    assert.equal(fromDisk.diagnostics.length, 1);

    const other = join(workspace, 'not-in-workspace-scan', '.cursor', 'mcp.json');
    const otherUri = uriOf(other);
    harness.open(otherUri, '{ "mcpServers": { "x": { "command": "uvx", "args": ["mcp-server-fetch"] } } }', 1);
    const open = await harness.diagnostics(otherUri, (params) => params.version === 1);
    assert.equal(open.diagnostics[0]?.code, 'unpinned-package');
    harness.close(otherUri);
    const cleared = await harness.diagnostics(otherUri, (params) => params.diagnostics.length === 0);
    assert.equal(cleared.diagnostics.length, 0, 'a closed file that does not exist on disk loses its diagnostics');
  });

  it('clears diagnostics when a document stops being an MCP config', async () => {
    const settingsUri = uriOf(join(workspace, '.vscode', 'settings.json'));
    harness.open(settingsUri, '{ "mcp": { "servers": { "x": { "command": "uvx", "args": ["mcp-server-fetch"] } } } }', 1);
    const first = await harness.diagnostics(settingsUri, (params) => params.version === 1);
    assert.ok(first.diagnostics.length > 0);
    harness.change(settingsUri, 2, [{ text: '{ "editor.tabSize": 2 }' }]);
    const cleared = await harness.diagnostics(settingsUri, (params) => params.diagnostics.length === 0);
    assert.deepEqual(cleared.diagnostics, []);
    harness.close(settingsUri);
  });

  it('ignores with the reason "acknowledged in editor" when the client cannot ask for one', async () => {
    const ignoredUri = uriOf(join(workspace, 'ignored', '.vscode', 'mcp.json'));
    harness.open(ignoredUri, WRONG_ROOT, 1);
    const published = await harness.diagnostics(ignoredUri, (params) => params.version === 1);
    const actions = await harness.codeActions(ignoredUri, published.diagnostics);
    const ignore = actions.find((action) => action.title.startsWith('Ignore this'));
    assert.ok(ignore?.command);
    await harness.connection.sendRequest('workspace/executeCommand', { command: ignore.command.command, arguments: ignore.command.arguments });
    const applied = JSON.stringify(harness.appliedEdits.at(-1));
    assert.match(applied, /mcp-warden-ignore\[wrong-root-key\] acknowledged in editor/);
    harness.close(ignoredUri);
  });

  it('shows the server card on hover over a server name, and nothing elsewhere', async () => {
    const hoverUri = uriOf(join(workspace, 'hover', '.vscode', 'mcp.json'));
    harness.open(hoverUri, '{\n  "servers": {\n    "fetch": { "command": "uvx", "args": ["mcp-server-fetch==2025.4.7"] }\n  }\n}\n', 1);
    await harness.diagnostics(hoverUri, (params) => params.version === 1);
    const hover = await harness.connection.sendRequest('textDocument/hover', { textDocument: { uri: hoverUri }, position: { line: 2, character: 6 } }) as { contents: { kind: string; value: string } } | null;
    assert.equal(hover?.contents.kind, 'markdown');
    assert.match(hover?.contents.value ?? '', /fetch/);
    assert.match(hover?.contents.value ?? '', /mcp-server-fetch/);
    const none = await harness.connection.sendRequest('textDocument/hover', { textDocument: { uri: hoverUri }, position: { line: 0, character: 0 } });
    assert.equal(none, null);
    harness.close(hoverUri);
  });

  it('survives binary and invalid input and keeps serving', async () => {
    const binaryUri = uriOf(join(workspace, '.cursor', 'mcp.json'));
    harness.open(binaryUri, '\u0000\u0001\u0002\uFFFD\uD800garbage{{{[', 1);
    await harness.diagnostics(binaryUri, (params) => params.version === 1);
    harness.change(binaryUri, 2, [{ text: '{ "mcpServers": { "a": ' }]);
    await harness.diagnostics(binaryUri, (params) => params.version === 2);
    // A code action on a range outside the document and with junk data must not crash the server.
    const actions = await harness.codeActions(binaryUri, [{ range: { start: { line: 99, character: 0 }, end: { line: 99, character: 5 } }, message: 'x', source: 'mcp-warden', data: 42 }]);
    assert.ok(Array.isArray(actions));
    await harness.connection.sendRequest('workspace/executeCommand', { command: 'mcpWarden.server.ignoreFinding', arguments: [null] });
    await harness.connection.sendRequest('workspace/executeCommand', { command: 'mcpWarden.server.nope', arguments: [] });
    harness.change(binaryUri, 3, [{ text: PINNED.replace('"servers"', '"mcpServers"') }]);
    const healthy = await harness.diagnostics(binaryUri, (params) => params.version === 3);
    assert.deepEqual(healthy.diagnostics, []);
    assert.equal(harness.process.exitCode, null, 'the server is still running');
  });
});
