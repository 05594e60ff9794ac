/**
 * The latest LintResult of each file (by path), with the document version it was computed for; code actions read it.
 * Open documents are always kept; files linted from disk only in a small LRU (a scan of thousands of files must not
 * hold every syntax tree), plus a few bytes of inventory per file. A file's inventory is worked out when it is asked
 * for, or when its full result leaves the LRU: never per keystroke.
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
  set(entry: CachedLint): void;
  delete(path: string): void;
  /** The servers of every linted file (kept for closed files too). */
  inventory(): InventoryServer[];
  /** Every full result held: open documents and the recently linted closed files. */
  entries(): CachedLint[];
}

/** Closed files whose full result is kept (quick fixes from the Problems panel on recently linted files). */
const CLOSED_FILES_KEPT = 32;

export function createLintCache(inventoryOf: (entry: CachedLint) => readonly InventoryServer[]): LintCache {
  const open = new Map<string, CachedLint>();
  const closed = new Map<string, CachedLint>();
  // undefined: not worked out yet (the full result is in `open` or `closed`).
  const servers = new Map<string, readonly InventoryServer[] | undefined>();
  const serversOf = (path: string, known: readonly InventoryServer[] | undefined): readonly InventoryServer[] => {
    if (known) return known;
    const entry = open.get(path) ?? closed.get(path);
    const computed = entry ? inventoryOf(entry) : [];
    servers.set(path, computed);
    return computed;
  };
  return {
    get: (path) => open.get(path) ?? closed.get(path),
    set(entry) {
      servers.set(entry.path, undefined);
      if (entry.version !== undefined) {
        closed.delete(entry.path);
        open.set(entry.path, entry);
        return;
      }
      open.delete(entry.path);
      closed.delete(entry.path);
      closed.set(entry.path, entry);
      if (closed.size > CLOSED_FILES_KEPT) {
        const oldest = closed.keys().next().value as string;
        serversOf(oldest, servers.get(oldest));
        closed.delete(oldest);
      }
    },
    delete(path) {
      open.delete(path);
      closed.delete(path);
      servers.delete(path);
    },
    inventory: () => [...servers].flatMap(([path, known]) => serversOf(path, known)),
    entries: () => [...open.values(), ...closed.values()],
  };
}
