/** Finds MCP config files under folders (async, batched, no symlinked folders) for the CLI and workspace scans. */
import { join } from 'node:path';
import { isCandidatePath } from '../engine/index';
import { NON_BLOCKING, type FileAccess } from './file-access';

export interface DiscoveryOptions {
  /** Stops the walk; the returned promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Called for every root or folder that cannot be read; the walk goes on. */
  readonly onError?: (path: string, error: Error) => void;
  /** The user's home folder, so that home-only file names (e.g. `~/.claude.json`) are recognised. */
  readonly homeDir?: string;
  /** How folders are read (default: through the thread pool). */
  readonly files?: FileAccess;
}

/**
 * Folders that never hold MCP configs but can hold very many files: package stores, VCS metadata, virtual
 * environments and tool caches. Dot-folders in general are NOT skipped: `.vscode`, `.cursor`, `.gemini`, ... are
 * exactly where configs live.
 */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  'node_modules', 'bower_components', 'jspm_packages',
  '.git', '.hg', '.svn', '.jj',
  '.venv', 'venv', '__pycache__', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache',
  '.gradle', '.m2', '.terraform', '.next', '.nuxt', '.svelte-kit', '.turbo', '.parcel-cache', '.yarn',
  '.pnpm-store', '.npm', '.cargo', '.rustup',
]);

/** How many folders are read at once; keeps file descriptors bounded and the event loop responsive. */
const CONCURRENCY = 16;

/**
 * Every file name a host reads ends like this (test/cli/discovery.test.ts checks it against each host's
 * `filePatterns`); names that do not are dropped before the costlier per-host path match.
 */
const CONFIG_EXTENSION = /\.(?:json|jsonc|toml|ya?ml|code-workspace)$/i;

/** Cheap first test of a file name: false means no host reads a file of this name. */
export function mightBeConfigName(name: string): boolean {
  return CONFIG_EXTENSION.test(name);
}

/**
 * Returns candidate config files, sorted. Files among `roots` are taken as given (whatever their name); folders are
 * walked, keeping files whose path some host reads. Missing or unreadable roots and folders go to `onError`.
 */
export async function findConfigFiles(roots: readonly string[], options: DiscoveryOptions = {}): Promise<string[]> {
  const { signal, onError } = options;
  const files = options.files ?? NON_BLOCKING;
  const context = options.homeDir ? { homeDir: options.homeDir } : {};
  const found = new Set<string>();
  const pending: string[] = [];
  for (const root of roots) {
    signal?.throwIfAborted();
    try {
      const info = await files.stat(root);
      if (info.isDirectory()) pending.push(root);
      else found.add(root);
    } catch (error) {
      onError?.(root, asError(error));
    }
  }

  const readFolder = async (folder: string): Promise<void> => {
    let entries;
    try {
      // One call per folder: a directory iterator costs an await per entry, and most entries are dropped by name.
      entries = await files.readdir(folder);
    } catch (error) {
      onError?.(folder, asError(error));
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(join(folder, entry.name));
      } else if (!mightBeConfigName(entry.name)) {
        continue;
      } else if (entry.isFile()) {
        const path = join(folder, entry.name);
        if (isCandidatePath(path, context)) found.add(path);
      } else if (entry.isSymbolicLink()) {
        const path = join(folder, entry.name);
        if (!isCandidatePath(path, context)) continue;
        // A symlinked config file counts (dotfile managers do this); symlinked folders are never followed.
        const target = await files.stat(path).catch(() => undefined);
        if (target?.isFile()) found.add(path);
      }
    }
  };

  // A pool rather than batches: a slow folder does not hold back the others. Each read is its own I/O callback, so
  // timers and requests run between folders.
  const walker = async (): Promise<void> => {
    for (let folder = pending.shift(); folder !== undefined; folder = pending.shift()) {
      signal?.throwIfAborted();
      await readFolder(folder);
    }
  };
  while (pending.length > 0) {
    // A walker stops when the queue is empty for a moment; folders found meanwhile start another round.
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, pending.length) }, walker));
  }
  signal?.throwIfAborted();
  return [...found].sort();
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
