/** Protocol tests: quick fixes, fix-all, "Ignore this finding…" and "Open documentation" through the real server. */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { lint, DEFAULT_ENGINE_CONFIG } from '../../server/src/engine/index';
import { buildFakeSecrets } from '../helpers/fake-secrets';
import { applyTextEdits, startHarness, tempFolder, uriOf, type Harness } from './lsp-harness';

const WRONG_ROOT = '{\n  // local servers\n  "mcpServers": {\n    "local": { "command": "node", "args": ["server.js"] }\n  }\n}\n';
const UNPINNED = '{\n  "servers": {\n    "fs": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "${workspaceFolder}"] }\n  }\n}\n';
const REVIEWED = { 'npm:@modelcontextprotocol/server-filesystem': [{ version: '2025.7.1', date: '2026-11-01' }] };

function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  const change = (edit?.documentChanges ?? []).find((item): item is TextDocumentEdit => 'textDocument' in item && item.textDocument.uri === uri);
  assert.ok(change, `an edit of ${uri} expected in ${JSON.stringify(edit)}`);
  // The server sends plain TextEdits (no snippets or annotations).
  return change.edits as TextEdit[];
}

describe('lsp: code actions', () => {
  let workspace: string;
  let harness: Harness;

  before(async () => {
    workspace = tempFolder('actions');
    mkdirSync(join(workspace, '.vscode'));
    harness = await startHarness({ workspace, settings: { reviewedVersions: REVIEWED }, initializationOptions: { askReason: true } });
  });
  after(async () => {
    await harness.dispose();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('offers the engine fix as a preferred quick fix whose edit removes the finding', async () => {
    const uri = uriOf(join(workspace, '.vscode', 'mcp.json'));
    harness.open(uri, WRONG_ROOT, 1);
    const published = await harness.diagnostics(uri, (params) => params.version === 1);
    const actions = await harness.codeActions(uri, published.diagnostics);
    const fix = actions.find((action) => action.title === 'Rename "mcpServers" to "servers"');
    assert.ok(fix, `fix expected among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics, published.diagnostics);
    const edits = editsFor(fix.edit, uri);
    const change = (fix.edit?.documentChanges ?? [])[0] as TextDocumentEdit;
    assert.equal(change.textDocument.version, 1, 'the edit is versioned');
    const fixed = applyTextEdits(WRONG_ROOT, edits);
    assert.equal(fixed, WRONG_ROOT.replace('"mcpServers"', '"servers"'));
    assert.ok(fixed.includes('// local servers'), 'comments are kept');

    harness.change(uri, 2, [{ text: fixed }]);
    const after = await harness.diagnostics(uri, (params) => params.version === 2);
    assert.deepEqual(after.diagnostics, []);
    harness.close(uri);
  });

  it('offers "Ignore this finding…" and "Open documentation", which opens the docs externally', async () => {
    const uri = uriOf(join(workspace, '.vscode', 'mcp.json'));
    harness.open(uri, WRONG_ROOT, 3);
    const published = await harness.diagnostics(uri, (params) => params.version === 3);
    const actions = await harness.codeActions(uri, published.diagnostics);
    const docs = actions.find((action) => action.title === 'Open documentation for wrong-root-key');
    assert.ok(docs?.command);
    await harness.connection.sendRequest('workspace/executeCommand', { command: docs.command.command, arguments: docs.command.arguments });
    assert.deepEqual(harness.shownDocuments.at(-1), { uri: 'https://github.com/mcp-warden/mcp-warden/blob/main/docs/rules/wrong-root-key.md', external: true });
    assert.ok(actions.some((action) => action.title === 'Ignore this wrong-root-key finding with a comment…'));
    harness.close(uri);
  });

  it('ignores with an inline comment carrying the reason the client gave (host with comments)', async () => {
    const uri = uriOf(join(workspace, '.vscode', 'mcp.json'));
    harness.open(uri, WRONG_ROOT, 5);
    const published = await harness.diagnostics(uri, (params) => params.version === 5);
    const ignore = (await harness.codeActions(uri, published.diagnostics)).find((action) => action.title.startsWith('Ignore this'));
    assert.ok(ignore?.command);
    const before = harness.appliedEdits.length;
    await harness.connection.sendRequest('workspace/executeCommand', { command: ignore.command.command, arguments: ignore.command.arguments });
    assert.equal(harness.askedReasons.at(-1)?.ruleId, 'wrong-root-key');
    assert.equal(harness.askedReasons.at(-1)?.target, 'inline');
    const applied = harness.appliedEdits[before];
    assert.ok(applied, 'an edit was applied');
    const text = applyTextEdits(WRONG_ROOT, editsFor(applied.edit, uri));
    assert.equal(text, WRONG_ROOT.replace('  "mcpServers"', '  // mcp-warden-ignore[wrong-root-key] reviewed by the team\n  "mcpServers"'));
    harness.change(uri, 6, [{ text }]);
    const after = await harness.diagnostics(uri, (params) => params.version === 6);
    assert.deepEqual(after.diagnostics, [], 'the inline suppression hides the finding');
    harness.close(uri);
  });

  it('ignores in a new .mcp-warden.json when the host file cannot hold comments', async () => {
    const path = join(workspace, '.mcp.json');
    const uri = uriOf(path);
    const text = '{\n  "mcpServers": {\n    "fetch": { "command": "uvx", "args": ["mcp-server-fetch"] }\n  }\n}\n';
    harness.open(uri, text, 1);
    const published = await harness.diagnostics(uri, (params) => params.version === 1 && params.diagnostics.length > 0);
    const unpinned = published.diagnostics.find((d) => d.code === 'unpinned-package');
    assert.ok(unpinned);
    const ignore = (await harness.codeActions(uri, [unpinned])).find((action) => action.title.startsWith('Ignore this'));
    assert.equal(ignore?.title, 'Ignore this unpinned-package finding in .mcp-warden.json…');
    const before = harness.appliedEdits.length;
    await harness.connection.sendRequest('workspace/executeCommand', { command: ignore.command?.command, arguments: ignore.command?.arguments });
    const applied = harness.appliedEdits[before]?.edit;
    const policyUri = uriOf(join(workspace, '.mcp-warden.json'));
    assert.deepEqual(applied?.documentChanges?.[0], { kind: 'create', uri: policyUri, options: { ignoreIfExists: true } });
    const policyText = applyTextEdits('', editsFor(applied, policyUri));
    assert.deepEqual(JSON.parse(policyText), { ignores: [{ rule: 'unpinned-package', file: '.mcp.json', server: 'fetch', reason: 'reviewed by the team' }] });
    harness.close(uri);
  });

  it('fix-all applies safe fixes only, in one versioned edit, equal to linting the result', async () => {
    const uri = uriOf(join(workspace, '.vscode', 'mcp.json'));
    harness.open(uri, UNPINNED, 7);
    const published = await harness.diagnostics(uri, (params) => params.version === 7);
    assert.ok(published.diagnostics.some((d) => d.code === 'unpinned-package'));
    const actions: CodeAction[] = await harness.codeActions(uri, [], ['source.fixAll.mcpWarden']);
    assert.equal(actions.length, 1);
    const [fixAll] = actions;
    assert.equal(fixAll?.kind, 'source.fixAll.mcpWarden');
    const changes = fixAll?.edit?.documentChanges ?? [];
    assert.equal(changes.length, 1, 'one TextDocumentEdit');
    assert.equal((changes[0] as TextDocumentEdit).textDocument.version, 7);
    const fixed = applyTextEdits(UNPINNED, editsFor(fixAll?.edit, uri));
    assert.equal(fixed, UNPINNED.replace('server-filesystem"', 'server-filesystem@2025.7.1"'));
    const relint = lint({ text: fixed, path: join(workspace, '.vscode', 'mcp.json'), config: { ...DEFAULT_ENGINE_CONFIG, reviewed: REVIEWED } });
    assert.ok(!relint.findings.some((finding) => finding.ruleId === 'unpinned-package'));
    // Unsafe fixes (narrowing the filesystem root) are not part of fix-all.
    assert.ok(fixed.includes('${workspaceFolder}'));
    // A source action request for plain quick fixes does not include fix-all.
    const quick = await harness.codeActions(uri, published.diagnostics, ['quickfix']);
    assert.ok(quick.every((action) => action.kind === 'quickfix'));
    // The light bulb's automatic request on a cursor move does not re-lint for fix-all; on save (automatic, kind named)
    // and a user's own request without a kind (invoked) do.
    const fixAllIn = (list: CodeAction[]): boolean => list.some((action) => action.kind === 'source.fixAll.mcpWarden');
    assert.ok(!fixAllIn(await harness.codeActions(uri, published.diagnostics, undefined, 2)), 'fix-all computed for the light bulb');
    assert.ok(fixAllIn(await harness.codeActions(uri, [], ['source.fixAll'], 2)), 'fix-all missing on save');
    assert.ok(fixAllIn(await harness.codeActions(uri, published.diagnostics, undefined, 1)), 'fix-all missing when invoked');
    assert.ok(fixAllIn(await harness.codeActions(uri, published.diagnostics)), 'fix-all missing for a client that sends no trigger kind');
    harness.close(uri);
  });

  it('moves a literal secret with CreateFile + edits of the env file, never showing the secret in a message', async () => {
    const secret = buildFakeSecrets().find((fake) => fake.id === 'github-classic-pat');
    assert.ok(secret, 'fake GitHub token');
    const path = join(workspace, 'secrets', '.cursor', 'mcp.json');
    const uri = uriOf(path);
    const text = JSON.stringify({ mcpServers: { gh: { command: 'node', args: ['gh.js'], env: { GITHUB_PERSONAL_ACCESS_TOKEN: secret.value } } } }, null, 2);
    harness.open(uri, text, 1);
    const published = await harness.diagnostics(uri, (params) => params.version === 1);
    const literal = published.diagnostics.find((d) => d.code === 'literal-secret');
    assert.ok(literal, `literal-secret expected, got ${published.diagnostics.map((d) => d.code).join(', ')}`);
    for (const diagnostic of published.diagnostics) assert.ok(!JSON.stringify(diagnostic).includes(secret.secret), 'no diagnostic carries the secret');
    const actions = await harness.codeActions(uri, [literal]);
    const move = actions.find((action) => (action.edit?.documentChanges ?? []).some((change) => 'kind' in change && change.kind === 'create'));
    assert.ok(move, `a fix creating a file expected among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(move.isPreferred, undefined, 'an unsafe fix is never preferred');
    const envUri = (move.edit?.documentChanges ?? []).flatMap((change) => ('kind' in change && change.kind === 'create' ? [change.uri] : []))[0] as string;
    const envText = applyTextEdits('', editsFor(move.edit, envUri));
    assert.ok(envText.includes(secret.secret), 'the value moves into the new file, it is not lost');
    const fixed = applyTextEdits(text, editsFor(move.edit, uri));
    assert.ok(!fixed.includes(secret.secret), 'the config no longer holds the secret');
    harness.close(uri);
  });

  it('shows a move disabled, with why, when the env file already gives the name another value (the secret would be lost)', async () => {
    const secret = buildFakeSecrets().find((fake) => fake.id === 'github-classic-pat');
    assert.ok(secret, 'fake GitHub token');
    const folder = join(workspace, 'conflict', '.cursor');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, '.mcp.env'), 'GITHUB_PERSONAL_ACCESS_TOKEN=an-older-token\n');
    const uri = uriOf(join(folder, 'mcp.json'));
    harness.open(uri, JSON.stringify({ mcpServers: { gh: { command: 'node', args: ['gh.js'], env: { GITHUB_PERSONAL_ACCESS_TOKEN: secret.value } } } }, null, 2), 1);
    const published = await harness.diagnostics(uri, (params) => params.version === 1);
    const literal = published.diagnostics.find((d) => d.code === 'literal-secret');
    assert.ok(literal);
    const actions = await harness.codeActions(uri, [literal]);
    assert.ok(!actions.some((action) => action.edit && JSON.stringify(action.edit).includes('.mcp.env')), 'no action writes to the env file');
    const refused = actions.filter((action) => action.disabled);
    assert.ok(refused.length > 0, `disabled moves expected among ${actions.map((a) => a.title).join(' | ')}`);
    for (const action of refused) {
      assert.match(action.disabled?.reason ?? '', /^\.mcp\.env already sets GITHUB_PERSONAL_ACCESS_TOKEN to another value, and moving this secret there would lose it/);
      assert.equal(action.edit, undefined);
    }
    harness.close(uri);
  });

  it('in a file with a syntax error offers no engine fix for a secret, but still Ignore and Open documentation', async () => {
    const secret = buildFakeSecrets().find((fake) => fake.id === 'github-classic-pat');
    assert.ok(secret, 'fake GitHub token');
    const uri = uriOf(join(workspace, 'broken', '.vscode', 'mcp.json'));
    // A missing comma while typing: the server is recovered and the secret found, but edits of a guessed tree could land wrong.
    const text = `{\n  "servers": {\n    "gh": { "command": "node" "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${secret.value}" } }\n  }\n}\n`;
    harness.open(uri, text, 1);
    const published = await harness.diagnostics(uri, (params) => params.version === 1);
    const literal = published.diagnostics.find((d) => d.code === 'literal-secret');
    assert.ok(literal, `literal-secret expected, got ${published.diagnostics.map((d) => d.code).join(', ')}`);
    const titles = (await harness.codeActions(uri, [literal])).map((action) => action.title);
    assert.deepEqual(titles, ['Ignore this literal-secret finding with a comment…', 'Open documentation for literal-secret']);
    harness.close(uri);
  });

  it('marks a pinned version as reviewed in .mcp-warden.json (supply-chain action, no network)', async () => {
    const path = join(workspace, 'reviewed', '.vscode', 'mcp.json');
    const uri = uriOf(path);
    const text = UNPINNED.replace('server-filesystem"', 'server-filesystem@2025.8.21"');
    harness.open(uri, text, 1);
    const published = await harness.diagnostics(uri, (params) => params.version === 1);
    const unreviewed = published.diagnostics.find((d) => d.code === 'unreviewed-version');
    assert.ok(unreviewed, `unreviewed-version expected, got ${published.diagnostics.map((d) => d.code).join(', ')}`);
    const actions = await harness.codeActions(uri, [unreviewed]);
    const mark = actions.find((action) => action.title === 'Mark @modelcontextprotocol/server-filesystem@2025.8.21 as reviewed');
    assert.ok(mark?.command, `mark action expected among ${actions.map((a) => a.title).join(' | ')}`);
    const before = harness.appliedEdits.length;
    await harness.connection.sendRequest('workspace/executeCommand', { command: mark.command.command, arguments: mark.command.arguments });
    const applied = harness.appliedEdits[before]?.edit;
    const policyUri = uriOf(join(workspace, '.mcp-warden.json'));
    const policy = JSON.parse(applyTextEdits('', editsFor(applied, policyUri))) as { reviewed: Record<string, { version: string }[]> };
    assert.deepEqual(policy.reviewed['npm:@modelcontextprotocol/server-filesystem']?.map((entry) => entry.version), ['2025.8.21']);
    harness.close(uri);
  });

  it('offers no fix-all when nothing is safely fixable', async () => {
    const path = join(workspace, '.vscode', 'clean', '.vscode', 'mcp.json');
    mkdirSync(join(workspace, '.vscode', 'clean', '.vscode'), { recursive: true });
    writeFileSync(path, '{ "servers": {} }\n');
    const uri = uriOf(path);
    harness.open(uri, readFileSync(path, 'utf8'), 1);
    await harness.diagnostics(uri, (params) => params.version === 1);
    assert.deepEqual(await harness.codeActions(uri, [], ['source.fixAll']), []);
    harness.close(uri);
  });
});
