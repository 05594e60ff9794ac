// `npm run test:registries`: installs Verdaccio and docker-registry when missing, then runs the integration tests that
// start them on 127.0.0.1 (out/test/**/*.registry-test.js). A peer that cannot be installed fails the run loudly.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureDockerRegistry, ensureVerdaccio } from './lib/registry-peers.mjs';

const env = { ...process.env, MCP_WARDEN_VERDACCIO: ensureVerdaccio(), MCP_WARDEN_DOCKER_REGISTRY: ensureDockerRegistry() };
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.registry-test.js')) files.push(path);
  }
};
walk('out/test');
if (files.length === 0) {
  console.error('no registry integration tests found under out/test (run tsc -b first)');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
