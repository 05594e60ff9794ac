/** Applying fixes: sorted edits, overlap handling, idempotence, and fix-all over real findings. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_RULES, applyEdits, applyFixes, lint, type Fix, type TextEdit } from '../../server/src/engine/index';
import { createPrng } from '../helpers/prng';
import { withinLinearTime } from '../robustness/linear-time';

/** The structural rules only: other rules' fixes are tested with those rules. */
const STRUCTURAL = { rules: ALL_RULES.filter((rule) => rule.meta.category === 'structure') };

const fix = (title: string, offset: number, length: number, content: string, safe = true): Fix => ({ title, safe, edits: [{ offset, length, content }] });

describe('apply fixes', () => {
  it('applies edits in offset order whatever the input order', () => {
    assert.equal(applyEdits('abcdef', [{ offset: 4, length: 1, content: 'E' }, { offset: 0, length: 1, content: 'A' }]), 'AbcdEf');
  });
  it('an insertion at an offset goes before a replacement starting there', () => {
    assert.equal(applyEdits('abc', [{ offset: 1, length: 1, content: 'B' }, { offset: 1, length: 0, content: '+' }]), 'a+Bc');
  });
  it('throws on overlapping edits of one fix (a rule bug)', () => {
    assert.throws(() => applyEdits('abcdef', [{ offset: 1, length: 3, content: '' }, { offset: 2, length: 1, content: 'x' }]), /overlapping/);
  });
  it('skips a fix that overlaps an earlier one and reports it', () => {
    const result = applyFixes('abcdef', [fix('one', 1, 3, 'X'), fix('two', 2, 1, 'Y'), fix('three', 5, 1, 'Z')]);
    assert.equal(result.text, 'aXeZ');
    assert.deepEqual(result.applied.map((f) => f.title), ['one', 'three']);
    assert.deepEqual(result.skipped.map((f) => f.title), ['two']);
  });
  it('two insertions at the same offset are an overlap; adjacent edits are not', () => {
    const same = applyFixes('ab', [fix('one', 1, 0, 'X'), fix('two', 1, 0, 'Y')]);
    assert.equal(same.text, 'aXb');
    assert.equal(same.skipped.length, 1);
    const adjacent = applyFixes('abcd', [fix('one', 0, 2, 'X'), fix('two', 2, 2, 'Y')]);
    assert.equal(adjacent.text, 'XY');
  });
  it('an insertion inside a replaced range overlaps it', () => {
    const result = applyFixes('abcdef', [fix('replace', 1, 4, 'X'), fix('insert', 3, 0, 'Y')]);
    assert.equal(result.text, 'aXf');
    assert.equal(result.skipped.length, 1);
  });
  it('fix-all (unsafe included) over real findings converges and stays idempotent (CRLF)', () => {
    const path = '/repo/.mcp.json';
    let text = '{\r\n  "servers": {\r\n    "remote": { "url": "https://example.com/mcp", "env": { "T": "$TOKEN" } }\r\n  }\r\n}\r\n';
    for (let pass = 0; pass < 5; pass++) {
      const fixes = lint({ text, path }, STRUCTURAL).findings.filter((f) => !f.suppressed).flatMap((f) => f.fixes.slice(0, 1));
      if (fixes.length === 0) break;
      const next = applyFixes(text, fixes).text;
      if (next === text) break;
      text = next;
    }
    const after = lint({ text, path }, STRUCTURAL);
    assert.ok(!after.findings.some((f) => f.fixes.length > 0), `fixes left after convergence:\n${text}`);
    assert.ok(text.includes('"type": "http"'));
    assert.ok(text.includes('${TOKEN}'));
    assert.ok(!/[^\r]\n/.test(text), 'line endings stay CRLF');
    assert.ok(!after.findings.some((f) => f.ruleId === 'syntax-error'));
  });
});

describe('fixes in a file that defines a key twice', () => {
  // Found by fuzz seed 99: jsonc-parser's modify() edits the first of duplicate keys, JSON.parse and hosts read the last.
  const token = ['30764449', 'b415', '1128', '05e0', '110130434886'].join('-');
  const text = [
    '{',
    '  "mcpServers": {',
    '    "exa": { "command": "node", "args": ["old.js"] },',
    `    "exa": { "command": "npx", "args": ["-y", "exa-mcp-server@1.0.0"], "env": { "EXA_API_KEY": "${token}" } }`,
    '  }',
    '}',
    '',
  ].join('\n');
  it('edit the definition the host reads (the last), never fail on the first', () => {
    const result = lint({ text, path: '/work/.cursor/mcp.json' });
    const secret = result.findings.find((finding) => finding.ruleId === 'literal-secret');
    assert.ok(secret, 'the secret in the second "exa" was not found');
    assert.ok(secret.fixes.length > 0, 'no fix offered');
    for (const offered of secret.fixes) {
      const fixed = applyFixes(text, [offered]).text;
      assert.ok(!fixed.includes(token), `"${offered.title}" left the secret in place:\n${fixed}`);
      assert.ok(fixed.includes('"exa": { "command": "node", "args": ["old.js"] }'), `"${offered.title}" changed the first "exa":\n${fixed}`);
      assert.deepEqual(JSON.parse(fixed).mcpServers.exa.args, ['-y', 'exa-mcp-server@1.0.0'], `"${offered.title}" broke the second "exa"`);
    }
  });
});

describe('choosing the fixes of one pass', () => {
  /** The first implementation: every edit compared with every taken edit (quadratic, but plainly right). */
  function chooseByComparingAll(fixes: readonly Fix[]): { applied: string[]; skipped: string[] } {
    const overlap = (a: TextEdit, b: TextEdit): boolean => {
      if (a.length === 0 && b.length === 0) return a.offset === b.offset;
      if (a.length === 0) return a.offset > b.offset && a.offset < b.offset + b.length;
      if (b.length === 0) return b.offset > a.offset && b.offset < a.offset + a.length;
      return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
    };
    const taken: TextEdit[] = [];
    const applied: string[] = [];
    const skipped: string[] = [];
    for (const candidate of fixes) {
      if (candidate.edits.some((edit) => taken.some((other) => overlap(edit, other)))) {
        skipped.push(candidate.title);
        continue;
      }
      taken.push(...candidate.edits);
      applied.push(candidate.title);
    }
    return { applied, skipped };
  }

  it('takes the same fixes as comparing every edit with every other, in any order (2,000 random passes)', () => {
    const random = createPrng(20261124);
    const text = 'abcdefghijklmnopqrstuvwxyz0123456789';
    for (let pass = 0; pass < 2000; pass++) {
      const fixes: Fix[] = Array.from({ length: 1 + random.int(12) }, (_, index) => {
        // One to three edits per fix, disjoint within the fix; insertions (length 0) are common on purpose.
        const edits: TextEdit[] = [];
        let offset = random.int(text.length);
        for (let count = 1 + random.int(3); count > 0 && offset <= text.length; count--) {
          const length = Math.min(random.pick([0, 0, 1, 2, 5]), text.length - offset);
          edits.push({ offset, length, content: String(index) });
          offset += length + random.int(6);
        }
        return { title: `fix ${index}`, safe: true, edits };
      });
      const chosen = applyFixes(text, fixes);
      const expected = chooseByComparingAll(fixes);
      const where = JSON.stringify(fixes.map((f) => f.edits.map((e) => [e.offset, e.length])));
      assert.deepEqual(chosen.applied.map((f) => f.title), expected.applied, `applied differ for ${where}`);
      assert.deepEqual(chosen.skipped.map((f) => f.title), expected.skipped, `skipped differ for ${where}`);
    }
  });

  it('choosing among 200,000 fixes stays linear (it once compared every edit with every taken edit)', () => {
    const count = 200_000;
    const text = 'ab\n'.repeat(count);
    const fixes: Fix[] = Array.from({ length: count }, (_, index) => fix(`fix ${index}`, index * 3, 1, 'A'));
    const started = process.hrtime.bigint();
    const result = applyFixes(text, fixes);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.equal(result.applied.length, count);
    assert.equal(result.text, 'Ab\n'.repeat(count));
    // Generous: about 0.1 s here; comparing with every taken edit took 40 s.
    assert.ok(withinLinearTime(ms, text.length), `${ms.toFixed(0)} ms for ${count} fixes`);
  });
});
