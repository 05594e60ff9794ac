// Installs the real registries the registry integration tests run against (never runtime dependencies):
// Verdaccio (npm registry, from npm, into ~/.cache/mcp-warden/peers/verdaccio) and Debian's docker-registry (the CNCF distribution
// registry, with apt-get). Each function returns the executable or throws with the reason.
import { peerCacheDir } from './cache-dir.mjs';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

export const VERDACCIO_DIR = peerCacheDir('peers', 'verdaccio');
// 5.33.0 runs on Node >= 14; 6.9+ needs Node 22. The registry mirror lacks node-fetch's `cjs` dist-tag, hence the override.
const VERDACCIO_VERSION = '5.33.0';

export function ensureVerdaccio() {
  const bin = join(VERDACCIO_DIR, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
  if (existsSync(bin)) return bin;
  mkdirSync(VERDACCIO_DIR, { recursive: true });
  writeFileSync(join(VERDACCIO_DIR, 'package.json'), JSON.stringify({
    name: 'mcp-warden-verdaccio', private: true,
    dependencies: { verdaccio: VERDACCIO_VERSION },
    overrides: { 'node-fetch@cjs': '2.7.0' },
  }, null, 2));
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: VERDACCIO_DIR, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(bin)) throw new Error(`could not install verdaccio@${VERDACCIO_VERSION} into ${VERDACCIO_DIR} (npm exit ${result.status})`);
  return bin;
}

export const DOCKER_REGISTRY_BIN = '/usr/bin/docker-registry';

export function ensureDockerRegistry() {
  if (existsSync(DOCKER_REGISTRY_BIN)) return DOCKER_REGISTRY_BIN;
  const sudo = process.getuid && process.getuid() !== 0 ? ['sudo'] : [];
  const run = (args) => spawnSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  let result = run(['apt-get', 'install', '-y', 'docker-registry']);
  if (result.status !== 0) {
    run(['apt-get', 'update']);
    result = run(['apt-get', 'install', '-y', 'docker-registry']);
  }
  if (!existsSync(DOCKER_REGISTRY_BIN)) throw new Error(`could not install Debian's docker-registry (apt-get exit ${result.status})`);
  return DOCKER_REGISTRY_BIN;
}
