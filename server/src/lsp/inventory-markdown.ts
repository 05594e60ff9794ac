/** The inventory report (Markdown with the risky-flow diagram) of every linted file, for "Show Server Inventory". */
import { buildInventory, renderInventoryMarkdown } from '../engine/index';
import type { CachedLint } from './lint-cache';

/** Paths are shown relative to the first workspace folder that holds them. */
export function inventoryMarkdown(entries: Iterable<Pick<CachedLint, 'path' | 'result'>>, folders: readonly string[]): string {
  const results = [...entries].map((entry) => entry.result);
  const show = (path: string): string => {
    const normal = path.replace(/\\/g, '/');
    const folder = folders.map((f) => f.replace(/\\/g, '/').replace(/\/+$/, '')).find((f) => normal.startsWith(`${f}/`));
    return folder ? normal.slice(folder.length + 1) : normal;
  };
  return renderInventoryMarkdown(buildInventory(results, { displayPath: show }));
}
