/**
 * On the real-config corpus (shared/fixtures/real), every labelled literal secret is found on its server and nothing
 * else is flagged as a secret. Files whose syntax has no parser yet are skipped by name, loudly.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine/index';
import { loadRealFixtures } from '../helpers/real-fixtures';

const SECRET_RULES = new Set(['literal-secret', 'secret-in-args', 'credentials-in-url']);

describe('secrets on the real-config corpus', () => {
  const fixtures = loadRealFixtures();
  let labelled = 0;
  let found = 0;

  for (const fixture of fixtures) {
    it(`${fixture.file}`, () => {
      const result = lint({ text: fixture.text, path: fixture.path, ...(fixture.hostOverride ? { hostOverride: fixture.hostOverride } : {}) });
      const expected = new Set(fixture.label.expect.filter((e) => e.rule === 'literal-secret').map((e) => e.server));
      const flagged = new Map<string, string>();
      for (const finding of result.findings) {
        if (SECRET_RULES.has(finding.ruleId) && !finding.suppressed) flagged.set(finding.server ?? '(file)', finding.message);
      }
      const missed = [...expected].filter((server) => !flagged.has(server));
      const extra = [...flagged].filter(([server]) => !expected.has(server)).map(([server, message]) => `${server}: ${message}`);
      labelled += expected.size;
      found += expected.size - missed.length;
      assert.deepEqual(missed, [], `labelled secrets not found in ${fixture.file}`);
      assert.deepEqual(extra, [], `secrets flagged that are not labelled in ${fixture.file}`);
    });
  }

  it('covered the labelled secrets (53 labels on 37 servers in the corpus)', () => {
    assert.ok(labelled >= 30, `only ${labelled} labelled servers were checked`);
    assert.equal(found, labelled);
  });
});
