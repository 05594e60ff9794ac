/** The VS Code extension's entry point: starts the language server and wires the editor-only UI around it. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AskReasonRequest, ScanStatusNotification, WorkspaceTrustNotification, type ScanStatusParams } from '../../server/src/protocol/protocol';
import { askReason } from './ask-reason';
import { registerCommands } from './commands';
import { CLIENT_NAME, createLanguageClient } from './language-client';
import { createScanStatusItem } from './scan-status';

/** What `activate` returns: lets the e2e suite (and other extensions) see the client's state. */
export interface McpWardenApi {
  readonly client: LanguageClient;
  /** The last scan status the server sent, if any. */
  scanStatus(): ScanStatusParams | undefined;
  /** Milliseconds from activation to a running language server (reported by the e2e run). */
  readonly activationMs: number;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<McpWardenApi> {
  const started = Date.now();
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(output);
  const languageClient = createLanguageClient(context, output);
  client = languageClient;
  const scanStatus = createScanStatusItem();
  context.subscriptions.push(scanStatus);

  // Handlers registered before start() survive restarts.
  context.subscriptions.push(
    languageClient.onNotification(ScanStatusNotification.type, (status) => scanStatus.update(status)),
    languageClient.onRequest(AskReasonRequest.type, (params) => askReason(params)),
    // Restricted Mode ignores the workspace's own suppressions and policy; granting trust lifts that at once.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (languageClient.isRunning()) void languageClient.sendNotification(WorkspaceTrustNotification.type, { trusted: true });
    }),
  );
  registerCommands(context, languageClient, output);

  try {
    await languageClient.start();
  } catch (error) {
    // The commands stay registered so that "Show Output" and "Restart Server" still work.
    output.error(`the MCP Warden language server did not start: ${String(error)}`);
    void vscode.window.showErrorMessage('MCP Warden: the language server did not start. See "MCP Warden: Show Output".');
  }
  const activationMs = Date.now() - started;
  output.info(`activated in ${activationMs} ms`);
  return { client: languageClient, scanStatus: () => scanStatus.last, activationMs };
}

export async function deactivate(): Promise<void> {
  if (client?.isRunning()) await client.stop();
  client = undefined;
}
