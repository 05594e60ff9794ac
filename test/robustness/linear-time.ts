/** The time guard of the robustness tests: catastrophic (super-linear) behaviour fails them; speed targets live in `npm run bench`. */
import assert from 'node:assert/strict';
import { lint, type LintInput, type LintResult } from '../../server/src/engine/index';

/** Generous on purpose: a slow shared machine must never fail it, a quadratic path at these sizes always does. */
const MAX_MS_PER_KB = 50;

export function withinLinearTime(ms: number, chars: number): boolean {
  return ms < 1000 + (chars / 1024) * MAX_MS_PER_KB;
}

/** Lints `input`, failing when it takes super-linear time or a rule fails. */
export function lintInLinearTime(input: LintInput, label: string): LintResult {
  const started = process.hrtime.bigint();
  const result = lint(input);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  assert.ok(withinLinearTime(ms, input.text.length), `${label}: ${ms.toFixed(0)} ms for ${input.text.length} chars`);
  assert.deepEqual(result.engineErrors, [], `${label}: a rule failed`);
  return result;
}

/**
 * How many times more CPU `run(large)` takes than `run(small)`: the least of five runs of each, taken in turns after a
 * warm-up. CPU time rather than wall time, so that other processes on the machine (tests run two at a time) do not
 * stretch one size more than the other, and a ratio, so that the machine's speed cancels out. It can then be held to a
 * bound that a quadratic path always breaks (16 times the size: linear gives 11-51 here, as large data outgrows the
 * CPU's caches; quadratic 118-300).
 */
export function growthRatio(run: (size: number) => void, small: number, large: number): number {
  const timed = (size: number): number => {
    const started = process.cpuUsage();
    run(size);
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  run(small);
  let fastestSmall = Infinity;
  let fastestLarge = Infinity;
  for (let round = 0; round < 5; round++) {
    fastestSmall = Math.min(fastestSmall, timed(small));
    fastestLarge = Math.min(fastestLarge, timed(large));
  }
  return fastestLarge / Math.max(1, fastestSmall);
}
