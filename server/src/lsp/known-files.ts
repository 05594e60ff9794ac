/** The MCP config files the server knows besides open documents: found in workspace folders or at user level, with their disk text. */
import { dirname, sep } from 'node:path';

export type FileOrigin = 'workspace' | 'user';

export interface KnownFile {
  readonly path: string;
  readonly origin: FileOrigin;
  /** Disk text, loaded on first lint and dropped when the file changes on disk. */
  text?: string;
}

export interface KnownFiles {
  get(path: string): KnownFile | undefined;
  add(path: string, origin: FileOrigin): KnownFile;
  delete(path: string): boolean;
  /** Drops the cached disk text (the file changed on disk). */
  invalidate(path: string): void;
  all(): KnownFile[];
  ofOrigin(origin: FileOrigin): KnownFile[];
}

export function createKnownFiles(): KnownFiles {
  const files = new Map<string, KnownFile>();
  return {
    get: (path) => files.get(path),
    add(path, origin) {
      const existing = files.get(path);
      // A user-level file inside a workspace folder stays a user file: that is how hosts load it.
      if (existing && (existing.origin === origin || existing.origin === 'user')) return existing;
      const file: KnownFile = { path, origin, ...(existing?.text !== undefined ? { text: existing.text } : {}) };
      files.set(path, file);
      return file;
    },
    delete: (path) => files.delete(path),
    invalidate(path) {
      const file = files.get(path);
      if (file) delete file.text;
    },
    all: () => [...files.values()],
    ofOrigin: (origin) => [...files.values()].filter((file) => file.origin === origin),
  };
}

/** True when `path` is `folder` or inside it. */
export function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * The project a config belongs to: its folder, above any dot-folder (`/ws/app/.vscode/mcp.json` -> `/ws/app`).
 * A host loads the project files of one project root together (plus the user's files), so these are linted as one
 * session and cross-file rules see them together.
 */
export function projectKey(path: string, folders: readonly string[]): string {
  const folder = folders.filter((candidate) => isInside(path, candidate)).sort((a, b) => b.length - a.length)[0];
  const base = folder ?? '';
  const rest = dirname(path).slice(base.length).split(sep);
  const kept: string[] = [];
  for (const segment of rest) {
    if (segment.startsWith('.')) break;
    kept.push(segment);
  }
  return base + kept.join(sep);
}
