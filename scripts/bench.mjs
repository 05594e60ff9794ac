// `npm run bench`: speed and size figures as ratios measured in the same run, medians over repeated runs.
// Prints a table and writes bench/results/bench.json. Sections: engine, lsp, cli (vs ferret-scan and secretlint),
// startup and sizes. Run one section with `node scripts/bench.mjs --only engine`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { benchEngine } from './bench/engine.mjs';
import { benchLsp } from './bench/lsp.mjs';
import { benchCli } from './bench/cli.mjs';
import { benchStartup } from './bench/startup.mjs';

const { values } = parseArgs({ options: { only: { type: 'string' }, json: { type: 'string', default: 'bench/results/bench.json' }, 'no-peers': { type: 'boolean', default: false } } });
const sections = { engine: benchEngine, lsp: benchLsp, cli: (o) => benchCli(o), startup: benchStartup };
const results = {};
for (const [name, run] of Object.entries(sections)) {
  if (values.only && values.only !== name) continue;
  console.log(`\n== ${name}`);
  try {
    results[name] = await run({ peers: !values['no-peers'] });
  } catch (error) {
    results[name] = { error: String(error?.stack ?? error) };
    console.log(`  FAILED: ${error?.message ?? error}`);
    process.exitCode = 1;
  }
}
mkdirSync(dirname(values.json), { recursive: true });
writeFileSync(values.json, JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2));
console.log(`\nwritten ${values.json}`);
