/**
 * Fuzzing: every fixture, mutated for a fixed seed and count (FUZZ_COUNT, FUZZ_SEED; `npm run fuzz` runs more):
 * the engine never throws, every range lies inside the text, no input makes it super-linear, and the JSON parser's
 * fast path and jsonc-parser's build the same tree, comments and problems.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine/index';
import { assertPathsAgree } from '../helpers/json-parse-paths';
import { createPrng } from '../helpers/prng';
import { loadOwnFixtures, loadRealFixtures } from '../helpers/real-fixtures';
import { withinLinearTime } from './linear-time';
import { MUTATIONS } from './mutations';

const COUNT = Number(process.env.FUZZ_COUNT ?? 3);
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);

describe(`fuzz (seed ${SEED}, ${COUNT} mutations per fixture and mutation kind)`, () => {
  const fixtures = [...loadRealFixtures(), ...loadOwnFixtures()];
  const jsonParses = { fast: 0, total: 0 };
  for (const fixture of fixtures) {
    it(fixture.file, () => {
      const prng = createPrng(SEED ^ hash(fixture.file));
      for (const [kind, mutate] of Object.entries(MUTATIONS)) {
        for (let i = 0; i < COUNT; i++) {
          const text = mutate(fixture.text, prng);
          if (/\.jsonc?$/.test(fixture.path)) {
            jsonParses.total++;
            if (assertPathsAgree(text, `${kind} #${i} of ${fixture.file} (seed ${SEED})`)) jsonParses.fast++;
          }
          const started = process.hrtime.bigint();
          let result;
          try {
            result = lint({ text, path: fixture.path, homeDir: '/home/dev', ...(fixture.hostOverride ? { hostOverride: fixture.hostOverride } : {}) });
          } catch (error) {
            assert.fail(`engine threw on ${kind} #${i} of ${fixture.file} (seed ${SEED}): ${(error as Error).stack}`);
          }
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          assert.ok(withinLinearTime(ms, text.length), `${kind} #${i} of ${fixture.file}: ${ms.toFixed(0)} ms for ${text.length} chars`);
          assert.deepEqual(result.engineErrors, [], `${kind} #${i} of ${fixture.file}: a rule failed`);
          for (const finding of result.findings) {
            const inside = (span: { offset: number; length: number }): boolean => span.offset >= 0 && span.length >= 0 && span.offset + span.length <= text.length;
            assert.ok(inside(finding.span), `${kind} #${i} of ${fixture.file}: ${finding.ruleId} range outside the text`);
            for (const related of finding.related) if (!related.file) assert.ok(inside(related.span), `${finding.ruleId} related range outside the text`);
            for (const fix of finding.fixes) for (const edit of fix.edits) assert.ok(inside(edit), `${finding.ruleId} fix edit outside the text`);
          }
        }
      }
    });
  }
  it('the mutations exercise both JSON parser paths', () => {
    // Mostly broken texts (jsonc-parser's path), but enough well-formed ones for the comparison to mean something.
    assert.ok(jsonParses.fast > jsonParses.total / 20 && jsonParses.fast < jsonParses.total, `${jsonParses.fast} of ${jsonParses.total} mutated JSON texts took the fast path`);
  });
});

function hash(value: string): number {
  let h = 2166136261;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 16777619);
  return h >>> 0;
}
