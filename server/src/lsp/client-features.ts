/** What the connected client can do, read once from `initialize`; features are used only when supported. */
import type { ClientCapabilities, InitializeParams } from 'vscode-languageserver';
import type { InitializationOptions } from '../protocol/protocol';

export interface ClientFeatures {
  readonly configuration: boolean;
  readonly configurationRegistration: boolean;
  readonly workspaceFolders: boolean;
  readonly relatedInformation: boolean;
  readonly codeActionLiterals: boolean;
  /** Code actions may be shown disabled, with the reason (LSP 3.16). */
  readonly disabledCodeActions: boolean;
  readonly documentChanges: boolean;
  readonly createFiles: boolean;
  readonly showDocument: boolean;
  readonly workDoneProgress: boolean;
  readonly watcherRegistration: boolean;
  readonly relativePatterns: boolean;
  /** The client answers `mcpWarden/askReason` (VS Code client). */
  readonly askReason: boolean;
  /** Initial workspace trust (VS Code Restricted Mode sends false). */
  readonly trusted: boolean;
}

export function clientFeaturesOf(params: InitializeParams): ClientFeatures {
  const caps: ClientCapabilities = params.capabilities;
  const options = (typeof params.initializationOptions === 'object' && params.initializationOptions !== null
    ? params.initializationOptions : {}) as InitializationOptions;
  return {
    configuration: caps.workspace?.configuration === true,
    configurationRegistration: caps.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    workspaceFolders: caps.workspace?.workspaceFolders === true,
    relatedInformation: caps.textDocument?.publishDiagnostics?.relatedInformation === true,
    codeActionLiterals: caps.textDocument?.codeAction?.codeActionLiteralSupport !== undefined,
    disabledCodeActions: caps.textDocument?.codeAction?.disabledSupport === true,
    documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
    createFiles: caps.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true,
    showDocument: caps.window?.showDocument?.support === true,
    workDoneProgress: caps.window?.workDoneProgress === true,
    watcherRegistration: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    relativePatterns: caps.workspace?.didChangeWatchedFiles?.relativePatternSupport === true,
    askReason: options.askReason === true,
    trusted: options.workspaceTrusted !== false,
  };
}
