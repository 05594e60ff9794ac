/** The tool's version, read from the package.json that ships next to the bundle (or above the compiled sources). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cached: string | undefined;

export function toolVersion(): string {
  if (cached) return cached;
  let folder = __dirname;
  for (;;) {
    const candidate = join(folder, 'package.json');
    if (existsSync(candidate)) {
      try {
        const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: unknown; version?: unknown };
        if (pkg.name === 'mcp-warden' && typeof pkg.version === 'string') return (cached = pkg.version);
      } catch {
        // Not our package.json; keep walking up.
      }
    }
    const parent = dirname(folder);
    if (parent === folder) return (cached = '0.0.0-unknown');
    folder = parent;
  }
}

export const TOOL_NAME = 'mcp-warden';
export const INFORMATION_URI = 'https://github.com/mcp-warden/mcp-warden';
