/**
 * "Show Server Inventory": the server's Markdown report (every server per host session, its capabilities and the risky
 * flows as a Mermaid chart) in a Markdown preview, from a read-only virtual document (nothing to save, nothing on disk).
 */
import * as vscode from 'vscode';

export const INVENTORY_SCHEME = 'mcp-warden-inventory';
const INVENTORY_URI = vscode.Uri.from({ scheme: INVENTORY_SCHEME, path: '/MCP Server Inventory.md' });

export interface InventoryView extends vscode.Disposable {
  show(markdown: string): Promise<void>;
}

export function createInventoryView(): InventoryView {
  let markdown = '';
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const registration = vscode.workspace.registerTextDocumentContentProvider(INVENTORY_SCHEME, {
    onDidChange: changed.event,
    provideTextDocumentContent: () => markdown,
  });
  return {
    async show(report: string): Promise<void> {
      markdown = report;
      changed.fire(INVENTORY_URI);
      await vscode.commands.executeCommand('markdown.showPreview', INVENTORY_URI);
    },
    dispose(): void {
      registration.dispose();
      changed.dispose();
    },
  };
}
