// Generates a tree of MCP config files of mixed hosts (dirty and clean) for CLI and workspace-scan benchmarks,
// optionally padded with ordinary source files to reach a total file count.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { server } from '../lib/generate-configs.mjs';

const LAYOUTS = [
  { path: '.vscode/mcp.json', key: 'servers' },
  { path: '.cursor/mcp.json', key: 'mcpServers' },
  { path: '.mcp.json', key: 'mcpServers' },
  { path: '.gemini/settings.json', key: 'mcpServers' },
  { path: '.roo/mcp.json', key: 'mcpServers' },
  { path: '.amazonq/mcp.json', key: 'mcpServers' },
  { path: 'claude_desktop_config.json', key: 'mcpServers' },
  { path: '.zed/settings.json', key: 'context_servers' },
];

export function generateTree(root, { configs = 1000, totalFiles = configs } = {}) {
  let written = 0;
  for (let i = 0; i < configs; i++) {
    const layout = LAYOUTS[i % LAYOUTS.length];
    const file = join(root, `project-${Math.floor(i / LAYOUTS.length)}`, layout.path);
    mkdirSync(join(file, '..'), { recursive: true });
    const servers = {};
    for (let s = 0; s < 5; s++) servers[`s${s}`] = server(i * 5 + s, { dirty: i % 3 !== 0 });
    writeFileSync(file, JSON.stringify({ [layout.key]: servers }, null, 2) + '\n');
    written++;
  }
  for (let i = 0; written < totalFiles; i++) {
    const dir = join(root, `src-${Math.floor(i / 1000)}`, `module-${Math.floor(i / 50) % 20}`);
    if (i % 50 === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `file-${i}.ts`), `export const value${i} = ${i};\n`);
    written++;
  }
  return written;
}
