/**
 * Benchmark (not a test; run `node out/test/cli/discovery.bench.js [files]`): walks a generated tree of 100,000 files
 * and checks the targets the language server relies on: the walk finishes in under 10 s and never stalls the event
 * loop for more than 100 ms. Exits 1 when a target is missed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { findConfigFiles } from '../../server/src/node/discovery';
import { tempDir } from './cli-harness';

const TARGET_MS = 10_000;
const MAX_STALL_MS = 100;

async function main(): Promise<void> {
  const total = Number(process.argv[2] ?? 100_000);
  const { dir, cleanup } = tempDir('mcp-warden-bench-');
  try {
    const perFolder = 100;
    for (let folder = 0; folder * perFolder < total; folder++) {
      const path = join(dir, `pkg-${folder % 50}`, `mod-${folder}`);
      mkdirSync(path, { recursive: true });
      for (let file = 0; file < perFolder; file++) writeFileSync(join(path, `f${file}.js`), '');
      if (folder % 100 === 0) writeFileSync(join(path, '.mcp.json'), '{}');
      if (folder % 10 === 0) mkdirSync(join(path, 'node_modules', 'dep'), { recursive: true });
    }
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    const found = await findConfigFiles([dir]);
    const elapsed = performance.now() - started;
    delay.disable();
    const stall = delay.max / 1e6;
    const memory = process.memoryUsage().rss / (1024 * 1024);
    process.stdout.write(`${total} files: ${found.length} configs in ${elapsed.toFixed(0)} ms; max event-loop stall ${stall.toFixed(1)} ms; rss ${memory.toFixed(0)} MB\n`);
    const missed = [
      elapsed > TARGET_MS ? `walk took ${elapsed.toFixed(0)} ms (target ${TARGET_MS} ms)` : '',
      stall > MAX_STALL_MS ? `event loop stalled ${stall.toFixed(1)} ms (target ${MAX_STALL_MS} ms)` : '',
    ].filter(Boolean);
    if (missed.length > 0) {
      process.stderr.write(`missed: ${missed.join('; ')}\n`);
      process.exitCode = 1;
    }
  } finally {
    cleanup();
  }
}

void main();
