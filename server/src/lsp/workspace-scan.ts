/**
 * The server-driven workspace scan: every MCP config in the workspace folders and (when `scanUserConfigs` is on) the
 * user-level files, linted and published without being opened. Open documents go first; the walk and the lints
 * yield to the event loop, and a new scan (folders changed) cancels the running one.
 */
import type { ScanStatusParams } from '../protocol/protocol';
import { isInside, type KnownFiles } from './known-files';
import type { LintScheduler } from './lint-scheduler';
import type { Publisher } from './publisher';
import type { Logger } from './run-safe';
import type { ServerServices } from './services';
import type { SettingsStore } from './settings';

/** Files per lint step; between steps, edits in open documents get their turn. */
const CHUNK = 16;
/** Scans that lint at least this many files end with full garbage collections (about 25 ms each; see release-memory.ts). */
const RELEASE_MEMORY_AFTER_FILES = 100;

export interface ScanProgress {
  begin(): Promise<{ report(message: string, percentage?: number): void; done(): void }>;
  status(params: ScanStatusParams): void;
}

export interface ScanDeps {
  readonly services: ServerServices;
  readonly files: KnownFiles;
  readonly scheduler: LintScheduler;
  readonly publisher: Publisher;
  readonly settings: SettingsStore;
  readonly logger: Logger;
  readonly progress: ScanProgress;
  folders(): readonly string[];
  openPaths(): string[];
  isOpen(path: string): boolean;
}

export interface ScanSummary {
  readonly files: number;
  readonly findings: number;
  readonly cancelled: boolean;
}

export interface WorkspaceScanner {
  /** Rescans everything; resolves when done (or cancelled by a newer scan). */
  scan(): Promise<ScanSummary>;
  cancel(): void;
  /** The user-level files found by the last scan (for file watchers). */
  userFiles(): readonly string[];
}

export function createWorkspaceScanner(deps: ScanDeps): WorkspaceScanner {
  let controller: AbortController | undefined;
  let users: string[] = [];

  const findingsCount = (): number => {
    let total = 0;
    for (const { count } of deps.publisher.published().values()) total += count;
    return total;
  };

  const scan = async (): Promise<ScanSummary> => {
    controller?.abort();
    const own = new AbortController();
    controller = own;
    const signal = own.signal;
    const reporter = await deps.progress.begin();
    let ended = false;
    // Ends the editor's progress before the idle status goes out, so both agree; safe to call twice.
    const progress = {
      report: reporter.report,
      done: (): void => {
        if (!ended) reporter.done();
        ended = true;
      },
    };
    let found = 0;
    let linted = 0;
    const status = (state: ScanStatusParams['state'], message?: string): void => {
      if (state === 'idle') progress.done();
      deps.progress.status({
        state, filesFound: found, filesLinted: linted, ...(state === 'idle' ? { findings: findingsCount() } : {}), ...(message ? { message } : {}),
      });
    };
    try {
      status('scanning');
      // What the user is looking at first.
      await deps.scheduler.now(deps.openPaths());
      progress.report('Looking for MCP config files');
      const folders = deps.folders();
      const workspaceFiles = folders.length === 0 ? [] : await deps.services.findConfigFiles(folders, signal, (path, error) => {
        deps.logger.warn(`Cannot read ${path}: ${error.message}`);
      });
      const settings = await deps.settings.get(undefined);
      const userFiles = settings.scanUserConfigs ? await deps.services.userConfigFiles().catch(() => []) : [];
      if (signal.aborted) return cancelled();
      users = userFiles;
      const forgotten = reconcile(workspaceFiles, userFiles);
      found = deps.files.all().length;
      status('scanning');
      // Files that vanished (or fell out of scope) lose their diagnostics, unless an editor still shows them.
      for (const path of forgotten) if (!deps.isOpen(path)) deps.publisher.clear(path);

      const order = [...userFiles, ...workspaceFiles.filter((path) => !userFiles.includes(path))];
      for (let start = 0; start < order.length; start += CHUNK) {
        if (signal.aborted) return cancelled();
        const chunk = order.slice(start, start + CHUNK);
        await deps.scheduler.now(chunk);
        linted = Math.min(order.length, start + chunk.length);
        progress.report(`${linted}/${order.length} files`, Math.round((linted / Math.max(order.length, 1)) * 100));
        status('scanning');
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (signal.aborted) return cancelled();
      status('idle');
      if (order.length >= RELEASE_MEMORY_AFTER_FILES) deps.services.releaseMemory();
      return { files: found, findings: findingsCount(), cancelled: false };
    } catch (error) {
      if (signal.aborted) return cancelled();
      deps.logger.error(`Workspace scan failed: ${error instanceof Error ? error.message : String(error)}`);
      status('idle', 'The workspace scan failed; see the output channel.');
      return { files: found, findings: findingsCount(), cancelled: false };
    } finally {
      progress.done();
      if (controller === own) controller = undefined;
    }

    function cancelled(): ScanSummary {
      if (controller === own || controller === undefined) status('idle', 'Scan cancelled.');
      return { files: found, findings: findingsCount(), cancelled: true };
    }
  };

  /** Makes the known files equal to what was found; returns the paths that are no longer known. */
  const reconcile = (workspaceFiles: readonly string[], userFiles: readonly string[]): string[] => {
    const keep = new Set([...workspaceFiles, ...userFiles]);
    const forgotten: string[] = [];
    for (const file of deps.files.all()) {
      if (!keep.has(file.path)) {
        deps.files.delete(file.path);
        forgotten.push(file.path);
      } else {
        // Disk text may be stale after a rescan request; read again.
        deps.files.invalidate(file.path);
      }
    }
    for (const path of userFiles) deps.files.add(path, 'user');
    for (const path of workspaceFiles) if (deps.folders().some((folder) => isInside(path, folder))) deps.files.add(path, 'workspace');
    return forgotten;
  };

  return {
    scan,
    cancel: () => controller?.abort(),
    userFiles: () => users,
  };
}
