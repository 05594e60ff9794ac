// Runs node's test runner over every compiled test file under out/test (Node 20's --test does not expand globs).
// Usage: node scripts/run-tests.mjs [folder-or-file-filter...]
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = 'out/test';
const filters = process.argv.slice(2);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'e2e') walk(path);
    } else if (name.endsWith('.test.js') && (filters.length === 0 || filters.some((f) => path.includes(f)))) {
      files.push(path);
    }
  }
};
walk(root);
if (files.length === 0) {
  console.error(`no test files found under ${root}${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
