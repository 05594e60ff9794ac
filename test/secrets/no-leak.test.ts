/**
 * No output ever holds a full secret: every fake of every format, in every JSON host and every place, is searched in
 * engine messages, fix titles and notes, related messages, non-sensitive external edits, engine errors, and in the
 * CLI's text, JSON and SARIF reports and `fix --dry-run` / `fix --unsafe` output. (LSP diagnostics are built from the
 * same findings; the language server's tests check its own rendering.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, type LintResult } from '../../server/src/engine/index';
import { cli, tempDir, writeTree } from '../cli/cli-harness';
import { buildFakeSecrets, type FakeSecret } from '../helpers/fake-secrets';
import { HOME, HOST_PATHS, configFor } from '../helpers/host-paths';
import { JSON_HOSTS, buildSecretFixtures } from './secret-fixtures';

const fakes = buildFakeSecrets(4242);

/** The forms a secret may take in output: as is, JSON-escaped, and URL-encoded. */
function forms(secret: string): string[] {
  return [...new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)])];
}

function assertNoLeak(output: string, secrets: readonly string[], where: string): void {
  for (const secret of secrets) {
    for (const form of forms(secret)) {
      assert.ok(!output.includes(form), `${where} holds a full secret (${secret.slice(0, 4)}…, ${secret.length} chars)`);
    }
  }
}

/** A config of `host` holding `fake` where it belongs, and as a command-line argument. */
function configWith(host: string, fake: FakeSecret): string {
  const tools = host === 'copilot-agent' ? { type: 'local', tools: ['*'] } : {};
  const remote = host === 'copilot-agent' ? { type: 'http', tools: ['*'] } : host === 'vscode' || host === 'claude-code' ? { type: 'http' } : {};
  const placed = fake.place === 'env'
    ? { ...tools, command: 'node', args: ['server.js'], env: { [fake.name]: fake.value } }
    : fake.place === 'header'
      ? { ...remote, url: 'https://mcp.example.com/mcp', headers: { [fake.name]: fake.value } }
      : { ...remote, url: fake.value };
  return configFor(host, { placed, cli: { ...tools, command: 'npx', args: ['-y', 'tool@1.0.0', '--api-key', fake.secret] } });
}

/** Every text the engine produces for a result, sensitive external edits excepted (they are the secret's destination). */
function engineOutputs(result: LintResult): string {
  const parts: string[] = [...result.engineErrors];
  for (const finding of result.findings) {
    parts.push(finding.message, finding.key, ...finding.related.map((r) => r.message));
    for (const fix of finding.fixes) {
      parts.push(fix.title, fix.note ?? '');
      for (const edit of fix.externalEdits ?? []) if (!edit.sensitive) parts.push(...edit.appendLines);
    }
  }
  return parts.join('\n');
}

describe('no output holds a full secret', () => {
  for (const host of JSON_HOSTS) {
    it(`engine outputs, every format, ${host}`, () => {
      for (const fake of fakes) {
        const exposure = { inRepository: true, tracked: true, ignored: false };
        const result = lint({ text: configWith(host, fake), path: HOST_PATHS[host]!, homeDir: HOME, exposure, config: undefined });
        assert.ok(result.findings.some((f) => f.ruleId !== 'secret-in-tracked-file' && f.secretSpans?.length), `${fake.id} not found on ${host}`);
        assertNoLeak(engineOutputs(result), [fake.secret], `engine output for ${fake.id} on ${host}`);
      }
    });
  }

  it('CLI text, JSON, SARIF, fix --dry-run and fix --unsafe output', async () => {
    const { dir, cleanup } = tempDir('mcp-warden-no-leak-');
    try {
      const files: Record<string, string> = {};
      const secrets: string[] = [];
      fakes.forEach((fake, index) => {
        const host = ['cursor', 'claude-code', 'vscode', 'windsurf', 'gemini-cli'][index % 5]!;
        const relative = `p${index}/${HOST_PATHS[host]!.replace(/^\/repo\//, '').replace(/^.*\/\.codeium\//, '.codeium/')}`;
        files[relative] = configWith(host, fake);
        secrets.push(fake.secret);
      });
      for (const fixture of buildSecretFixtures(7)) {
        if (!fixture.path.startsWith('/repo/')) continue;
        files[`fx-${fixture.host}/${fixture.path.slice('/repo/'.length)}`] = fixture.text;
        secrets.push(...fixture.secrets);
      }
      writeTree(dir, files);
      const exposure = async (): Promise<{ inRepository: boolean; tracked: boolean; ignored: boolean }> => ({ inRepository: true, tracked: true, ignored: false });
      const runs = [
        ['check', '.', '--format', 'text', '--min-severity', 'hint'],
        ['check', '.', '--format', 'json', '--min-severity', 'hint'],
        ['check', '.', '--format', 'sarif', '--min-severity', 'hint'],
        ['fix', '.', '--dry-run', '--unsafe'],
        ['fix', '.', '--unsafe'],
        ['check', '.', '--format', 'text', '--min-severity', 'hint'],
      ];
      let sawFinding = false;
      for (const argv of runs) {
        const run = await cli(argv, { cwd: dir, rules: 'catalog', exposure });
        assert.ok(run.code !== 3, `${argv.join(' ')} crashed: ${run.stderr}`);
        if (/literal-secret|secret-in-args|credentials-in-url/.test(run.stdout)) sawFinding = true;
        assertNoLeak(run.stdout, secrets, `mcp-warden ${argv.join(' ')} stdout`);
        assertNoLeak(run.stderr, secrets, `mcp-warden ${argv.join(' ')} stderr`);
      }
      assert.ok(sawFinding, 'the CLI reported no secret finding at all: the test would prove nothing');
    } finally {
      cleanup();
    }
  });
});
