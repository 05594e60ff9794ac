/** The workspace scanner with fake services: big scans end by giving memory back, small ones do not bother. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createKnownFiles } from '../../server/src/lsp/known-files';
import { createLintScheduler } from '../../server/src/lsp/lint-scheduler';
import { createPublisher } from '../../server/src/lsp/publisher';
import type { ServerServices } from '../../server/src/lsp/services';
import { createSettingsStore } from '../../server/src/lsp/settings';
import { createWorkspaceScanner } from '../../server/src/lsp/workspace-scan';
import { releaseMemory } from '../../server/src/node/release-memory';

const silent = { error: () => {}, warn: () => {}, info: () => {} };

function scannerOver(fileCount: number) {
  let releases = 0;
  const linted: string[] = [];
  const paths = Array.from({ length: fileCount }, (_, i) => `/ws/p${i}/.mcp.json`);
  const services = {
    homeDir: '/home/u',
    findConfigFiles: async () => paths,
    userConfigFiles: async () => [],
    releaseMemory: () => {
      releases++;
    },
  } as unknown as ServerServices;
  const scanner = createWorkspaceScanner({
    services,
    files: createKnownFiles(),
    scheduler: createLintScheduler(async (batch) => {
      linted.push(...batch);
    }),
    publisher: createPublisher({ sendDiagnostics: async () => {} }),
    settings: createSettingsStore(undefined, () => ({ scanUserConfigs: false }), silent),
    logger: silent,
    progress: { begin: async () => ({ report: () => {}, done: () => {} }), status: () => {} },
    folders: () => ['/ws'],
    openPaths: () => [],
    isOpen: () => false,
  });
  return { scanner, linted, releases: () => releases };
}

describe('lsp: workspace scan and memory', () => {
  it('asks for a full collection once a scan of 100 or more files has ended', async () => {
    const { scanner, linted, releases } = scannerOver(120);
    const summary = await scanner.scan();
    assert.equal(summary.cancelled, false);
    assert.equal(linted.length, 120);
    assert.equal(releases(), 1);
  });

  it('leaves small scans alone (nothing worth a collection)', async () => {
    const { scanner, linted, releases } = scannerOver(99);
    await scanner.scan();
    assert.equal(linted.length, 99);
    assert.equal(releases(), 0);
  });

  it('does not collect for a scan cancelled by a newer one', async () => {
    const { scanner, releases } = scannerOver(300);
    const first = scanner.scan();
    const second = scanner.scan();
    assert.equal((await first).cancelled, true);
    assert.equal((await second).cancelled, false);
    assert.equal(releases(), 1);
  });

  it('releaseMemory really collects: unreachable objects are freed at once', () => {
    let garbage: unknown[] | undefined = Array.from({ length: 400_000 }, (_, i) => ({ index: i, label: `item ${i}` }));
    const before = process.memoryUsage().heapUsed;
    assert.ok(garbage.length > 0);
    garbage = undefined;
    releaseMemory();
    const after = process.memoryUsage().heapUsed;
    assert.ok(before - after > 10 * 1024 * 1024, `heap used went from ${before >> 20} MB to ${after >> 20} MB`);
  });
});
