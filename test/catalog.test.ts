/** Invariants of the rule catalog (ESLint's checkRuleFiles as a test): every rule has its file, docs, table test and metadata. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ALL_RULES, ruleDocsUrl } from '../server/src/engine/index';

const ROOT = join(__dirname, '..', '..');

describe('rule catalog', () => {
  it('has unique, kebab-case ids in alphabetical order', () => {
    const ids = ALL_RULES.map((rule) => rule.meta.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate rule ids');
    for (const id of ids) assert.match(id, /^[a-z]+(-[a-z0-9]+)*$/, `rule id ${id} is not kebab-case`);
    assert.deepEqual(ids, [...ids].sort(), 'all-rules.ts is not alphabetical');
  });

  for (const rule of ALL_RULES) {
    const { id } = rule.meta;
    describe(id, () => {
      it('lives in server/src/engine/rules/<id>.ts', () => {
        assert.ok(existsSync(join(ROOT, 'server/src/engine/rules', `${id}.ts`)), `missing server/src/engine/rules/${id}.ts`);
      });
      it('has a table test test/rules/<id>.test.ts', () => {
        const path = join(ROOT, 'test/rules', `${id}.test.ts`);
        assert.ok(existsSync(path), `missing test/rules/${id}.test.ts`);
        assert.match(readFileSync(path, 'utf8'), /runRuleTests\(/, `test/rules/${id}.test.ts does not use runRuleTests`);
      });
      it('has a docs page docs/rules/<id>.md whose title names the rule', () => {
        const path = join(ROOT, 'docs/rules', `${id}.md`);
        assert.ok(existsSync(path), `missing docs/rules/${id}.md`);
        const firstLine = readFileSync(path, 'utf8').split('\n')[0] ?? '';
        assert.match(firstLine, new RegExp(`^# .*${id}`), `docs/rules/${id}.md must start with "# ${id}"`);
      });
      it('has complete metadata', () => {
        assert.ok(rule.meta.description.length > 10, 'description too short');
        assert.ok(['error', 'warning', 'info', 'hint'].includes(rule.meta.defaultSeverity));
        assert.ok(rule.checkDocument || rule.checkConfig || rule.checkServer || rule.checkSet, 'rule has no check hook');
        assert.ok(ruleDocsUrl(id).endsWith(`docs/rules/${id}.md`));
      });
    });
  }

  it('has no docs page or table test without a rule', () => {
    const ids = new Set(ALL_RULES.map((rule) => rule.meta.id));
    for (const file of readdirSync(join(ROOT, 'docs/rules'))) {
      if (file === 'README.md') continue;
      assert.ok(ids.has(file.replace(/\.md$/, '')), `docs/rules/${file} documents no registered rule`);
    }
    for (const file of readdirSync(join(ROOT, 'test/rules'))) {
      assert.ok(ids.has(file.replace(/\.test\.ts$/, '')), `test/rules/${file} tests no registered rule`);
    }
  });
});
