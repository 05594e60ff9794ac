/** Spawns the bundled language server over stdio and talks to it as a real LSP client would (protocol tests). */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type {
  ApplyWorkspaceEditParams, ClientCapabilities, CodeAction, Diagnostic, InitializeResult, PublishDiagnosticsParams, ShowDocumentParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import type { AskReasonParams, InitializationOptions, ScanStatusParams } from '../../server/src/protocol/protocol';

const SERVER = resolve(__dirname, '../../../dist/server.js');

/** What a modern editor (VS Code) announces; tests drop parts to exercise fallbacks. */
export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
    applyEdit: true,
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true, dataSupport: true, disabledSupport: true },
  },
  window: { showDocument: { support: true } },
};

export interface HarnessOptions {
  /** Workspace folder (absolute); none when omitted. */
  readonly workspace?: string;
  /** Fake home folder for user-level configs; a fresh empty temp folder when omitted. */
  readonly home?: string;
  /** `mcpWarden` settings returned for every `workspace/configuration` item. */
  readonly settings?: Record<string, unknown>;
  readonly initializationOptions?: InitializationOptions;
  readonly capabilities?: ClientCapabilities;
  /** Answer to `mcpWarden/askReason` (null = cancel). */
  readonly reason?: string | null;
}

export interface Harness {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly home: string;
  /** The server's answer to `initialize`. */
  initializeResult: InitializeResult | undefined;
  /** Mutable: the next `workspace/configuration` answers use it. */
  settings: Record<string, unknown>;
  readonly publishes: PublishDiagnosticsParams[];
  readonly logs: { type: number; message: string }[];
  readonly appliedEdits: ApplyWorkspaceEditParams[];
  readonly shownDocuments: ShowDocumentParams[];
  readonly askedReasons: AskReasonParams[];
  readonly scanStatus: ScanStatusParams[];
  readonly registrations: unknown[];
  /** `$/progress` notifications (work-done progress of the workspace scan). */
  readonly progress: { token: unknown; value: { kind: string; title?: string; message?: string } }[];
  stderr(): string;
  /** The latest publish for a URI matching `predicate`: already received, or the next one to come. */
  diagnostics(uri: string, predicate?: (params: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** Resolves at the next `mcpWarden/scanStatus` with state idle (or one already received after `since`). */
  scanIdle(since?: number, timeoutMs?: number): Promise<ScanStatusParams>;
  open(uri: string, text: string, version?: number, languageId?: string): void;
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void;
  close(uri: string): void;
  codeActions(uri: string, diagnostics: Diagnostic[], only?: string[], triggerKind?: 1 | 2): Promise<CodeAction[]>;
  dispose(): Promise<void>;
}

export function uriOf(path: string): string {
  return pathToFileURL(path).toString();
}

export function tempFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `mcp-warden-lsp-${prefix}-`));
}

/** Starts `node dist/server.js --stdio`, initializes it and waits for the first workspace scan to finish. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` before the protocol tests`);
  const ownHome = options.home === undefined;
  const home = options.home ?? tempFolder('home');
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(XDG_|APPDATA|CLINE_|LOCALAPPDATA)/.test(key)) env[key] = value;
  }
  env.HOME = home;
  const child = spawn(process.execPath, [SERVER, '--stdio'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));

  const publishes: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; predicate: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
  const scanStatus: ScanStatusParams[] = [];
  const scanWaiters: ((params: ScanStatusParams) => void)[] = [];
  const harness: Harness = {
    connection,
    process: child,
    home,
    initializeResult: undefined,
    settings: options.settings ?? {},
    publishes,
    logs: [],
    appliedEdits: [],
    shownDocuments: [],
    askedReasons: [],
    scanStatus,
    registrations: [],
    progress: [],
    stderr: () => stderr,
    diagnostics(uri, predicate = () => true, timeoutMs = 8000) {
      const latest = [...publishes].reverse().find((params) => params.uri === uri);
      if (latest && predicate(latest)) return Promise.resolve(latest);
      return new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => {
          const seen = publishes.filter((params) => params.uri === uri).map((params) => `v${params.version}: ${params.diagnostics.map((d) => d.code).join(',')}`);
          reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; seen: [${seen.join(' | ')}]; stderr: ${stderr}`));
        }, timeoutMs);
        waiters.push({ uri, predicate, resolve: (params) => { clearTimeout(timer); resolvePromise(params); } });
      });
    },
    scanIdle(since = 0, timeoutMs = 10000) {
      const done = scanStatus.slice(since).find((params) => params.state === 'idle');
      if (done) return Promise.resolve(done);
      return new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => reject(new Error(`no idle scan status within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
        scanWaiters.push((params) => { clearTimeout(timer); resolvePromise(params); });
      });
    },
    open(uri, text, version = 1, languageId = 'jsonc') {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, changes) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    },
    close(uri) {
      void connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    async codeActions(uri, diagnostics, only, triggerKind) {
      const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const result = await connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}), ...(triggerKind ? { triggerKind } : {}) },
      });
      return (result ?? []) as CodeAction[];
    },
    async dispose() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        void connection.sendNotification('exit');
      } catch {
        // the server may already be gone
      }
      await new Promise((r) => setTimeout(r, 50));
      if (child.exitCode === null) child.kill();
      connection.dispose();
      if (ownHome) rmSync(home, { recursive: true, force: true });
    },
  };

  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    publishes.push(params);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.predicate(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  connection.onNotification('mcpWarden/scanStatus', (params: ScanStatusParams) => {
    scanStatus.push(params);
    if (params.state === 'idle') for (const waiter of scanWaiters.splice(0)) waiter(params);
  });
  connection.onNotification('window/logMessage', (params: { type: number; message: string }) => { harness.logs.push(params); });
  connection.onNotification('window/showMessage', (params: { type: number; message: string }) => { harness.logs.push(params); });
  connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) =>
    params.items.map(() => harness.settings));
  connection.onRequest('client/registerCapability', (params: unknown) => { harness.registrations.push(params); return null; });
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('$/progress', (params: Harness['progress'][number]) => { harness.progress.push(params); });
  connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
    harness.appliedEdits.push(params);
    return { applied: true };
  });
  connection.onRequest('window/showDocument', (params: ShowDocumentParams) => {
    harness.shownDocuments.push(params);
    return { success: true };
  });
  connection.onRequest('mcpWarden/askReason', (params: AskReasonParams) => {
    harness.askedReasons.push(params);
    return options.reason === undefined ? 'reviewed by the team' : options.reason;
  });
  connection.listen();

  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`))));
  const folders = options.workspace ? [{ uri: uriOf(options.workspace), name: 'ws' }] : null;
  harness.initializeResult = await Promise.race([
    connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: folders?.[0]?.uri ?? null,
      workspaceFolders: folders,
      capabilities: options.capabilities ?? FULL_CAPABILITIES,
      initializationOptions: options.initializationOptions ?? {},
    }),
    exited,
  ]);
  const firstScan = harness.scanIdle(0, 15000);
  void connection.sendNotification('initialized', {});
  await Promise.race([firstScan, exited]);
  exited.catch(() => undefined);
  return harness;
}

/** Applies LSP text edits to a text (for checking what a code action would produce). */
export function applyTextEdits(text: string, edits: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offsetOf = (position: { line: number; character: number }): number => (lineStarts[position.line] ?? text.length) + position.character;
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offsetOf(edit.range.start)) + edit.newText + result.slice(offsetOf(edit.range.end));
  return result;
}
