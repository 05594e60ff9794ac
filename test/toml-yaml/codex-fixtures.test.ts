/**
 * Every Codex file of the shared real-world corpus is detected as Codex and gives its labelled findings (label tags
 * mapped to rule ids as in shared/fixtures/README.md), and no unlabelled finding of the labelled rule families.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, type Finding, type LintResult } from '../../server/src/engine/index';
import { loadRealFixtures, type RealFixture } from '../helpers/real-fixtures';

/** Label tag -> the rules that report it (shared/fixtures/README.md). */
const RULES_OF_TAG: Readonly<Record<string, readonly string[]>> = {
  'unpinned-npm': ['unpinned-package'],
  'unpinned-pypi': ['unpinned-package'],
  'unpinned-docker': ['unpinned-package'],
  'latest-tag': ['unpinned-package'],
  'literal-secret': ['literal-secret', 'secret-in-args', 'credentials-in-url', 'codex-inline-bearer-token'],
  'risky-pair': ['exfiltration-pair', 'untrusted-content-with-sensitive-account', 'lethal-trifecta'],
  'auto-approve': ['auto-approve', 'codex-broad-project-trust'],
  'broad-fs-root': ['broad-filesystem-access'],
  'http-remote': ['insecure-transport'],
  typosquat: ['lookalike-package'],
};

/** Families judged exactly: an unlabelled finding of these rules is a false positive (combinations are judged by pair only). */
const EXACT_RULES = ['unpinned-package', 'literal-secret', 'secret-in-args', 'credentials-in-url', 'codex-inline-bearer-token', 'broad-filesystem-access', 'insecure-transport', 'lookalike-package', 'auto-approve', 'codex-broad-project-trust'];

const codexFixtures = loadRealFixtures().filter((fixture) => fixture.host === 'codex');

describe('Codex files of the real-world corpus', () => {
  it('are all in the corpus', () => assert.ok(codexFixtures.length >= 5, `only ${codexFixtures.length} Codex fixtures`));

  for (const fixture of codexFixtures) {
    describe(fixture.file, () => {
      const result = lint({ text: fixture.text, path: fixture.path, homeDir: '/home/dev', ...(fixture.hostOverride ? { hostOverride: fixture.hostOverride } : {}) });
      const active = result.findings.filter((finding) => !finding.suppressed);

      it('is detected as Codex by its path, parses as labelled and runs every rule', () => {
        assert.equal(result.host?.id, 'codex');
        assert.equal(result.config?.detectedBy, fixture.hostOverride ? 'override' : 'path');
        assert.deepEqual(result.engineErrors, []);
        const parseErrors = result.document.problems.filter((problem) => problem.kind === 'error');
        if (fixture.label.parse === 'invalid-toml') assert.ok(parseErrors.length > 0, 'a file labelled invalid TOML has a parse error');
        else assert.deepEqual(parseErrors, [], 'a valid file has no parse error');
        for (const server of result.config?.servers ?? []) {
          const text = fixture.text.slice(server.nameSpan.offset, server.nameSpan.offset + server.nameSpan.length);
          assert.equal(text.replace(/^"|"$/g, ''), server.name, `name span of ${server.name}`);
        }
      });

      for (const expectation of fixture.label.expect) {
        it(`reports ${expectation.rule} for ${expectation.server} (${expectation.detail})`, () => {
          const rules = RULES_OF_TAG[expectation.rule];
          assert.ok(rules, `unknown label tag ${expectation.rule}`);
          const found = active.filter((finding) => rules.includes(finding.ruleId) && matchesServer(finding, expectation.server));
          assert.ok(found.length > 0, `no ${rules.join('/')} finding for ${expectation.server}; got:\n${describeFindings(active)}`);
          if (expectation.rule === 'latest-tag') assert.ok(found.some((finding) => /latest/.test(finding.message)), 'the message names the moving tag');
        });
      }

      it('has no unlabelled finding of the exactly judged rules', () => {
        const expected = fixture.label.expect.flatMap((e) => (RULES_OF_TAG[e.rule] ?? []).filter((rule) => EXACT_RULES.includes(rule)).map((rule) => `${rule}|${e.server}`));
        const extra = active.filter((finding) => EXACT_RULES.includes(finding.ruleId) && !expected.includes(`${finding.ruleId}|${finding.server ?? ''}`));
        assert.deepEqual(extra.map((finding) => `${finding.ruleId} ${finding.server ?? ''}: ${finding.message}`), []);
      });

      it('squiggles text of the file for every finding', () => {
        for (const finding of active) checkSpan(result, finding);
      });
    });
  }
});

describe('a Codex file broken as published', () => {
  // The corpus's own invalid Codex file is not among the shared fixtures; this one breaks 090 the way such files break
  // (an unterminated string), and everything after it must still be analysed.
  const fixture = codexFixtures.find((f) => f.file.startsWith('090')) as RealFixture;
  it('reports the syntax error at its line and still finds the labelled problems of the other servers', () => {
    assert.ok(fixture, 'fixture 090 is in the corpus');
    const broken = fixture.text.replace('args = ["-y", "@modelcontextprotocol/server-github"]', 'args = ["-y", "@modelcontextprotocol/server-github]');
    assert.notEqual(broken, fixture.text);
    const result = lint({ text: broken, path: fixture.path });
    const syntax = result.findings.filter((finding) => finding.ruleId === 'syntax-error');
    assert.equal(syntax.length, 1, describeFindings(syntax));
    assert.equal(result.lines.positionAt(syntax[0]!.span.offset).line + 1, broken.split('\n').findIndex((line) => line.includes('server-github]')) + 1);
    const unpinned = new Set(result.findings.filter((f) => f.ruleId === 'unpinned-package').map((f) => f.server));
    for (const server of ['context7', 'memory', 'playwright', 'sequential-thinking']) assert.ok(unpinned.has(server), `${server} is still analysed`);
  });
});

function matchesServer(finding: Finding, labelled: string): boolean {
  if (labelled === '*' || labelled === '') return true;
  const servers = labelled.split('+');
  if (servers.length === 1) return finding.server === labelled;
  // A pair: reported on one member, naming the other in the message or in a related location.
  const mentions = (server: string): boolean => finding.message.includes(server) || finding.related.some((related) => related.message.startsWith(`${server}:`));
  return servers.some((server) => finding.server === server) && servers.every((server) => finding.server === server || mentions(server));
}

function checkSpan(result: LintResult, finding: Finding): void {
  const text = result.document.text;
  assert.ok(finding.span.offset >= 0 && finding.span.offset + finding.span.length <= text.length, `${finding.ruleId}: span outside the text`);
  if (finding.server) {
    const server = result.config?.servers.find((s) => s.name === finding.server);
    assert.ok(server, `${finding.ruleId}: unknown server ${finding.server}`);
    const end = finding.span.offset + finding.span.length;
    assert.ok(finding.span.offset >= server.node.offset && end <= server.node.offset + server.node.length || finding.span.offset === server.nameSpan.offset,
      `${finding.ruleId}: squiggle "${text.slice(finding.span.offset, end)}" lies outside server ${finding.server}`);
  }
}

function describeFindings(findings: readonly Finding[]): string {
  return findings.map((finding) => `  ${finding.ruleId} ${finding.server ?? ''}: ${finding.message}`).join('\n');
}
