/** The status bar item shown while the language server scans the workspace (from its scan-status notification). */
import * as vscode from 'vscode';
import { ClientCommands, type ScanStatusParams } from '../../server/src/protocol/protocol';

export interface ScanStatusItem extends vscode.Disposable {
  update(status: ScanStatusParams): void;
  /** The last status received (the e2e suite reads it through the extension's API). */
  readonly last: ScanStatusParams | undefined;
}

export function createScanStatusItem(): ScanStatusItem {
  const item = vscode.window.createStatusBarItem('mcpWarden.scanStatus', vscode.StatusBarAlignment.Left, 10);
  item.name = 'MCP Warden scan';
  item.command = ClientCommands.showOutput;
  let last: ScanStatusParams | undefined;
  return {
    get last() { return last; },
    update(status) {
      last = status;
      if (status.state === 'scanning') {
        const progress = status.filesFound > 0 ? ` ${status.filesLinted}/${status.filesFound}` : '';
        item.text = `$(sync~spin) MCP Warden${progress}`;
        item.tooltip = `MCP Warden is linting the MCP configs of the workspace and of this machine${status.message ? `\n${status.message}` : ''}`;
        item.show();
      } else {
        item.hide();
      }
    },
    dispose: () => item.dispose(),
  };
}
