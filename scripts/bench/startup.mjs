// Cold start (CLI --version, server initialize), bundle and .vsix sizes, workspace scan time and server memory
// after linting 1,000 config files in a 100,000-file tree.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateTree } from './tree.mjs';
import { startServer } from './lsp-client.mjs';
import { summarize } from './stats.mjs';

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

export async function benchStartup() {
  const samples = [];
  for (let i = 0; i < 10; i++) {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['dist/cli.js', '--version'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`mcp-warden --version failed: ${run.stderr}`);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const version = summarize(samples);
  const sizes = Object.fromEntries(['cli.js', 'server.js', 'extension.js'].filter((f) => existsSync(join('dist', f))).map((f) => [f, statSync(join('dist', f)).size]));
  const vsix = readdirSync('.').find((f) => f.endsWith('.vsix'));
  if (vsix) sizes[vsix] = statSync(vsix).size;
  console.log(`CLI --version: median ${version.median.toFixed(0)} ms`);
  console.log(`sizes: ${Object.entries(sizes).map(([f, b]) => `${f} ${(b / 1024).toFixed(0)} KB`).join(', ')}${vsix ? '' : ' (no .vsix: run npm run package first)'}`);

  const root = mkdtempSync(join(tmpdir(), 'mcp-warden-ws-'));
  try {
    generateTree(root, { configs: 1000, totalFiles: 100_000 });
    const started = process.hrtime.bigint();
    const server = await startServer({ rootPath: root, env: { HOME: join(root, 'no-home') }, settings: { scanUserConfigs: false } });
    try {
      const seen = new Set();
      await server.waitFor((e) => {
        if (e.params.diagnostics.length > 0) seen.add(e.params.uri);
        return seen.size >= 1000 * (2 / 3) - 1;
      }, 300_000);
      const scanMs = Number(process.hrtime.bigint() - started) / 1e6;
      const rss = rssMb(server.child.pid);
      console.log(`server initialize: ${server.initializeMs.toFixed(0)} ms; workspace scan of 1,000 configs in 100,000 files: ${(scanMs / 1000).toFixed(1)} s; server RSS after: ${rss.toFixed(0)} MB (target ≤ 80 MB: ${rss <= 80 ? 'met' : 'MISSED'})`);
      return { cliVersionMedianMs: version.median, serverInitializeMs: server.initializeMs, sizes, workspaceScanMs: scanMs, serverRssMb: rss };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
