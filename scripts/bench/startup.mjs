// Cold start (CLI --version, server initialize), bundle and .vsix sizes, workspace scan time and server memory
// after linting 1,000 config files in a 100,000-file tree.
import { existsSync, mkdtempSync, rmSync, statSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateTree } from './tree.mjs';
import { startServer } from './lsp-client.mjs';
import { summarize } from './stats.mjs';

/** Long enough for the server's post-scan garbage collections to have run. */
const SETTLE_MS = 8000;

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** Packs the extension as `npm run package` would (vsce, its secret scan included) into a scratch folder. */
function packedVsixBytes() {
  const scratch = mkdtempSync(join(tmpdir(), 'mcp-warden-vsix-'));
  try {
    const out = join(scratch, 'mcp-warden.vsix');
    const run = spawnSync(process.execPath, ['scripts/pack-vsix.mjs', '--out', out], { encoding: 'utf8', timeout: 120_000 });
    if (run.status !== 0) throw new Error(`packing the .vsix failed: ${run.stderr || run.stdout}`);
    return statSync(out).size;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
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
  sizes['mcp-warden.vsix'] = packedVsixBytes();
  console.log(`CLI --version: median ${version.median.toFixed(0)} ms`);
  console.log(`sizes: ${Object.entries(sizes).map(([f, b]) => `${f} ${(b / 1024).toFixed(0)} KB`).join(', ')}`);

  const root = mkdtempSync(join(tmpdir(), 'mcp-warden-ws-'));
  try {
    generateTree(root, { configs: 1000, totalFiles: 100_000 });
    const started = process.hrtime.bigint();
    const server = await startServer({ rootPath: root, env: { HOME: join(root, 'no-home') }, settings: { scanUserConfigs: false } });
    try {
      const summary = await server.waitForScanIdle();
      const scanMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (summary.filesLinted < 1000) throw new Error(`the scan linted ${summary.filesLinted} files, expected 1,000`);
      const rssAtEnd = rssMb(server.child.pid);
      // The server collects garbage when a scan ends and a few times over the next seconds (src/node/release-memory.ts).
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const rss = rssMb(server.child.pid);
      console.log(`server initialize: ${server.initializeMs.toFixed(0)} ms; workspace scan of 1,000 configs in 100,000 files: ${(scanMs / 1000).toFixed(1)} s`);
      console.log(`server RSS: ${rssAtEnd.toFixed(0)} MB when the scan ends, ${rss.toFixed(0)} MB ${SETTLE_MS / 1000} s later (target ≤ 80 MB: ${rss <= 80 ? 'met' : 'MISSED'})`);
      return { cliVersionMedianMs: version.median, serverInitializeMs: server.initializeMs, sizes, workspaceScanMs: scanMs, serverRssAtScanEndMb: rssAtEnd, serverRssMb: rss };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
