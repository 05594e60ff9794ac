/** Shared by the e2e suites: polling, fixture paths, MCP Warden's diagnostics, code actions with retries. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'mcp-warden.mcp-warden';
export const PACKAGE = '@modelcontextprotocol/server-memory';
export const REVIEWED = '2025.9.25';
export const COMMANDS = ['mcpWarden.restartServer', 'mcpWarden.showOutput', 'mcpWarden.lintWorkspace', 'mcpWarden.openRuleDocs', 'mcpWarden.showInventory'];

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `probe` returns a value; fails with `what` (and the last value seen) after `ms`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 30000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(100);
  }
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e run opens the fixture workspace');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export const ruleOf = (diagnostic: vscode.Diagnostic) => (typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code));
export const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((diagnostic) => typeof diagnostic.code === 'object' && diagnostic.code.target.path.includes('/docs/rules/'));
export const unpinned = (uri: vscode.Uri) => ours(uri).filter((diagnostic) => ruleOf(diagnostic) === 'unpinned-package');
export const readDisk = async (uri: vscode.Uri) => Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');

/** The fix titled like `title`; retried because a late file-watcher reload can cancel a code-action request. */
export async function codeAction(uri: vscode.Uri, range: vscode.Range, kind: string, title: RegExp): Promise<vscode.CodeAction> {
  return waitFor(`a "${title.source}" ${kind} action`, async () => {
    try {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
      return actions.find((action) => title.test(action.title));
    } catch (error) {
      if (error instanceof Error && /Canceled/.test(error.message)) return undefined;
      throw error;
    }
  });
}
