/** Hover on a server's name: its inventory card (source, pinning, capabilities with reasons, secret names, combinations). */
import { inventoryServerAt, renderServerCard } from '../engine/index';
import type { LintResult } from '../engine/index';
import type { CachedLint } from './lint-cache';

/**
 * The Markdown card of the server whose name covers `offset` in `entry`, or undefined elsewhere. The other cached
 * files of the same host are included, so combinations with user-level files show up in the card.
 */
export function serverHoverAt(entry: CachedLint, offset: number, cached: Iterable<CachedLint>): string | undefined {
  const config = entry.result.config;
  const server = config?.servers.find((s) => offset >= s.nameSpan.offset && offset <= s.nameSpan.offset + s.nameSpan.length);
  if (!config || !server) return undefined;
  const results: LintResult[] = [entry.result];
  for (const other of cached) {
    if (other.path !== entry.path && other.result.config?.host.id === config.host.id) results.push(other.result);
  }
  const card = inventoryServerAt(results, entry.result.path, server.name);
  return card ? renderServerCard(card, '####').join('\n') : undefined;
}
