/**
 * ESLint's RuleTester, adapted: valid/invalid tables per rule, with built-in checks that every finding lies inside the
 * text, that fixes keep the file parseable, remove the finding, respect the rule's declared fix safety, and never
 * print a secret.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyFixes, engineConfigFrom, lint, type Exposure, type Finding, type LintResult, type Rule,
} from '../../server/src/engine/index';
import { HOME, configFor, pathFor } from './host-paths';

export interface ExpectedFinding {
  /** Substring or pattern the message must contain. */
  readonly message?: string | RegExp;
  readonly severity?: Finding['severity'];
  readonly confidence?: Finding['confidence'];
  readonly server?: string;
  /** The exact source text the finding's span covers (checks the squiggle). */
  readonly text?: string;
  /** 1-based line of the span start. */
  readonly line?: number;
}

export interface RuleCase {
  readonly name: string;
  /** Host id; default `vscode`. Decides the file path unless `path` is given. */
  readonly host?: string;
  readonly path?: string;
  /** File text, or `servers` (object) rendered in the host's shape. */
  readonly code?: string;
  readonly servers?: Record<string, unknown>;
  /** Extra top-level keys when `servers` is used (e.g. `inputs`). */
  readonly extra?: Record<string, unknown>;
  /** Raw engine config (as in `.mcp-warden.json`). */
  readonly config?: unknown;
  readonly exposure?: Exposure;
  /** Values that must never appear in any message, fix title or note. */
  readonly secrets?: readonly string[];
}

export interface InvalidCase extends RuleCase {
  readonly errors: readonly ExpectedFinding[];
  /** Text after applying the first fix of every finding (all fixes, unsafe included). */
  readonly output?: string;
}

export function textOf(testCase: RuleCase): string {
  if (testCase.code !== undefined) return testCase.code;
  if (testCase.servers !== undefined) return configFor(testCase.host ?? 'vscode', testCase.servers, testCase.extra);
  throw new Error(`case "${testCase.name}" has neither code nor servers`);
}

export function lintCase(testCase: RuleCase, rules?: readonly Rule[]): LintResult {
  const { config, problems } = engineConfigFrom(testCase.config ?? {});
  assert.deepEqual(problems, [], `case "${testCase.name}": invalid config`);
  return lint(
    {
      text: textOf(testCase),
      path: testCase.path ?? pathFor(testCase.host ?? 'vscode'),
      config,
      homeDir: HOME,
      ...(testCase.exposure ? { exposure: testCase.exposure } : {}),
    },
    rules ? { rules } : {},
  );
}

export function runRuleTests(rule: Rule, tables: { valid: readonly RuleCase[]; invalid: readonly InvalidCase[] }): void {
  const id = rule.meta.id;
  const names = new Set<string>();
  for (const testCase of [...tables.valid, ...tables.invalid]) {
    assert.ok(!names.has(testCase.name), `${id}: duplicate case name "${testCase.name}"`);
    names.add(testCase.name);
  }
  describe(id, () => {
    describe('valid', () => {
      for (const testCase of tables.valid) {
        it(testCase.name, () => {
          const result = lintCase(testCase);
          const own = result.findings.filter((f) => f.ruleId === id && !f.suppressed);
          assert.deepEqual(own.map((f) => f.message), [], `expected no ${id} findings`);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of tables.invalid) {
        it(testCase.name, () => {
          const text = textOf(testCase);
          const result = lintCase(testCase);
          const own = result.findings.filter((f) => f.ruleId === id && !f.suppressed);
          assert.equal(own.length, testCase.errors.length, `expected ${testCase.errors.length} ${id} finding(s), got:\n${own.map((f) => `  ${f.message}`).join('\n')}`);
          own.forEach((finding, index) => checkFinding(finding, testCase.errors[index] as ExpectedFinding, text, result));
          for (const finding of own) checkFixes(rule, finding, testCase, text);
          checkNoSecrets(own, testCase.secrets ?? []);
          if (testCase.output !== undefined) {
            const fixes = own.flatMap((f) => (f.fixes[0] ? [f.fixes[0]] : []));
            assert.equal(applyFixes(text, fixes).text, testCase.output);
          }
        });
      }
    });
  });
}

function checkFinding(finding: Finding, expected: ExpectedFinding, text: string, result: LintResult): void {
  assert.ok(finding.span.offset >= 0 && finding.span.offset + finding.span.length <= text.length, 'span outside the text');
  if (expected.message !== undefined) {
    if (typeof expected.message === 'string') assert.ok(finding.message.includes(expected.message), `message "${finding.message}" lacks "${expected.message}"`);
    else assert.match(finding.message, expected.message);
  }
  if (expected.severity) assert.equal(finding.severity, expected.severity, 'severity');
  if (expected.confidence) assert.equal(finding.confidence, expected.confidence, 'confidence');
  if (expected.server !== undefined) assert.equal(finding.server, expected.server, 'server');
  if (expected.text !== undefined) assert.equal(text.slice(finding.span.offset, finding.span.offset + finding.span.length), expected.text, 'squiggled text');
  if (expected.line !== undefined) assert.equal(result.lines.positionAt(finding.span.offset).line + 1, expected.line, 'line');
}

function checkFixes(rule: Rule, finding: Finding, testCase: RuleCase, text: string): void {
  for (const fix of finding.fixes) {
    if (fix.safe) assert.equal(rule.meta.fixable, 'safe', `${rule.meta.id} returned a safe fix but declares fixable: ${rule.meta.fixable ?? 'none'}`);
    else assert.ok(rule.meta.fixable, `${rule.meta.id} returned a fix but declares no fixable`);
    // A fix that only edits other files (a `.gitignore` entry) leaves this text as it is; what it resolves (the
    // exposure an adapter computes afterwards) is checked where that is modelled (test/secrets/fixes.test.ts).
    if (fix.edits.length === 0 && (fix.externalEdits?.length ?? 0) > 0) continue;
    const fixed = applyFixes(text, [fix]).text;
    const after = lintCase({ ...testCase, code: fixed, name: `${testCase.name} (fixed)` });
    const syntaxBefore = lintCase({ ...testCase, code: text }).findings.filter((f) => f.ruleId === 'syntax-error').length;
    const syntaxAfter = after.findings.filter((f) => f.ruleId === 'syntax-error').length;
    assert.ok(syntaxAfter <= syntaxBefore, `fix "${fix.title}" broke the file:\n${fixed}`);
    assert.ok(!after.findings.some((f) => f.key === finding.key && f.message === finding.message), `fix "${fix.title}" did not remove the finding`);
    const again = applyFixes(fixed, after.findings.filter((f) => f.key === finding.key).flatMap((f) => f.fixes)).text;
    assert.equal(again, fixed, `fix "${fix.title}" is not idempotent`);
  }
}

function checkNoSecrets(findings: readonly Finding[], secrets: readonly string[]): void {
  for (const secret of secrets) {
    for (const finding of findings) {
      const texts = [finding.message, ...finding.fixes.flatMap((fix) => [fix.title, fix.note ?? ''])];
      for (const text of texts) assert.ok(!text.includes(secret), `secret leaked into "${text}"`);
    }
  }
}
