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
 * How many times longer `run(large)` takes than `run(small)`, each the fastest of three runs after a warm-up: a ratio
 * of two sizes does not depend on the machine's speed, so it can be held to a bound that a quadratic path always
 * breaks (16 times the size: linear gives 10-20 here, quadratic 75-250).
 */
export function growthRatio(run: (size: number) => void, small: number, large: number): number {
  const fastest = (size: number): number => Math.min(...[0, 1, 2].map(() => {
    const started = process.hrtime.bigint();
    run(size);
    return Number(process.hrtime.bigint() - started) / 1e6;
  }));
  run(small);
  return fastest(large) / Math.max(1, fastest(small));
}
