/**
 * Lossless fixes, over every fixable finding in every fixture: the result parses for its host, comments and the bytes
 * outside the edits are unchanged, the finding is gone, applying again changes nothing, and a moved secret is present
 * at its destination.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes, lint, type Finding, type Fix, type LintResult } from '../../server/src/engine/index';
import { loadOwnFixtures, loadRealFixtures, type RealFixture } from '../helpers/real-fixtures';

function relint(fixture: RealFixture, text: string): LintResult {
  return lint({ text, path: fixture.path, homeDir: '/home/dev', ...(fixture.hostOverride ? { hostOverride: fixture.hostOverride } : {}) });
}

function syntaxErrors(result: LintResult): number {
  return result.findings.filter((f) => f.ruleId === 'syntax-error').length;
}

function checkFix(fixture: RealFixture, before: LintResult, finding: Finding, fix: Fix): void {
  const where = `${fixture.file}: ${finding.ruleId} "${fix.title}"`;
  const text = fixture.text;
  const fixed = applyFixes(text, [fix]).text;
  const after = relint(fixture, fixed);
  assert.ok(syntaxErrors(after) <= syntaxErrors(before), `${where}: the fixed file no longer parses for ${before.host?.id}`);

  const removesComment = finding.ruleId === 'syntax-error';
  for (const comment of before.document.comments) {
    const commentText = text.slice(comment.offset, comment.offset + comment.length);
    const touched = fix.edits.some((edit) => edit.offset < comment.offset + comment.length && comment.offset < edit.offset + edit.length);
    if (!removesComment || !touched) assert.ok(fixed.includes(commentText), `${where}: comment lost: ${commentText}`);
  }
  // Bytes before the first edit and after the last one are untouched.
  const sorted = [...fix.edits].sort((a, b) => a.offset - b.offset);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first && last) {
    assert.equal(fixed.slice(0, first.offset), text.slice(0, first.offset), `${where}: bytes before the edit changed`);
    const tail = text.slice(last.offset + last.length);
    assert.ok(fixed.endsWith(tail), `${where}: bytes after the edit changed`);
  }

  assert.ok(!after.findings.some((f) => f.key === finding.key && f.message === finding.message && !f.suppressed), `${where}: the finding is still reported`);
  const again = after.findings.filter((f) => f.key === finding.key).flatMap((f) => f.fixes.slice(0, 1));
  assert.equal(applyFixes(fixed, again).text, fixed, `${where}: applying again changes the file`);

  for (const secretSpan of finding.secretSpans ?? []) {
    const secret = text.slice(secretSpan.offset, secretSpan.offset + secretSpan.length);
    const keptInFile = fixed.includes(secret);
    const moved = (fix.externalEdits ?? []).some((edit) => edit.appendLines.some((line) => line.includes(secret)));
    assert.ok(keptInFile || moved, `${where}: the secret value was dropped instead of moved`);
  }
}

describe('fix properties over the real-config corpus', () => {
  let checked = 0;
  for (const fixture of [...loadRealFixtures(), ...loadOwnFixtures()]) {
    it(fixture.file, () => {
      const before = relint(fixture, fixture.text);
      for (const finding of before.findings) for (const fix of finding.fixes) {
        checkFix(fixture, before, finding, fix);
        checked++;
      }
    });
  }
  it('checked at least one fix (the corpus has fixable findings)', () => {
    assert.ok(checked > 0, 'no fixable finding in the whole corpus: the property test proved nothing');
  });
});

/**
 * Fix-all as `mcp-warden fix --unsafe` runs it (the first fix of each finding, ten passes) over each JSON fixture with
 * its servers copied twelve times: every finding with a fix is fixed. Fixes whose edits overlap wait for the next pass,
 * so fixes that always overlapped (each VS Code secret's `inputs` entry did) left findings behind. Combination findings
 * are left out: the CLI takes one per rule per pass on purpose, as fixing one can settle the others.
 */
describe('fix-all converges on configs with many servers', () => {
  const PASSES = 10;
  for (const fixture of [...loadRealFixtures(), ...loadOwnFixtures()]) {
    const text = withServersCopied(fixture.text, 12);
    if (text === undefined) continue;
    it(fixture.file, () => {
      const done = new Set<string>();
      let current = text;
      for (let pass = 0; pass < PASSES; pass++) {
        const combinationRules = new Set<string>();
        const chosen: [string, Fix][] = [];
        for (const finding of relint(fixture, current).findings) {
          const fix = finding.fixes[0];
          const id = `${finding.key}|${fix?.title}`;
          if (!fix || finding.suppressed || done.has(id)) continue;
          if (finding.related.length > 0) {
            if (combinationRules.has(finding.ruleId)) continue;
            combinationRules.add(finding.ruleId);
          }
          chosen.push([id, fix]);
        }
        const selection = applyFixes(current, chosen.map(([, fix]) => fix));
        for (const [id, fix] of chosen) if (selection.applied.includes(fix)) done.add(id);
        if (selection.text === current) break;
        current = selection.text;
      }
      const left = relint(fixture, current).findings
        .filter((finding) => !finding.suppressed && finding.related.length === 0 && finding.fixes.length > 0 && !done.has(`${finding.key}|${finding.fixes[0]?.title}`));
      assert.deepEqual(left.map((finding) => `${finding.ruleId} ${finding.server ?? ''}`), [], `${fixture.file}: fixable findings left after ${PASSES} passes`);
    });
  }
});

/** The JSON config with each server of its server map copied `times` times under new names; undefined for other files. */
function withServersCopied(text: string, times: number): string | undefined {
  let config: Record<string, unknown>;
  try {
    config = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const key = ['mcpServers', 'servers', 'context_servers'].find((name) => config[name] !== null && typeof config[name] === 'object' && !Array.isArray(config[name]));
  if (!key) return undefined;
  const copies = Object.entries(config[key] as Record<string, unknown>).flatMap(([name, server]) =>
    Array.from({ length: times }, (_, index) => [index === 0 ? name : `${name}-${index}`, server] as const));
  return JSON.stringify({ ...config, [key]: Object.fromEntries(copies) }, null, 2);
}
