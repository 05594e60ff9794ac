/** Builds the LanguageClient that runs the bundled language server (dist/server.js) over Node IPC. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { type InitializationOptions } from '../../server/src/protocol/protocol';
import { documentSelector } from './document-selector';
import { mcpFilePatterns } from './manifest';

export const CLIENT_ID = 'mcpWarden';
export const CLIENT_NAME = 'MCP Warden';

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  // No `synchronize.fileEvents`: the server registers its own file watchers (every host's file names, the policy
  // file, the user-level files by relative pattern) through client/registerCapability, so that they work in any LSP
  // client; VS Code creates them for it. Watching here as well would deliver every event twice.
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...documentSelector(mcpFilePatterns(context.extension.packageJSON))],
    outputChannel: output,
    traceOutputChannel: output,
    initializationOptions: (): InitializationOptions => ({ workspaceTrusted: vscode.workspace.isTrusted, askReason: true }),
    markdown: { isTrusted: false, supportHtml: false },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
