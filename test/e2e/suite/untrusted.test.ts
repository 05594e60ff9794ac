/**
 * MCP Warden in Restricted Mode (an untrusted workspace): it still lints, but a hostile repository cannot hide its own
 * findings with its policy file or inline comments, nor get "reviewed" pins from its own list.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeAction, sleep, unpinned, waitFor, workspaceUri } from './helpers';

suite('MCP Warden in Restricted Mode', () => {
  test('the workspace is untrusted and the extension still runs (untrustedWorkspaces: limited)', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the e2e run opened the folder in Restricted Mode');
    const extension = vscode.extensions.getExtension<{ client: { isRunning(): boolean } }>(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
    await waitFor('the language client to run', () => (extension.exports.client.isRunning() ? true : undefined));
  });

  test('inline mcp-warden-ignore comments of the workspace hide nothing', async () => {
    const uri = workspaceUri('.gemini/settings.json');
    const diagnostics = await waitFor('both findings of .gemini/settings.json', () => (unpinned(uri).length === 2 ? unpinned(uri) : undefined), 60000);
    assert.equal(diagnostics.length, 2);
  });

  test('the reviewed versions of the workspace\'s .mcp-warden.json are not offered as pins', async () => {
    const uri = workspaceUri('.vscode/mcp.json');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const [diagnostic] = await waitFor('unpinned-package on .vscode/mcp.json', () => (unpinned(uri).length ? unpinned(uri) : undefined));
    assert.ok(diagnostic);
    // the documentation action is always offered: once it is there, the fixes have been computed too
    await codeAction(uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, /^Open documentation/);
    await sleep(300);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    assert.deepEqual(actions.filter((action) => /^Pin to/.test(action.title)).map((action) => action.title), []);
  });

  test('the workspace\'s own settings cannot turn rules off (restrictedConfigurations)', async () => {
    const uri = workspaceUri('.cursor/mcp.json');
    await waitFor('the finding of .cursor/mcp.json', () => (unpinned(uri).length ? true : undefined), 60000);
    const settings = vscode.workspace.getConfiguration('mcpWarden', uri);
    await settings.update('rules', { 'unpinned-package': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await sleep(3000);
      assert.equal(unpinned(uri).length, 1, 'the finding stays in Restricted Mode');
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
