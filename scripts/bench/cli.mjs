// The CLI over a generated tree of 1,000 config files, against ferret-scan and secretlint on the same tree.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ensurePeers } from '../lib/peers.mjs';
import { generateTree } from './tree.mjs';
import { summarize } from './stats.mjs';

const READ_FLOOR = fileURLToPath(new URL('./read-floor.mjs', import.meta.url));

function timeCommand(command, args, runs) {
  const samples = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    last = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 << 20 });
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { ...summarize(samples), last };
}

export async function benchCli({ peers: withPeers = true } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'mcp-warden-tree-'));
  try {
    generateTree(root, { configs: 1000 });
    const ours = timeCommand(process.execPath, ['dist/cli.js', 'check', root, '--format', 'json', '--min-severity', 'hint'], 5);
    if (ours.last.status !== 0 && ours.last.status !== 1) throw new Error(`mcp-warden failed: ${ours.last.stderr}`);
    const report = JSON.parse(ours.last.stdout);
    const findings = report.files.reduce((n, f) => n + f.findings.length, 0);
    const result = { files: report.files.length, mcpWarden: { medianMs: ours.median, findings } };
    console.log(`mcp-warden: ${report.files.length} files, ${findings} findings, median ${ours.median.toFixed(0)} ms`);
    const floor = timeCommand(process.execPath, [READ_FLOOR, root], 5);
    result.floor = { medianMs: floor.median };
    console.log(`floor (node starts, walks the tree and reads every file, no rule): median ${floor.median.toFixed(0)} ms`);
    if (!withPeers) return result;
    const peers = ensurePeers();
    // secretlint needs Node 22 and gets it from npm: the same binary runs mcp-warden, so one ratio compares tools alone.
    const oursOnPeerNode = timeCommand(peers.node22, ['dist/cli.js', 'check', root, '--format', 'json', '--min-severity', 'hint'], 5);
    if (oursOnPeerNode.last.status !== 0 && oursOnPeerNode.last.status !== 1) throw new Error(`mcp-warden on ${peers.node22} failed: ${oursOnPeerNode.last.stderr}`);
    result.mcpWardenOnNode22 = { medianMs: oursOnPeerNode.median };
    const floorOnPeerNode = timeCommand(peers.node22, [READ_FLOOR, root], 5);
    result.floorOnNode22 = { medianMs: floorOnPeerNode.median };
    console.log(`mcp-warden on Node 22 (secretlint's runtime): median ${oursOnPeerNode.median.toFixed(0)} ms`);
    const ferretOut = join(root, '..', `ferret-${Date.now()}.json`);
    const ferret = timeCommand(peers.ferret.command, [...peers.ferret.args, 'scan', root, '--format', 'json', '--mcp-validation', '-o', ferretOut], 3);
    const secretlint = timeCommand(peers.secretlint.command, [...peers.secretlint.args, '--secretlintrc', peers.secretlintConfig, '--format', 'json', '--no-color', `${root}/**/*`, `${root}/**/.*/*`], 3);
    let ferretFindings = 'unknown';
    try {
      ferretFindings = JSON.parse(readFileSync(ferretOut, 'utf8')).findings.length;
    } catch {
      // reported as unknown
    }
    let secretlintFindings = 'unknown';
    try {
      secretlintFindings = JSON.parse(secretlint.last.stdout || '[]').reduce((n, f) => n + (f.messages?.length ?? 0), 0);
    } catch {
      // reported as unknown
    }
    result.ferret = { medianMs: ferret.median, findings: ferretFindings, ratio: ferret.median / ours.median };
    result.secretlint = { medianMs: secretlint.median, findings: secretlintFindings, ratio: secretlint.median / ours.median, ratioOnSameNode: secretlint.median / oursOnPeerNode.median };
    console.log(`ferret-scan: median ${ferret.median.toFixed(0)} ms (${result.ferret.ratio.toFixed(1)}x mcp-warden's time), ${ferretFindings} findings`);
    console.log(`secretlint: median ${secretlint.median.toFixed(0)} ms (${result.secretlint.ratio.toFixed(1)}x mcp-warden's time; ${result.secretlint.ratioOnSameNode.toFixed(1)}x on the same Node 22), ${secretlintFindings} findings`);
    console.log(`target ≥ 10x faster than each: ${result.ferret.ratio >= 10 && result.secretlint.ratio >= 10 ? 'met' : 'MISSED'}`);
    for (const [name, peer] of [['ferret-scan', ferret], ['secretlint', secretlint]]) {
      // A tenth of a peer's time, against what starting node and reading the files costs before any rule runs.
      const budget = peer.median / 10;
      const lowestFloor = Math.min(floor.median, floorOnPeerNode.median);
      const left = budget - lowestFloor;
      result[name === 'ferret-scan' ? 'ferret' : 'secretlint'].tenfoldBudgetMs = budget;
      console.log(`  10x faster than ${name} means ≤ ${budget.toFixed(0)} ms: ${left <= 0 ? `below the floor (${lowestFloor.toFixed(0)} ms on the faster of Node 20 and 22): no Node tool can meet it` : `${left.toFixed(0)} ms above the floor (${lowestFloor.toFixed(0)} ms) to lint ${report.files.length} files`}`);
    }
    return result;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
