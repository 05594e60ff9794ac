// Where tools installed only for tests and benchmarks live: outside the repository (vsce and editors need not walk
// them), under MCP_WARDEN_CACHE or ~/.cache/mcp-warden.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export function peerCacheDir(...parts) {
  const base = process.env.MCP_WARDEN_CACHE ? resolve(process.env.MCP_WARDEN_CACHE) : join(homedir(), '.cache', 'mcp-warden');
  return join(base, ...parts);
}
