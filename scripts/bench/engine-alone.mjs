// The 1 MB row timed alone in a fresh process (run by engine.mjs): the ratio depends on the heap the smaller rows
// leave behind, and in a fresh heap the bare parse pauses far less. Prints one JSON line.
import { createRequire } from 'node:module';
import { configOfSize } from '../lib/generate-configs.mjs';
import { timeAlternating } from './stats.mjs';

const require = createRequire(import.meta.url);
const engine = require('../../out/server/src/engine/index.js');
const { parseTree } = require('jsonc-parser');
const text = configOfSize(1_000_000, { detailed: true }).text;
const [lint, floor] = await timeAlternating(() => engine.lint({ text, path: '/bench/.vscode/mcp.json' }), () => parseTree(text, []), {
  rounds: 4, runs: 20, warmup: 3, settle: 1,
});
console.log(JSON.stringify({ engineMedianMs: lint.median, engineGcMedianMs: lint.gcMedian, parseMedianMs: floor.median, parseGcMedianMs: floor.gcMedian, ratio: lint.median / floor.median }));
