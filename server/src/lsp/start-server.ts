/** Wires the language server: capabilities from `initialize`, and every handler onto the parts that do the work. */
import {
  CodeActionKind, DidChangeConfigurationNotification, MarkupKind, DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind,
  type Connection, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isCandidatePath } from '../engine/index';
import {
  FIX_ALL_KIND, InventoryRequest, LintWorkspaceRequest, ScanStatusNotification, SETTINGS_SECTION, WorkspaceTrustNotification,
} from '../protocol/protocol';
import { clientFeaturesOf, type ClientFeatures } from './client-features';
import { codeActions } from './code-actions';
import { applyFileEvents, fileWatchers, userFileWatchers } from './file-watch';
import { ALL_SERVER_COMMANDS, createCommandRunner } from './commands';
import { inventoryOf, inventoryReport, inventoryResult } from './inventory';
import { createKnownFiles, isInside, projectKey } from './known-files';
import { createLintCache, type CachedLint } from './lint-cache';
import { createLintRunner } from './lint-runner';
import { createLintScheduler } from './lint-scheduler';
import { createPublisher } from './publisher';
import { serverHoverAt } from './server-hover';
import { runDetached, runSafe, type Logger } from './run-safe';
import type { ServerServices } from './services';
import { createSettingsStore } from './settings';
import { uriToPath } from './uris';
import { warmUpEngine, WARM_UP_LINTS } from './warm-up';
import type { ReadCurrent } from './workspace-edits';
import { createWorkspaceScanner } from './workspace-scan';

export function startServer(connection: Connection, services: ServerServices): void {
  const logger: Logger = {
    error: (message) => connection.console.error(message),
    warn: (message) => connection.console.warn(message),
    info: (message) => connection.console.info(message),
  };
  const documents = new TextDocuments(TextDocument);
  const openByPath = new Map<string, TextDocument>();
  const justOpened = new Set<string>();
  let features: ClientFeatures | undefined;
  let trusted = true;
  let folders: string[] = [];
  let pushedSettings: unknown;
  let shuttingDown = false;

  const files = createKnownFiles();
  const cache = createLintCache((entry) => inventoryOf([entry]));
  const publisher = createPublisher(connection);
  const settings = createSettingsStore(
    (scopeUris) => features?.configuration
      ? connection.workspace.getConfiguration(scopeUris.map((scopeUri) => ({ section: SETTINGS_SECTION, ...(scopeUri ? { scopeUri } : {}) })))
      : Promise.resolve(scopeUris.map(() => (pushedSettings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION])),
    () => pushedSettings,
    logger,
  );
  const runner = createLintRunner({
    services, settings, files, cache, publisher, logger,
    openDocument: (path) => openByPath.get(path),
    openPaths: () => [...openByPath.keys()],
    folders: () => folders,
    trusted: () => trusted,
    relatedInformation: () => features?.relatedInformation ?? false,
  });
  const scheduler = createLintScheduler((paths) => runSafe(logger, 'lint', undefined, () => runner.lintPaths(paths)));
  const scanner = createWorkspaceScanner({
    services, files, scheduler, publisher, settings, logger,
    folders: () => folders,
    openPaths: () => [...openByPath.keys()],
    isOpen: (path) => openByPath.has(path),
    progress: {
      begin: async () => {
        if (!features?.workDoneProgress) return { report: () => undefined, done: () => undefined };
        const reporter = await connection.window.createWorkDoneProgress().catch(() => undefined);
        reporter?.begin('MCP Warden', 0, 'Scanning MCP config files', false);
        return { report: (message, percentage) => reporter?.report(percentage ?? 0, message), done: () => reporter?.done() };
      },
      status: (params) => void connection.sendNotification(ScanStatusNotification.type, params),
    },
  });
  const rescan = (): void => runDetached(logger, 'workspace scan', () => scanner.scan());

  const readCurrent: ReadCurrent = async (path) => {
    const open = openByPath.get(path);
    if (open) return { text: open.getText(), version: open.version };
    const read = await services.readFile(path);
    if (read.ok) return { text: read.text, version: null };
    if (read.reason === 'missing') return undefined;
    throw new Error(`cannot read ${path}: ${read.message}`);
  };

  /** The cache entry for the document's current version, linting now when the cache is behind. */
  const freshEntry = async (uri: string): Promise<CachedLint | undefined> => {
    const path = uriToPath(uri);
    if (path === undefined) return undefined;
    const open = openByPath.get(path);
    let entry = cache.get(path);
    // Open and behind, or closed and evicted from the cache: lint now.
    if ((open && entry?.version !== open.version) || (!open && !entry && files.get(path))) {
      await scheduler.now([path]);
      entry = cache.get(path);
    }
    return open && entry?.version !== open.version ? undefined : entry;
  };

  connection.onInitialize((params): InitializeResult => {
    features = clientFeaturesOf(params);
    trusted = features.trusted;
    folders = (params.workspaceFolders ?? [])
      .map((folder) => uriToPath(folder.uri))
      .filter((path): path is string => path !== undefined);
    if (folders.length === 0 && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root) folders = [root];
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: features.codeActionLiterals ? { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } : true,
        executeCommandProvider: { commands: [...ALL_SERVER_COMMANDS] },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'mcp-warden' },
    };
  });

  connection.onInitialized(() => runDetached(logger, 'initialized', async () => {
    if (features?.configurationRegistration) await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    if (features?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => uriToPath(folder.uri)));
        const added = event.added.map((folder) => uriToPath(folder.uri)).filter((path): path is string => path !== undefined);
        folders = [...folders.filter((folder) => !removed.has(folder)), ...added];
        rescan();
      });
    }
    if (features?.watcherRegistration) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: fileWatchers([], false) });
    }
    const scanned = await scanner.scan();
    // User-level files live outside the workspace: watched by relative pattern, once the scan has found them.
    const userFiles = scanner.userFiles();
    if (features?.watcherRegistration && features.relativePatterns && userFiles.length > 0) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: userFileWatchers(userFiles) });
    }
    if (scanned.files < WARM_UP_LINTS) runDetached(logger, 'warm-up', () => warmUpEngine(WARM_UP_LINTS, { busy: scheduler.busy, stopped: () => shuttingDown }));
  }));

  documents.onDidOpen((event) => {
    const path = uriToPath(event.document.uri);
    if (path === undefined) return;
    openByPath.set(path, event.document);
    justOpened.add(path);
    void scheduler.now([path]);
  });
  documents.onDidChangeContent((event) => {
    const path = uriToPath(event.document.uri);
    if (path === undefined) return;
    openByPath.set(path, event.document);
    if (justOpened.delete(path)) return;
    scheduler.schedule(path);
  });
  documents.onDidClose((event) => {
    const path = uriToPath(event.document.uri);
    if (path === undefined) return;
    openByPath.delete(path);
    justOpened.delete(path);
    scheduler.cancel(path);
    const inWorkspace = folders.some((folder) => isInside(path, folder));
    if (files.get(path) || (inWorkspace && isCandidatePath(path, { homeDir: services.homeDir }))) {
      // Back to the disk version: unsaved edits are gone; a deleted file or one no longer an MCP config is cleared.
      files.add(path, 'workspace');
      files.invalidate(path);
      void scheduler.now([path]);
    } else {
      cache.delete(path);
      publisher.clear(path);
    }
  });

  connection.onDidChangeConfiguration((change) => {
    pushedSettings = change.settings;
    settings.clear();
    runner.invalidate();
    rescan();
  });

  connection.onNotification(WorkspaceTrustNotification.type, (params) => {
    if (typeof params?.trusted !== 'boolean' || params.trusted === trusted) return;
    trusted = params.trusted;
    runner.invalidate();
    rescan();
  });

  connection.onDidChangeWatchedFiles((params) => runDetached(logger, 'file change', async () => {
    const outcome = applyFileEvents(params.changes, files, { folders, homeDir: services.homeDir, userFiles: scanner.userFiles() });
    for (const path of [...outcome.relint, ...outcome.deleted]) runner.forgetDiskState(path);
    for (const path of outcome.deleted) {
      if (!openByPath.has(path)) {
        cache.delete(path);
        publisher.clear(path);
      }
    }
    if (outcome.policyChanged) {
      runner.invalidate();
      await scheduler.now([...new Set([...openByPath.keys(), ...files.all().map((file) => file.path)])]);
      return;
    }
    // Peers of a deleted file: cross-file findings that involved it must go.
    const deletedProjects = new Set(outcome.deleted.map((path) => projectKey(path, folders)));
    const peers = files.all().map((file) => file.path).filter((path) => deletedProjects.has(projectKey(path, folders)));
    const paths = [...new Set([...outcome.relint, ...peers])];
    if (paths.length > 0) await scheduler.now(paths);
  }));

  connection.onCodeAction((params, token) => runSafe(logger, 'code actions', [], async () => {
    const entry = await freshEntry(params.textDocument.uri);
    if (!entry || !features) return [];
    const network = trusted && (await settings.get(entry.uri)).network;
    return codeActions(params, entry, { edits: features, readCurrent, network, disabledActions: features.disabledCodeActions });
  }, token));

  const runCommand = createCommandRunner({
    connection, services, settings, logger, readCurrent, freshEntry,
    features: () => features,
    trusted: () => trusted,
    folders: () => folders,
    rescan: () => {
      runner.forgetDiskState();
      return scanner.scan();
    },
    policyChanged: async () => {
      runner.invalidate();
      await scheduler.now([...new Set([...openByPath.keys(), ...files.all().map((file) => file.path)])]);
    },
  });
  connection.onExecuteCommand((params) => runSafe(logger, `command ${params.command}`, null, async () => {
    await runCommand(params.command, params.arguments ?? []);
    return null;
  }));

  connection.onRequest(LintWorkspaceRequest.type, () => runSafe(logger, 'lint workspace', { files: 0, findings: 0 }, async () => {
    runner.forgetDiskState();
    const summary = await scanner.scan();
    return { files: summary.files, findings: summary.findings };
  }));

  connection.onHover((params, token) => runSafe(logger, 'hover', null, async () => {
    const entry = await freshEntry(params.textDocument.uri);
    if (!entry) return null;
    const markdown = serverHoverAt(entry, entry.result.lines.offsetAt(params.position), cache.entries());
    return markdown ? { contents: { kind: MarkupKind.Markdown, value: markdown } } : null;
  }, token));

  connection.onRequest(InventoryRequest.type, () => runSafe(logger, 'inventory', { servers: [] }, async () => {
    const paths = [...new Set([...openByPath.keys(), ...files.all().map((file) => file.path)])].sort();
    const report = await inventoryReport(paths, { readCurrent, homeDir: services.homeDir, today: services.today(), folders });
    return { ...inventoryResult(cache.inventory()), ...(report !== undefined ? { markdown: report } : {}) };
  }));

  connection.onShutdown(() => {
    shuttingDown = true;
    scanner.cancel();
    scheduler.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
