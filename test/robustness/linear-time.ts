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
