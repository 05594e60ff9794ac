/** Finds MCP config files under folders (async, batched, no symlinked folders) for the CLI and workspace scans. */
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isCandidatePath } from '../engine/index';

export interface DiscoveryOptions {
  /** Stops the walk; the returned promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Called for every root or folder that cannot be read; the walk goes on. */
  readonly onError?: (path: string, error: Error) => void;
  /** The user's home folder, so that home-only file names (e.g. `~/.claude.json`) are recognised. */
  readonly homeDir?: string;
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
  const context = options.homeDir ? { homeDir: options.homeDir } : {};
  const found = new Set<string>();
  const pending: string[] = [];
  for (const root of roots) {
    signal?.throwIfAborted();
    try {
      const info = await stat(root);
      if (info.isDirectory()) pending.push(root);
      else found.add(root);
    } catch (error) {
      onError?.(root, asError(error));
    }
  }

  const readFolder = async (folder: string): Promise<void> => {
    let dir;
    try {
      dir = await opendir(folder, { bufferSize: 256 });
    } catch (error) {
      onError?.(folder, asError(error));
      return;
    }
    try {
      for await (const entry of dir) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(path);
        } else if (!mightBeConfigName(entry.name)) {
          continue;
        } else if (entry.isFile()) {
          if (isCandidatePath(path, context)) found.add(path);
        } else if (entry.isSymbolicLink() && isCandidatePath(path, context)) {
          // A symlinked config file counts (dotfile managers do this); symlinked folders are never followed.
          const target = await stat(path).catch(() => undefined);
          if (target?.isFile()) found.add(path);
        }
      }
    } catch (error) {
      onError?.(folder, asError(error));
    }
  };

  while (pending.length > 0) {
    signal?.throwIfAborted();
    const batch = pending.splice(0, CONCURRENCY);
    await Promise.all(batch.map(readFolder));
    // Directory reads can complete as a chain of microtasks; let timers and I/O callbacks run between batches.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  signal?.throwIfAborted();
  return [...found].sort();
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
