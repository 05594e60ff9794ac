/**
 * Applies every secret fix to every generated fixture and checks: the file still parses for its host, comments and
 * untouched lines are kept, the finding is gone, the fix is idempotent, and the moved value sits at its destination.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes, envLineValue, lint, type ExternalEdit, type Finding, type LintResult } from '../../server/src/engine/index';
import { HOME } from '../helpers/host-paths';
import { buildSecretFixtures } from './secret-fixtures';

const SECRET_RULES = new Set(['literal-secret', 'secret-in-args', 'credentials-in-url', 'secret-in-tracked-file']);
const IN_REPO = { inRepository: true, tracked: false, ignored: false };

function lintText(path: string, text: string, exposure = IN_REPO): LintResult {
  return lint({ text, path, homeDir: HOME, exposure });
}

const secretFindings = (result: LintResult): Finding[] => result.findings.filter((f) => SECRET_RULES.has(f.ruleId) && f.ruleId !== 'secret-in-tracked-file');
const syntaxErrors = (result: LintResult): number => result.findings.filter((f) => f.ruleId === 'syntax-error').length;

/** Files other than the config, as an adapter would leave them: lines appended once, keyed lines never duplicated. */
function applyExternal(files: Map<string, string[]>, edits: readonly ExternalEdit[]): void {
  for (const edit of edits) {
    const lines = files.get(edit.path) ?? [];
    for (const line of edit.appendLines) {
      const key = edit.keyed ? line.slice(0, line.indexOf('=') + 1) : undefined;
      if (lines.includes(line) || (key && lines.some((existing) => existing.startsWith(key)))) continue;
      lines.push(line);
    }
    files.set(edit.path, lines);
  }
}

/** The value stored for NAME in an env file (quoting undone). */
function storedValue(lines: readonly string[] | undefined, name: string): string | undefined {
  const line = lines?.find((candidate) => candidate.startsWith(`${name}=`));
  return line === undefined ? undefined : envLineValue(line);
}

/** The variable a fixed file now references in place of the secret. */
function referencedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/\$\{(?:env:)?([A-Za-z_][A-Za-z0-9_]*)\}|\b(COPILOT_MCP_[A-Z0-9_]+)|\$\{input:([a-z0-9-]+)\}/g)) {
    if (match[1]) names.add(match[1]);
    if (match[2]) names.add(match[2].replace(/^COPILOT_MCP_/, ''));
    if (match[3]) names.add(match[3].toUpperCase().replace(/-/g, '_'));
  }
  return names;
}

describe('secret fixes', () => {
  for (const fixture of buildSecretFixtures()) {
    describe(fixture.name, () => {
      const before = lintText(fixture.path, fixture.text);
      const findings = secretFindings(before);

      it('finds every secret of the fixture', () => {
        for (const secret of fixture.secrets) {
          assert.ok(findings.some((f) => fixture.text.slice(f.span.offset, f.span.offset + f.span.length).includes(JSON.stringify(secret).slice(1, -1))), `secret ${secret.slice(0, 4)}… not found`);
        }
      });

      for (const finding of findings) {
        finding.fixes.forEach((fix, index) => {
          it(`${finding.ruleId} on ${finding.server ?? '-'} at ${finding.span.offset}: fix ${index + 1} "${fix.title}"`, () => {
            assert.equal(fix.safe, false, 'secret fixes are unsafe');
            const secret = fixture.text.slice(finding.span.offset, finding.span.offset + finding.span.length);
            const fixed = applyFixes(fixture.text, [fix]).text;
            const after = lintText(fixture.path, fixed);
            assert.ok(syntaxErrors(after) <= syntaxErrors(before), `the fix broke the file:\n${fixed}`);
            for (const comment of fixture.text.match(/^\s*\/\/[^\n]*/gm) ?? []) assert.ok(fixed.includes(comment), 'comment lost');
            for (const line of fixture.text.split('\n')) {
              const flag = fix.title.startsWith('Pass it as') && /^\s*"--?[a-z-]+",?$/.test(line);
              if (!flag && !line.includes(secret) && !/^\s*[}\]],?\s*$/.test(line) && !/"(env|args|inputs|envFile)"/.test(line)) assert.ok(fixed.includes(line.trimEnd().replace(/,$/, '')), `untouched line changed: ${line}`);
            }
            assert.ok(!after.findings.some((f) => f.key === finding.key && f.ruleId === finding.ruleId && f.message === finding.message), 'the finding is still reported');
            const again = applyFixes(fixed, after.findings.filter((f) => f.key === finding.key && f.ruleId === finding.ruleId).flatMap((f) => f.fixes)).text;
            assert.equal(again, fixed, 'not idempotent');

            const files = new Map<string, string[]>();
            applyExternal(files, fix.externalEdits ?? []);
            applyExternal(files, fix.externalEdits ?? []);
            const decodedSecret = JSON.parse(`"${secret}"`) as string;
            if (fixed.includes(secret)) {
              // Hosts without variables: the value moved inside the file (into env), out of process listings.
              assert.equal(finding.ruleId, 'secret-in-args');
              return;
            }
            const envEdit = (fix.externalEdits ?? []).find((edit) => edit.sensitive);
            assert.ok(envEdit, 'the value must go to a file: it left the config');
            assert.equal(files.get(envEdit.path)?.length, envEdit.appendLines.length, 'external edits are not idempotent');
            const names = [...referencedNames(fixed)].filter((name) => storedValue(files.get(envEdit.path), name) !== undefined);
            const moved = fix.title.match(/Move ([A-Z0-9_]+) to the server's env file/)?.[1];
            const name = moved ?? names.find((candidate) => storedValue(files.get(envEdit.path), candidate) === decodedSecret);
            assert.ok(name, `no reference in the fixed file names the stored value (${[...referencedNames(fixed)].join(', ')})`);
            assert.equal(storedValue(files.get(envEdit.path), name), decodedSecret, 'the stored value is not the secret');
            if (!envEdit.path.startsWith('..')) assert.ok(files.get('.gitignore')?.includes(`/${envEdit.path}`), 'the env file is not git-ignored');
          });
        });
      }

      it('fix-all (unsafe) leaves no literal secret on hosts with variables and keeps every value', () => {
        let text = fixture.text;
        const files = new Map<string, string[]>();
        for (let pass = 0; pass < 20; pass++) {
          const fixes = secretFindings(lintText(fixture.path, text)).flatMap((f) => (f.fixes[0] ? [f.fixes[0]] : []));
          if (fixes.length === 0) break;
          const selection = applyFixes(text, fixes);
          for (const fix of selection.applied) applyExternal(files, fix.externalEdits ?? []);
          if (selection.text === text) break;
          text = selection.text;
        }
        const result = lintText(fixture.path, text);
        assert.equal(syntaxErrors(result), syntaxErrors(before));
        // Amazon Q expands references only in env and headers, so args and URLs keep their literal (reported, no fix).
        const everywhere = result.host?.capabilities.envReference !== undefined && result.host.id !== 'amazon-q';
        for (const secret of fixture.secrets) {
          const inFile = text.includes(JSON.stringify(secret).slice(1, -1));
          if (inFile && everywhere) assert.fail(`secret ${secret.slice(0, 4)}… is still in the file after fix-all:\n${text}`);
          const stored = [...files.values()].some((lines) => lines.some((line) => line.includes(secret) || line.includes(JSON.stringify(secret))));
          assert.ok(inFile || stored, `secret ${secret.slice(0, 4)}… was lost`);
        }
      });
    });
  }

  it('the .gitignore fix of secret-in-tracked-file resolves the exposure', () => {
    const fixture = buildSecretFixtures().find((f) => f.host === 'claude-desktop')!;
    const finding = lintText(fixture.path, fixture.text).findings.find((f) => f.ruleId === 'secret-in-tracked-file')!;
    const fix = finding.fixes[0]!;
    const files = new Map<string, string[]>();
    applyExternal(files, fix.externalEdits ?? []);
    assert.deepEqual(files.get('.gitignore'), ['/claude_desktop_config.json']);
    const after = lintText(fixture.path, fixture.text, { inRepository: true, tracked: false, ignored: true });
    assert.ok(!after.findings.some((f) => f.ruleId === 'secret-in-tracked-file'));
    assert.ok(secretFindings(after).every((f) => f.severity !== 'error'));
  });
});
