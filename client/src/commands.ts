/** The Command Palette commands: restart, output, lint workspace, rule documentation, server inventory. */
import * as vscode from 'vscode';
import { ErrorCodes, ResponseError, type LanguageClient } from 'vscode-languageclient/node';
import { ClientCommands, InventoryRequest, LintWorkspaceRequest, type InventoryServer } from '../../server/src/protocol/protocol';
import { createInventoryView, type InventoryView } from './inventory-view';
import { ruleDocsUrl, ruleEntries } from './manifest';

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, output: vscode.LogOutputChannel): void {
  const register = (id: string, run: (...args: unknown[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, run));

  register(ClientCommands.restartServer, async () => {
    output.info('restarting the language server');
    try {
      if (client.isRunning()) await client.stop();
      await client.start();
    } catch (error) {
      output.error(`restart failed: ${String(error)}`);
      void vscode.window.showErrorMessage('MCP Warden: the language server did not restart. See "MCP Warden: Show Output".');
    }
  });
  register(ClientCommands.showOutput, () => output.show(true));
  register(ClientCommands.lintWorkspace, () => lintWorkspace(client).catch((error: unknown) => {
    output.error(`lint workspace failed: ${String(error)}`);
    void vscode.window.showErrorMessage('MCP Warden: the workspace could not be linted. See "MCP Warden: Show Output".');
    return undefined;
  }));
  register(ClientCommands.openRuleDocs, (ruleId?: unknown) => openRuleDocs(context, typeof ruleId === 'string' ? ruleId : undefined));
  const inventoryView = createInventoryView();
  context.subscriptions.push(inventoryView);
  register(ClientCommands.showInventory, () => showInventory(client, output, inventoryView));
}

async function lintWorkspace(client: LanguageClient): Promise<{ files: number; findings: number }> {
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'MCP Warden: linting the workspace' },
    () => client.sendRequest(LintWorkspaceRequest.type, undefined),
  );
  void vscode.window.showInformationMessage(`MCP Warden: ${plural(result.files, 'MCP config file')}, ${plural(result.findings, 'finding')}.`);
  return result;
}

/**
 * Opens a rule's page: the copy bundled with the extension in the Markdown preview (works offline), else the web page.
 * Without an id it offers the rules of the diagnostics under the cursor first, then every rule.
 */
async function openRuleDocs(context: vscode.ExtensionContext, ruleId: string | undefined): Promise<void> {
  const id = ruleId ?? (await pickRule(context));
  if (!id) return;
  const local = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`);
  const exists = await vscode.workspace.fs.stat(local).then(() => true, () => false);
  if (exists) await vscode.commands.executeCommand('markdown.showPreview', local);
  else await vscode.env.openExternal(vscode.Uri.parse(ruleDocsUrl(id)));
}

async function pickRule(context: vscode.ExtensionContext): Promise<string | undefined> {
  const rules = ruleEntries(context.extension.packageJSON);
  const underCursor = new Set(diagnosticRulesAtCursor());
  const items: (vscode.QuickPickItem & { id: string })[] = [...rules]
    .sort((a, b) => Number(underCursor.has(b.id)) - Number(underCursor.has(a.id)) || a.id.localeCompare(b.id))
    .map((rule) => ({ id: rule.id, label: rule.id, detail: rule.description, ...(underCursor.has(rule.id) ? { description: 'at the cursor' } : {}) }));
  const picked = await vscode.window.showQuickPick(items, { title: 'MCP Warden: open rule documentation', matchOnDetail: true });
  return picked?.id;
}

function diagnosticRulesAtCursor(): string[] {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return [];
  const ids: string[] = [];
  for (const diagnostic of vscode.languages.getDiagnostics(editor.document.uri)) {
    // ours carry the rule id as code and its docs page as target
    const code = diagnostic.code;
    if (typeof code === 'object' && code.target.path.includes('/docs/rules/') && diagnostic.range.contains(editor.selection.active)) ids.push(String(code.value));
  }
  return ids;
}

/**
 * The server inventory as a Markdown preview (servers, capabilities, risky flows); a server without the report gets
 * a pick list of every configured server instead, where picking one opens its config at the server's name.
 */
async function showInventory(client: LanguageClient, output: vscode.LogOutputChannel, view: InventoryView): Promise<void> {
  let servers: readonly InventoryServer[];
  try {
    const result = await client.sendRequest(InventoryRequest.type, undefined);
    if (result.markdown) {
      await view.show(result.markdown);
      return;
    }
    servers = result.servers;
  } catch (error) {
    if (error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound) {
      void vscode.window.showWarningMessage('MCP Warden: this language server does not provide a server inventory.');
      return;
    }
    output.error(`inventory request failed: ${String(error)}`);
    void vscode.window.showErrorMessage('MCP Warden: the server inventory could not be read (see the output).');
    return;
  }
  if (servers.length === 0) {
    void vscode.window.showInformationMessage('MCP Warden: no MCP servers are configured in the linted files.');
    return;
  }
  const items = servers.map((server) => ({
    server,
    label: `${server.disabled ? '$(circle-slash)' : server.findings.length ? '$(warning)' : '$(pass)'} ${server.name}`,
    description: [server.host, server.scope, server.transport, server.package ?? server.url ?? server.launcher].filter(Boolean).join(' · '),
    detail: `${vscode.workspace.asRelativePath(vscode.Uri.parse(server.uri))}${server.findings.length ? `: ${server.findings.join(', ')}` : ''}`,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: `MCP Warden: ${plural(servers.length, 'MCP server')}`, matchOnDescription: true, matchOnDetail: true });
  if (!picked) return;
  const position = new vscode.Position(picked.server.line, 0);
  await vscode.window.showTextDocument(vscode.Uri.parse(picked.server.uri), { selection: new vscode.Range(position, position) });
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
