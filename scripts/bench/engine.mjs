// Engine speed against the floor: jsonc-parser's bare parseTree of the same text, at 2 KB, 10 KB, 100 KB and 1 MB.
import { createRequire } from 'node:module';
import { configOfSize, vscodeConfig } from '../lib/generate-configs.mjs';
import { ms, row, timeRuns } from './stats.mjs';

const require = createRequire(import.meta.url);

export async function benchEngine() {
  const engine = require('../../out/server/src/engine/index.js');
  const { parseTree } = require('jsonc-parser');
  // V8 optimises the engine after a few hundred lints: each size is warmed up first (a long-running language server is
  // warm), and the first lints of the process are shown apart (an editor's first edits after start).
  const cases = [
    { name: 'typical 2 KB', text: vscodeConfig(10), runs: 400, warmup: 1000 },
    { name: '10 KB', text: configOfSize(10_000).text, runs: 200, warmup: 200 },
    { name: '100 KB', text: configOfSize(100_000).text, runs: 40, warmup: 20 },
    { name: '1 MB', text: configOfSize(1_000_000).text, runs: 12, warmup: 3 },
  ];
  const lintOf = (text) => () => engine.lint({ text, path: '/bench/.vscode/mcp.json' });
  const cold = timeRuns(lintOf(cases[0].text), { runs: 100, warmup: 0 });
  console.log(`first 100 lints of the process (typical 2 KB, not yet optimised by V8): median ${ms(cold.median)}`);
  const widths = [30, 10, 14, 14, 10, 12];
  console.log(row(['input', 'size', 'engine median', 'parse median', 'ratio', 'µs per KB'], widths));
  const results = [];
  for (const c of cases) {
    const lint = timeRuns(lintOf(c.text), { runs: c.runs, warmup: c.warmup });
    const floor = timeRuns(() => parseTree(c.text, []), { runs: c.runs, warmup: c.warmup });
    const kb = c.text.length / 1024;
    const servers = (c.text.match(/"server-\d+": \{/g) ?? []).length;
    const result = { name: `${c.name} (${servers} servers)`, servers, bytes: c.text.length, engineMedianMs: lint.median, parseMedianMs: floor.median, ratio: lint.median / floor.median, usPerKb: (lint.median * 1000) / kb };
    results.push(result);
    console.log(row([result.name, `${kb.toFixed(0)} KB`, ms(lint.median), ms(floor.median), `${result.ratio.toFixed(2)}x`, result.usPerKb.toFixed(1)], widths));
  }
  const typical = results[0];
  const large = results[results.length - 1];
  const growth = large.usPerKb / results[1].usPerKb;
  console.log(`targets: 2 KB median ≤ 0.3 ms: ${typical.engineMedianMs <= 0.3 ? 'met' : 'MISSED'} (${ms(typical.engineMedianMs)}); 1 MB ≤ 3x bare parse: ${large.ratio <= 3 ? 'met' : 'MISSED'} (${large.ratio.toFixed(2)}x); linear growth (µs/KB at 1 MB vs 10 KB): ${growth.toFixed(2)}x`);
  return { firstLintsMedianMs: cold.median, cases: results, targets: { typicalMs: typical.engineMedianMs, largeRatio: large.ratio, growth } };
}
