/** The language server on Codex TOML and Continue / Goose YAML: workspace scan, squiggles on the exact token, quick fixes. */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { applyTextEdits, startHarness, tempFolder, uriOf, type Harness } from '../lsp/lsp-harness';

// Built at runtime so that no secret-looking literal is committed.
const TOKEN = ['gh', 'p_', 'Zq8Xw3Rt6Yp1Lk9Mn4Bv7Cx2Df5Gh0Js3Kt8W'].join('');

const CODEX = '# project servers\n[mcp_servers.memory]\ncommand = "npx"\nargs = ["-y", "@modelcontextprotocol/server-memory"]\n';
const CONTINUE = `name: Team\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: gh\n    command: node\n    args: [gh.js]\n    env:\n      GITHUB_PERSONAL_ACCESS_TOKEN: ${TOKEN} # mine\n`;

describe('lsp: TOML and YAML hosts', () => {
  let workspace: string;
  let harness: Harness;

  before(async () => {
    workspace = tempFolder('toml-yaml');
    mkdirSync(join(workspace, '.codex'));
    mkdirSync(join(workspace, '.continue', 'mcpServers'), { recursive: true });
    writeFileSync(join(workspace, '.codex', 'config.toml'), CODEX);
    harness = await startHarness({ workspace });
  });
  after(async () => {
    await harness.dispose();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('watches the Codex, Continue and Goose file names', () => {
    const watchers = JSON.stringify(harness.registrations);
    assert.match(watchers, /\*\*\/\.codex\/config\.toml/);
    assert.match(watchers, /\*\*\/\.continue\/mcpServers\/\*\.\{yaml,yml,json\}/);
    assert.match(watchers, /\*\*\/goose\/config\.yaml/);
  });

  it('finds .codex/config.toml in the workspace scan and squiggles the unpinned package', async () => {
    const uri = uriOf(join(workspace, '.codex', 'config.toml'));
    const published = await harness.diagnostics(uri, (params) => params.diagnostics.some((d) => d.code === 'unpinned-package'));
    const diagnostic = published.diagnostics.find((d) => d.code === 'unpinned-package');
    assert.ok(diagnostic);
    // Line 3: args = ["-y", "@modelcontextprotocol/server-memory"]; the squiggle covers the package name only.
    const line = CODEX.split('\n')[3] ?? '';
    const start = line.indexOf('@modelcontextprotocol/server-memory');
    assert.deepEqual(diagnostic.range, { start: { line: 3, character: start }, end: { line: 3, character: start + '@modelcontextprotocol/server-memory'.length } });
  });

  it('squiggles a Continue literal token and its quick fix writes ${{ secrets.NAME }} and saves the value to .continue/.env', async () => {
    const uri = uriOf(join(workspace, '.continue', 'mcpServers', 'team.yaml'));
    harness.open(uri, CONTINUE, 1, 'yaml');
    const published = await harness.diagnostics(uri, (params) => params.version === 1 && params.diagnostics.some((d) => d.code === 'literal-secret'));
    const diagnostic = published.diagnostics.find((d) => d.code === 'literal-secret');
    assert.ok(diagnostic);
    const start = (CONTINUE.split('\n')[8] ?? '').indexOf(TOKEN);
    assert.deepEqual(diagnostic.range, { start: { line: 8, character: start }, end: { line: 8, character: start + TOKEN.length } });
    assert.ok(!String(diagnostic.message).includes(TOKEN), 'the message never shows the secret');

    const actions = await harness.codeActions(uri, [diagnostic]);
    const fix = actions.find((action) => action.title.startsWith('Replace with ${{ secrets.GITHUB_PERSONAL_ACCESS_TOKEN }}'));
    assert.ok(fix, `fix expected among ${actions.map((a) => a.title).join(' | ')}`);
    const changes = fix.edit?.documentChanges ?? [];
    const own = changes.find((change): change is TextDocumentEdit => 'textDocument' in change && change.textDocument.uri === uri);
    assert.ok(own, `a document edit expected: ${JSON.stringify(fix)}`);
    const fixed = applyTextEdits(CONTINUE, own.edits as TextEdit[]);
    assert.equal(fixed, CONTINUE.replace(TOKEN, '${{ secrets.GITHUB_PERSONAL_ACCESS_TOKEN }}'));
    const envFile = JSON.stringify(changes.filter((change) => !('textDocument' in change && change.textDocument.uri === uri)));
    assert.match(envFile, /\.continue\/\.env/, 'the value goes to the .env file Continue reads');

    harness.change(uri, 2, [{ text: fixed }]);
    const after = await harness.diagnostics(uri, (params) => params.version === 2);
    assert.ok(!after.diagnostics.some((d) => d.code === 'literal-secret'));
    harness.close(uri);
  });

  it('reports a TOML syntax error at its position', async () => {
    const uri = uriOf(join(workspace, '.codex', 'config.toml'));
    const broken = '[mcp_servers.a]\ncommand = "node\n';
    harness.open(uri, broken, 5, 'toml');
    const published = await harness.diagnostics(uri, (params) => params.version === 5);
    const diagnostic = published.diagnostics.find((d) => d.code === 'syntax-error');
    assert.ok(diagnostic, JSON.stringify(published.diagnostics));
    assert.equal(diagnostic.range.start.line, 1);
    harness.close(uri);
  });
});
