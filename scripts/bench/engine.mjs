// Engine speed against the floor: jsonc-parser's bare parseTree of the same text, at 2 KB, 10 KB, 100 KB and 1 MB.
// The issue defines the 1 MB config as 2,000 servers (about 490 bytes each): the 10 KB-1 MB series uses that entry size,
// so growth compares like with like; a 1 MB file of 5,500 small entries is shown too, as a harder case.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { configOfSize, vscodeConfig } from '../lib/generate-configs.mjs';
import { ms, row, timeAlternating, timeRuns } from './stats.mjs';

const require = createRequire(import.meta.url);
/** Each size is timed in this many alternating blocks of the engine and the bare parse (see timeAlternating). */
const ROUNDS = 4;

/** The 1 MB row again in a process of its own (see engine-alone.mjs). */
function largeAlone() {
  const output = execFileSync(process.execPath, [fileURLToPath(new URL('./engine-alone.mjs', import.meta.url))], { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').pop());
}

export async function benchEngine() {
  const engine = require('../../out/server/src/engine/index.js');
  const { parseTree } = require('jsonc-parser');
  // V8 optimises the engine after a few hundred lints: each size is warmed up first (a long-running language server is
  // warm), and the first lints of the process are shown apart (an editor's first edits after start).
  const cases = [
    { name: 'typical 2 KB', text: vscodeConfig(10), runs: 400, warmup: 1000 },
    { name: '10 KB', text: configOfSize(10_000, { detailed: true }).text, runs: 200, warmup: 200 },
    { name: '100 KB', text: configOfSize(100_000, { detailed: true }).text, runs: 40, warmup: 20 },
    { name: '1 MB', text: configOfSize(1_000_000, { detailed: true }).text, runs: 20, warmup: 3 },
    { name: '1 MB, small entries', text: configOfSize(1_000_000).text, runs: 20, warmup: 3 },
  ];
  const lintOf = (text) => () => engine.lint({ text, path: '/bench/.vscode/mcp.json' });
  const cold = timeRuns(lintOf(cases[0].text), { runs: 100, warmup: 0 });
  console.log(`first 100 lints of the process (typical 2 KB, not yet optimised by V8): median ${ms(cold.median)}`);
  const widths = [36, 8, 14, 10, 14, 10, 8, 11];
  // "of it GC": the median of the garbage collector's pauses inside each run, shown apart because at 1 MB they are a
  // large share of both the engine's and the bare parse's time, and grow faster than the text.
  console.log(row(['input', 'size', 'engine median', 'of it GC', 'parse median', 'of it GC', 'ratio', 'µs per KB'], widths));
  // The rows lint one text again and again, so the engine's caches of names and URLs always hit (as in an editor,
  // where an edit changes a few strings). A new text every run shows the cost when nothing about it is cached.
  const freshTexts = Array.from({ length: 400 }, (_, round) => cases[0].text.replace(/(server|example|work)-(\d+)/g, `$1-${round}x$2`));
  let next = 0;
  let fresh;
  const results = [];
  for (const c of cases) {
    if (c === cases[0]) {
      // Warmed up first (V8 optimises over the first thousand lints), then the new texts in the same heap state.
      timeRuns(lintOf(c.text), { runs: 0, warmup: c.warmup });
      fresh = timeRuns(() => engine.lint({ text: freshTexts[next++ % freshTexts.length], path: '/bench/.vscode/mcp.json' }), { runs: 400, warmup: 0 });
    }
    const [lint, floor] = await timeAlternating(lintOf(c.text), () => parseTree(c.text, []), {
      rounds: ROUNDS, runs: c.runs, warmup: c === cases[0] ? 0 : c.warmup, settle: Math.ceil(c.runs / ROUNDS / 10),
    });
    const kb = c.text.length / 1024;
    const servers = (c.text.match(/"server-\d+": \{/g) ?? []).length;
    const result = {
      name: `${c.name} (${servers} servers)`, servers, bytes: c.text.length,
      engineMedianMs: lint.median, engineGcMedianMs: lint.gcMedian, engineWithoutGcMedianMs: lint.withoutGcMedian,
      parseMedianMs: floor.median, parseGcMedianMs: floor.gcMedian, parseWithoutGcMedianMs: floor.withoutGcMedian,
      ratio: lint.median / floor.median, usPerKb: (lint.median * 1000) / kb,
    };
    results.push(result);
    console.log(row([result.name, `${kb.toFixed(0)} KB`, ms(lint.median), ms(lint.gcMedian), ms(floor.median), ms(floor.gcMedian), `${result.ratio.toFixed(2)}x`, result.usPerKb.toFixed(1)], widths));
    if (fresh && c === cases[0]) console.log(row(['  the same, a new text every run', '', ms(fresh.median), '', '', '', '', ''], widths));
  }
  const alone = largeAlone();
  console.log(row(['  1 MB alone, in a fresh process', '', ms(alone.engineMedianMs), ms(alone.engineGcMedianMs), ms(alone.parseMedianMs), ms(alone.parseGcMedianMs), `${alone.ratio.toFixed(2)}x`, ''], widths));
  const [typical, small, , large] = results;
  const perByte = (result, key) => result[key] / result.bytes;
  const growthOf = (key) => perByte(large, key) / perByte(small, key);
  const growth = growthOf('engineMedianMs');
  const parseGrowth = growthOf('parseMedianMs');
  const withoutGc = { growth: growthOf('engineWithoutGcMedianMs'), parseGrowth: growthOf('parseWithoutGcMedianMs'), largeRatio: large.engineWithoutGcMedianMs / large.parseWithoutGcMedianMs };
  const typicalMet = typical.engineMedianMs <= 0.3 && fresh.median <= 0.3;
  console.log(`targets: 2 KB median ≤ 0.3 ms: ${typicalMet ? 'met' : 'MISSED'} (${ms(typical.engineMedianMs)}, new texts ${ms(fresh.median)}); 1 MB (2,000 servers) ≤ 3x bare parse: ${large.ratio <= 3 ? 'met' : 'MISSED'} (${large.ratio.toFixed(2)}x)`);
  console.log(`growth of cost per KB from 10 KB to 1 MB: engine ${growth.toFixed(2)}x, bare parse ${parseGrowth.toFixed(2)}x (1.00x is linear)`);
  console.log(`  without the GC pauses: engine ${withoutGc.growth.toFixed(2)}x, bare parse ${withoutGc.parseGrowth.toFixed(2)}x; 1 MB ratio ${withoutGc.largeRatio.toFixed(2)}x`);
  // The collector's pauses grow faster than the text for any program that keeps what it builds: the bare parse, the
  // floor, is not flat either. Linear means the engine's own work is flat (within 25%) and its pauses grow no faster
  // than the floor's (within 10%).
  const linear = withoutGc.growth <= 1.25 && growth <= parseGrowth * 1.1;
  console.log(`target linear (without pauses ≤ 1.25x, with them no faster than the bare parse): ${linear ? 'met' : 'MISSED'}`);
  return { firstLintsMedianMs: cold.median, freshTypicalMedianMs: fresh.median, cases: results, largeAlone: alone, targets: { typicalMs: typical.engineMedianMs, freshTypicalMs: fresh.median, largeRatio: large.ratio, growth, parseGrowth, withoutGc, linear } };
}
