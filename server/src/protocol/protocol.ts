/** The contract between the VS Code client and the language server: custom messages, command ids, setting names. */
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';

/** The settings section; every setting is `mcpWarden.<name>`. */
export const SETTINGS_SECTION = 'mcpWarden';

/** Setting names (without the section prefix). All are resource-scoped except `trace.server` (window). */
export const SettingNames = {
  enable: 'enable',
  rules: 'rules',
  minConfidence: 'minConfidence',
  profile: 'profile',
  scanUserConfigs: 'scanUserConfigs',
  network: 'network',
  registries: 'registries',
  reviewedVersions: 'reviewedVersions',
  traceServer: 'trace.server',
} as const;

/**
 * What `workspace/configuration` returns for `{ scopeUri, section: 'mcpWarden' }`. Every field may be missing or
 * malformed: the server normalises it and falls back to defaults.
 */
export interface McpWardenSettings {
  readonly enable?: boolean;
  /** Severity per rule id: `default`, `off`, `error`, `warning`, `info`, `hint`. */
  readonly rules?: Readonly<Record<string, string>>;
  readonly minConfidence?: 'high' | 'medium' | 'low';
  readonly profile?: 'default' | 'pedantic';
  readonly scanUserConfigs?: boolean;
  readonly network?: 'on' | 'off';
  readonly registries?: Readonly<Record<string, string>>;
  /** Keyed `npm:<name>`, `pypi:<name>`, `oci:<image>`. */
  readonly reviewedVersions?: Readonly<Record<string, readonly { version: string; date?: string; by?: string; note?: string }[]>>;
  readonly trace?: { readonly server?: 'off' | 'messages' | 'verbose' };
}

/** The code-action kind of "fix all safe problems" (`editor.codeActionsOnSave: { "source.fixAll.mcpWarden": "explicit" }`). */
export const FIX_ALL_KIND = 'source.fixAll.mcpWarden';

/** Commands the VS Code client registers and contributes (Command Palette). */
export const ClientCommands = {
  restartServer: 'mcpWarden.restartServer',
  showOutput: 'mcpWarden.showOutput',
  lintWorkspace: 'mcpWarden.lintWorkspace',
  openRuleDocs: 'mcpWarden.openRuleDocs',
  showInventory: 'mcpWarden.showInventory',
} as const;

/**
 * Commands the server executes (`workspace/executeCommand`), used by its code actions. They are distinct from the
 * client's ids because vscode-languageclient registers every server command as a VS Code command.
 */
export const ServerCommands = {
  /** Arguments: `[IgnoreFindingArgs]`. Asks for a reason, then writes an inline comment or a `.mcp-warden.json` ignore. */
  ignoreFinding: 'mcpWarden.server.ignoreFinding',
  /** Arguments: `[ruleId: string]`. Opens the rule's docs page with `window/showDocument { external: true }`. */
  openRuleDocs: 'mcpWarden.server.openRuleDocs',
  /** Arguments: none. Rescans the workspace folders and user-level files (same as the `mcpWarden/lintWorkspace` request). */
  lintWorkspace: 'mcpWarden.server.lintWorkspace',
  /** Arguments: `[text: string]`. Shows what the user must still do after a fix (the fix's note). */
  showNote: 'mcpWarden.server.showNote',
} as const;

/** Arguments of `ServerCommands.ignoreFinding`. */
export interface IgnoreFindingArgs {
  readonly uri: string;
  /** The finding's stable key (`Diagnostic.data.key`). */
  readonly key: string;
  readonly ruleId: string;
}

/** `Diagnostic.data` of every MCP Warden diagnostic: enough to find the finding again in the server's cache. */
export interface DiagnosticData {
  readonly ruleId: string;
  readonly key: string;
}

/** `initializationOptions` the VS Code client sends. Other editors send nothing: trusted, no reason prompt. */
export interface InitializationOptions {
  /** False in a VS Code Restricted Mode (untrusted) workspace. Default true. */
  readonly workspaceTrusted?: boolean;
  /** The client answers `mcpWarden/askReason` with an input box. Default false. */
  readonly askReason?: boolean;
}

/** client -> server: the workspace trust changed (VS Code `workspace.onDidGrantWorkspaceTrust`). */
export namespace WorkspaceTrustNotification {
  export const method: 'mcpWarden/workspaceTrust' = 'mcpWarden/workspaceTrust';
  export const type = new NotificationType<WorkspaceTrustParams>(method);
}
export interface WorkspaceTrustParams {
  readonly trusted: boolean;
}

/**
 * server -> client: ask the user why a finding is ignored (an input box). The result is the trimmed reason, or
 * null when the user cancelled (nothing is written then).
 */
export namespace AskReasonRequest {
  export const method: 'mcpWarden/askReason' = 'mcpWarden/askReason';
  export const type = new RequestType<AskReasonParams, string | null, void>(method);
}
export interface AskReasonParams {
  readonly ruleId: string;
  /** The finding's message (never holds a full secret). */
  readonly message: string;
  /** Where the reason will be written: an inline comment in the config, or an ignore in `.mcp-warden.json`. */
  readonly target: 'inline' | 'policy';
}

/** The reason written when the client cannot ask the user (other editors, or the client sent `askReason: false`). */
export const DEFAULT_IGNORE_REASON = 'acknowledged in editor';

/** server -> client: progress of the workspace scan, for a status bar item. Sent at start, while going, and at the end. */
export namespace ScanStatusNotification {
  export const method: 'mcpWarden/scanStatus' = 'mcpWarden/scanStatus';
  export const type = new NotificationType<ScanStatusParams>(method);
}
export interface ScanStatusParams {
  readonly state: 'scanning' | 'idle';
  /** MCP config files found so far (workspace folders + user-level files). */
  readonly filesFound: number;
  /** Files linted so far in this scan. */
  readonly filesLinted: number;
  /** Findings (not suppressed) across every published file, when idle. */
  readonly findings?: number;
  /** Set when the scan was cancelled (folders changed) or failed; the text is for a tooltip. */
  readonly message?: string;
}

/** client -> server: rescan everything now; resolves when the scan is done. */
export namespace LintWorkspaceRequest {
  export const method: 'mcpWarden/lintWorkspace' = 'mcpWarden/lintWorkspace';
  export const type = new RequestType0<LintWorkspaceResult, void>(method);
}
export interface LintWorkspaceResult {
  readonly files: number;
  readonly findings: number;
}

/** client -> server: the MCP servers configured across every linted file (for a "Show Server Inventory" view). */
export namespace InventoryRequest {
  export const method: 'mcpWarden/inventory' = 'mcpWarden/inventory';
  export const type = new RequestType0<InventoryResult, void>(method);
}
export interface InventoryResult {
  readonly servers: readonly InventoryServer[];
  /**
   * The full inventory report (Markdown: every server with its source, pinning, capabilities and the risky flows
   * between them), computed over every known config file when requested.
   */
  readonly markdown?: string;
}
export interface InventoryServer {
  readonly name: string;
  /** The config file's URI and the range of the server's key in it. */
  readonly uri: string;
  readonly line: number;
  readonly host: string;
  readonly scope: string;
  readonly transport: string;
  /** `npx`, `uvx`, `docker`, ... or the command itself. */
  readonly launcher?: string;
  /** `npm:@scope/pkg@1.2.3`, when a package is launched. */
  readonly package?: string;
  readonly url?: string;
  readonly disabled: boolean;
  /** Rule ids of unsuppressed findings about this server. */
  readonly findings: readonly string[];
}
