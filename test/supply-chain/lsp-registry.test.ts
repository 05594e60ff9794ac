/**
 * The language server's supply-chain actions against loopback registries: "Pin … from the registry" computed only when
 * chosen (not offered untrusted or with network off), and "Mark … as reviewed" writing `.mcp-warden.json`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { configFor } from '../helpers/host-paths';
import { startHarness, tempFolder, uriOf, type Harness, type HarnessOptions } from '../lsp/lsp-harness';
import { startNpmRegistry, type FakeRegistry } from './fake-registries';

describe('language server: registry pin and mark as reviewed', () => {
  let npm: FakeRegistry;
  const harnesses: Harness[] = [];
  const folders: string[] = [];
  before(async () => {
    npm = await startNpmRegistry(Date.now());
  });
  after(async () => {
    await Promise.all(harnesses.map((harness) => harness.dispose()));
    await npm.close();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  async function open(servers: Record<string, unknown>, options: Omit<HarnessOptions, 'workspace'> = {}, policy?: unknown) {
    const workspace = tempFolder('supply');
    folders.push(workspace);
    mkdirSync(join(workspace, '.vscode'));
    const path = join(workspace, '.vscode', 'mcp.json');
    const text = configFor('vscode', servers);
    writeFileSync(path, text);
    if (policy) writeFileSync(join(workspace, '.mcp-warden.json'), JSON.stringify(policy, null, 2));
    const harness = await startHarness({ workspace, settings: { registries: { npm: npm.url } }, ...options });
    harnesses.push(harness);
    const uri = uriOf(path);
    harness.open(uri, text, 1);
    return { harness, uri, workspace };
  }

  async function actionsFor(harness: Harness, uri: string, ruleId: string): Promise<{ diagnostic: Diagnostic; actions: CodeAction[] }> {
    const published = await harness.diagnostics(uri, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === ruleId));
    const diagnostic = published.diagnostics.find((item) => item.code === ruleId) as Diagnostic;
    return { diagnostic, actions: await harness.codeActions(uri, [diagnostic], ['quickfix']) };
  }

  it('offers the registry pin and applies it when chosen', async () => {
    const { harness, uri } = await open({ a: { command: 'npx', args: ['-y', 'fixture-pkg'] } });
    const { actions } = await actionsFor(harness, uri, 'unpinned-package');
    const pin = actions.find((action) => action.title.startsWith('Pin fixture-pkg to a version from the registry'));
    assert.ok(pin?.command, `no registry pin among: ${actions.map((action) => action.title).join(' | ')}`);
    assert.equal(npm.requests.length, 0, 'offering the action asked no registry');
    await harness.connection.sendRequest('workspace/executeCommand', { command: pin.command.command, arguments: pin.command.arguments });
    const applied = harness.appliedEdits.at(-1);
    assert.ok(applied, `no edit applied; messages: ${JSON.stringify(harness.logs.slice(-3))}`);
    assert.equal(applied.label, 'Pin to 1.1.0 (published 12 days ago, not reviewed)');
    const change = (applied.edit.documentChanges?.[0] as TextDocumentEdit).edits[0];
    assert.equal(change && 'newText' in change ? change.newText : undefined, '@1.1.0');
    assert.ok(npm.requests.some((line) => line === 'GET /fixture-pkg'));
  });

  it('does not offer registry look-ups with "mcpWarden.network": "off" or in an untrusted workspace', async () => {
    const off = await open({ a: { command: 'npx', args: ['-y', 'fixture-pkg'] } }, { settings: { network: 'off', registries: { npm: npm.url } } });
    const offActions = (await actionsFor(off.harness, off.uri, 'unpinned-package')).actions;
    assert.ok(!offActions.some((action) => /from the registry/.test(action.title)), offActions.map((action) => action.title).join(' | '));
    const untrusted = await open({ a: { command: 'npx', args: ['-y', 'fixture-pkg'] } }, { initializationOptions: { workspaceTrusted: false } });
    const untrustedActions = (await actionsFor(untrusted.harness, untrusted.uri, 'unpinned-package')).actions;
    assert.ok(!untrustedActions.some((action) => /from the registry/.test(action.title)), untrustedActions.map((action) => action.title).join(' | '));
  });

  it('marks the pinned version as reviewed in .mcp-warden.json', async () => {
    const { harness, uri, workspace } = await open(
      { a: { command: 'npx', args: ['-y', 'fixture-pkg@1.1.0'] } },
      {},
      { reviewed: { 'npm:fixture-pkg': [{ version: '1.0.0', date: '2026-10-02' }] } },
    );
    const { actions } = await actionsFor(harness, uri, 'unreviewed-version');
    const mark = actions.find((action) => action.title === 'Mark fixture-pkg@1.1.0 as reviewed');
    assert.ok(mark?.command, actions.map((action) => action.title).join(' | '));
    await harness.connection.sendRequest('workspace/executeCommand', { command: mark.command.command, arguments: mark.command.arguments });
    const applied = harness.appliedEdits.at(-1);
    assert.ok(applied);
    const documentChange = applied.edit.documentChanges?.[0] as TextDocumentEdit;
    assert.equal(documentChange.textDocument.uri, uriOf(join(workspace, '.mcp-warden.json')));
    const inserted = documentChange.edits.map((edit) => ('newText' in edit ? edit.newText : '')).join('');
    assert.match(inserted, /"version": "1\.1\.0"/);
    assert.match(inserted, new RegExp(`"date": "${new Date().toISOString().slice(0, 10)}"`));
  });
});
