/**
 * The latest LintResult of each file (by path), with the document version it was computed for; code actions read it.
 * Open documents are always kept; files linted from disk only in a small LRU (a scan of thousands of files must not
 * hold every syntax tree), plus a few bytes of inventory per file.
 */
import type { LintInput, LintResult } from '../engine/index';
import type { InventoryServer } from '../protocol/protocol';

export interface CachedLint {
  readonly path: string;
  /** The URI diagnostics were published under. */
  readonly uri: string;
  /** The open document's version, or undefined for a file linted from disk. */
  readonly version: number | undefined;
  readonly text: string;
  readonly result: LintResult;
  /** What was linted (text, config, exposure), so fix-all can lint its intermediate texts the same way. */
  readonly input: LintInput;
}

export interface LintCache {
  get(path: string): CachedLint | undefined;
  set(entry: CachedLint, inventory: readonly InventoryServer[]): void;
  delete(path: string): void;
  /** The servers of every linted file (kept for closed files too). */
  inventory(): InventoryServer[];
  /** Every full result held: open documents and the recently linted closed files. */
  entries(): CachedLint[];
}

/** Closed files whose full result is kept (quick fixes from the Problems panel on recently linted files). */
const CLOSED_FILES_KEPT = 32;

export function createLintCache(): LintCache {
  const open = new Map<string, CachedLint>();
  const closed = new Map<string, CachedLint>();
  const servers = new Map<string, readonly InventoryServer[]>();
  return {
    get: (path) => open.get(path) ?? closed.get(path),
    set(entry, inventory) {
      servers.set(entry.path, inventory);
      if (entry.version !== undefined) {
        closed.delete(entry.path);
        open.set(entry.path, entry);
        return;
      }
      open.delete(entry.path);
      closed.delete(entry.path);
      closed.set(entry.path, entry);
      if (closed.size > CLOSED_FILES_KEPT) closed.delete(closed.keys().next().value as string);
    },
    delete(path) {
      open.delete(path);
      closed.delete(path);
      servers.delete(path);
    },
    inventory: () => [...servers.values()].flat(),
    entries: () => [...open.values(), ...closed.values()],
  };
}
