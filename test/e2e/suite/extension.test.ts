/** MCP Warden inside a real VS Code extension host: activation, diagnostics, quick-fix, fix-all on save, unopened files. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS, EXTENSION_ID, PACKAGE, REVIEWED, codeAction, ours, readDisk, ruleOf, sleep, unpinned, waitFor, workspaceUri } from './helpers';

suite('MCP Warden in a real VS Code', () => {
  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded from the extension development path`);
    await extension.activate();
  });

  test('activates with its commands and a running language server', async () => {
    assert.equal(vscode.workspace.isTrusted, true, 'this suite runs in a trusted workspace');
    const extension = vscode.extensions.getExtension<{ client: { isRunning(): boolean } }>(EXTENSION_ID);
    assert.ok(extension?.isActive, 'the extension is active');
    await waitFor('the language client to run', () => (extension.exports.client.isRunning() ? true : undefined));
    const commands = await vscode.commands.getCommands(true);
    for (const id of COMMANDS) assert.ok(commands.includes(id), `command ${id} is registered`);
    const activationMs = (extension.exports as { activationMs?: number }).activationMs;
    assert.equal(typeof activationMs, 'number');
    console.log(`e2e host: VS Code ${vscode.version}, Node ${process.version}, ${vscode.env.appHost}, remote ${vscode.env.remoteName ?? 'none'}; activation to running server: ${activationMs} ms`);
    const out = process.env.MCP_WARDEN_E2E_OUT;
    if (out) await vscode.workspace.fs.writeFile(vscode.Uri.file(`${out}/activation.json`), Buffer.from(JSON.stringify({ vscode: vscode.version, activationMs })));
  });

  test('an opened config gets a diagnostic on the exact token, with rule id and docs link', async () => {
    const uri = workspaceUri('.vscode/mcp.json');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const [diagnostic] = await waitFor('unpinned-package on .vscode/mcp.json', () => (unpinned(uri).length ? unpinned(uri) : undefined));
    assert.ok(diagnostic);
    assert.equal(document.getText(diagnostic.range), PACKAGE, 'the squiggle covers the package token only');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostic.message, /without a version/);
    assert.ok(typeof diagnostic.code === 'object');
    assert.match(diagnostic.code.target.toString(), /docs\/rules\/unpinned-package\.md$/);
  });

  test('the Problems panel lists configs that were never opened', async () => {
    for (const relative of ['.cursor/mcp.json', '.mcp.json']) {
      const uri = workspaceUri(relative);
      assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString()), `${relative} is not open`);
      const diagnostics = await waitFor(`diagnostics of the unopened ${relative}`, () => (unpinned(uri).length ? unpinned(uri) : undefined), 60000);
      assert.match(diagnostics[0]?.message ?? '', new RegExp(PACKAGE.replace(/[/@]/g, '\\$&')));
    }
  });

  test('a config created, changed and deleted on disk (never opened) updates the Problems panel', async () => {
    const uri = workspaceUri('cline_mcp_settings.json');
    const write = (version: string) => vscode.workspace.fs.writeFile(uri, Buffer.from(JSON.stringify({
      mcpServers: { memory: { command: 'npx', args: ['-y', `${PACKAGE}${version}`] } } }, null, 2)));
    await write('@latest');
    await waitFor('a finding on the new cline_mcp_settings.json', () => (unpinned(uri).some((d) => d.message.includes('@latest')) ? true : undefined), 60000);
    await write('@^2025.1.0');
    await waitFor('the finding to follow the change on disk', () => (unpinned(uri).some((d) => d.message.includes('^2025.1.0')) ? true : undefined), 60000);
    await vscode.workspace.fs.delete(uri);
    await waitFor('the diagnostics of the deleted file to be cleared', () => (ours(uri).length === 0 ? true : undefined), 60000);
  });

  test('an inline mcp-warden-ignore comment with a reason hides its finding only', async () => {
    const uri = workspaceUri('.gemini/settings.json');
    const diagnostics = await waitFor('the unsuppressed finding of .gemini/settings.json', () => (unpinned(uri).length ? unpinned(uri) : undefined), 60000);
    await sleep(500);
    assert.deepEqual(unpinned(uri).map((diagnostic) => diagnostic.message.match(/"([^"]+)"/)?.[1]), ['@modelcontextprotocol/server-sequential-thinking'],
      `only the server without the comment is reported (${diagnostics.length})`);
  });

  test('a JSON file that is not an MCP config gets no finding', async () => {
    const uri = workspaceUri('notes/plain.json');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    // the server answers in order: once a later config edit is linted, the plain file has had its turn
    const probe = workspaceUri('.vscode/mcp.json');
    await waitFor('the server to be linting', () => (unpinned(probe).length ? true : undefined));
    await sleep(1000);
    assert.deepEqual(ours(uri).map(ruleOf), []);
  });

  test('a quick-fix applies the reviewed pin and the diagnostic goes away', async () => {
    const uri = workspaceUri('.vscode/mcp.json');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const [diagnostic] = await waitFor('unpinned-package', () => (unpinned(uri).length ? unpinned(uri) : undefined));
    assert.ok(diagnostic);
    const fix = await codeAction(uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, new RegExp(`^Pin to ${REVIEWED.replace(/\./g, '\\.')}`));
    assert.ok(fix.edit, 'the quick-fix carries its edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
    assert.ok(document.getText().includes(`"${PACKAGE}@${REVIEWED}"`), document.getText());
    assert.ok(document.getText().includes('// e2e fixture: .mcp-warden.json lists a reviewed version'), 'the comment survives the fix');
    await waitFor('the diagnostic to go away', () => (unpinned(uri).length === 0 ? true : undefined));
    await document.save();
    assert.ok((await readDisk(uri)).includes(`${PACKAGE}@${REVIEWED}`));
  });

  test('fix-all on save (editor.codeActionsOnSave: source.fixAll.mcpWarden) pins the package on disk', async () => {
    const uri = workspaceUri('.mcp.json');
    const editorConfig = vscode.workspace.getConfiguration('editor', uri);
    await editorConfig.update('codeActionsOnSave', { 'source.fixAll.mcpWarden': 'explicit' }, vscode.ConfigurationTarget.Workspace);
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document);
      await waitFor('unpinned-package on .mcp.json', () => (unpinned(uri).length ? true : undefined));
      // an explicit save of a dirty editor, as Ctrl+S does, runs the save participants
      await editor.edit((edit) => edit.insert(document.positionAt(document.getText().lastIndexOf('}') + 1), '\n'));
      await vscode.commands.executeCommand('workbench.action.files.save');
      const onDisk = await waitFor('the pinned version on disk', async () => {
        const text = await readDisk(uri);
        return text.includes(`${PACKAGE}@${REVIEWED}`) ? text : undefined;
      }, 20000);
      assert.ok(!onDisk.includes('^2025.1.0'), onDisk);
      assert.doesNotThrow(() => JSON.parse(onDisk), 'the saved file is still valid JSON');
      await waitFor('no unpinned-package left on .mcp.json', () => (unpinned(uri).length === 0 ? true : undefined));
    } finally {
      await editorConfig.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('a workspace setting turns a rule off and back on (settings pulled per resource)', async () => {
    const uri = workspaceUri('.cursor/mcp.json');
    await waitFor('the finding of .cursor/mcp.json', () => (unpinned(uri).length ? true : undefined), 60000);
    const settings = vscode.workspace.getConfiguration('mcpWarden', uri);
    await settings.update('rules', { 'unpinned-package': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the finding to go with the rule turned off', () => (unpinned(uri).length === 0 ? true : undefined));
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the finding to come back', () => (unpinned(uri).length ? true : undefined));
  });

  test('"MCP Warden: Lint Workspace" reports the config files it linted, and the scan status ends idle', async () => {
    const result = await vscode.commands.executeCommand<{ files: number; findings: number }>('mcpWarden.lintWorkspace');
    assert.ok(result, 'the command returns the server result');
    assert.ok(result.files >= 4, `at least the four fixture configs were linted (got ${result.files})`);
    assert.ok(result.findings >= 1, `the unfixed .cursor/mcp.json still has a finding (got ${result.findings})`);
    const api = vscode.extensions.getExtension<{ scanStatus(): { state: string; filesFound: number } | undefined }>(EXTENSION_ID)?.exports;
    const status = await waitFor('an idle scan status from the server', () => (api?.scanStatus()?.state === 'idle' ? api.scanStatus() : undefined));
    assert.ok(status && status.filesFound >= 4, `the status bar saw the files (${JSON.stringify(status)})`);
  });

  test('"Show Server Inventory" has the servers of every linted file', async () => {
    const api = vscode.extensions.getExtension<{ client: { sendRequest(method: string): Promise<{ servers: { name: string; uri: string }[] }> } }>(EXTENSION_ID)?.exports;
    assert.ok(api);
    const { servers } = await api.client.sendRequest('mcpWarden/inventory');
    const files = new Set(servers.filter((server) => server.name === 'memory').map((server) => vscode.workspace.asRelativePath(vscode.Uri.parse(server.uri))));
    for (const file of ['.vscode/mcp.json', '.cursor/mcp.json', '.mcp.json', '.gemini/settings.json']) assert.ok(files.has(file), `${file} in ${[...files].join(', ')}`);
  });

  test('"Show Server Inventory" opens the inventory report in a Markdown preview', async () => {
    await vscode.commands.executeCommand('mcpWarden.showInventory');
    const label = await waitFor('a preview tab of the server inventory', () => {
      const tab = vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((candidate) => candidate.label.includes('MCP Server Inventory'));
      return tab?.label;
    }, 15000);
    assert.match(label, /MCP Server Inventory/);
    // The preview may read the document in another extension host; open the same virtual document here.
    const report = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'mcp-warden-inventory', path: '/MCP Server Inventory.md' }));
    assert.match(report.getText(), /memory/, 'the report lists the configured servers');
    assert.match(report.getText(), /^# MCP server inventory/m, 'the report is the inventory');
    assert.match(report.getText(), /^## /m, 'the report has a section per host session');
  });

  test('"Open Rule Documentation" opens the bundled rule page', async () => {
    await vscode.commands.executeCommand('mcpWarden.openRuleDocs', 'unpinned-package');
    const label = await waitFor('a preview tab of the rule page', () => {
      const tab = vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((candidate) => candidate.label.includes('unpinned-package'));
      return tab?.label;
    }, 15000);
    assert.match(label, /unpinned-package/);
  });

  test('"Restart Server" brings the server back with its diagnostics; "Show Output" opens the channel', async () => {
    const extension = vscode.extensions.getExtension<{ client: { isRunning(): boolean } }>(EXTENSION_ID);
    assert.ok(extension);
    await vscode.commands.executeCommand('mcpWarden.restartServer');
    await waitFor('the restarted client to run', () => (extension.exports.client.isRunning() ? true : undefined));
    const uri = workspaceUri('.cursor/mcp.json');
    await waitFor('diagnostics republished after the restart', () => (unpinned(uri).length ? true : undefined), 60000);
    await vscode.commands.executeCommand('mcpWarden.showOutput');
  });
});
