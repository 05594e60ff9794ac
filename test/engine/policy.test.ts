/** Policy: severity overrides, off, minimum confidence, profiles, inline suppressions and `.mcp-warden.json` ignores. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engineConfigFrom, lint, parsePolicyFile, type EngineConfig, type Finding } from '../../server/src/engine/index';

const VSCODE = '/repo/.vscode/mcp.json';
/** Two unknown fields: `envv` (high confidence: did-you-mean) and `zzz` (low confidence: nothing close). */
const TWO_FIELDS = '{\n  "servers": {\n    "a": { "command": "node", "envv": {} },\n    "b": { "command": "node", "zzzzzz": 1 }\n  }\n}\n';

function config(raw: unknown): EngineConfig {
  const { config: result, problems } = engineConfigFrom(raw);
  assert.deepEqual(problems, []);
  return result;
}
function unknownFields(text: string, raw: unknown = {}, path = VSCODE): Finding[] {
  return lint({ text, path, config: config(raw) }).findings.filter((f) => f.ruleId === 'unknown-field');
}

describe('policy', () => {
  it('reports with default severities when nothing is configured', () => {
    const findings = unknownFields(TWO_FIELDS);
    assert.deepEqual(findings.map((f) => [f.severity, f.confidence]), [['warning', 'high'], ['warning', 'low']]);
  });
  it('a severity override applies to every finding of the rule', () => {
    assert.deepEqual(unknownFields(TWO_FIELDS, { rules: { 'unknown-field': 'error' } }).map((f) => f.severity), ['error', 'error']);
  });
  it('"off" drops the rule, "default" keeps its severity', () => {
    assert.deepEqual(unknownFields(TWO_FIELDS, { rules: { 'unknown-field': 'off' } }), []);
    assert.equal(unknownFields(TWO_FIELDS, { rules: { 'unknown-field': 'default' } }).length, 2);
  });
  it('minConfidence drops less certain findings', () => {
    assert.deepEqual(unknownFields(TWO_FIELDS, { minConfidence: 'medium' }).map((f) => f.server), ['a']);
    assert.deepEqual(unknownFields(TWO_FIELDS, { minConfidence: 'high' }).map((f) => f.server), ['a']);
  });
  it('the pedantic profile reports what the default profile leaves out', () => {
    const text = '{ "servers": { "a": { "command": "node", "_note": "x" } } }';
    assert.equal(unknownFields(text).length, 0);
    assert.equal(unknownFields(text, { profile: 'pedantic' }).length, 1);
  });
  it('invalid settings are described, with their path, and fall back to defaults', () => {
    const { config: result, problems } = engineConfigFrom({ rules: { x: 'loud' }, minConfidence: 'sure', profile: 'strict', ignores: {} });
    assert.deepEqual(problems.map((p) => p.path), [['rules', 'x'], ['minConfidence'], ['profile'], ['ignores']]);
    assert.equal(result.minConfidence, 'low');
    assert.equal(result.profile, 'default');
  });

  describe('inline suppressions', () => {
    it('on the line before suppresses the finding, which is kept and marked', () => {
      const text = '{\n  "servers": {\n    // mcp-warden-ignore[unknown-field] read by our wrapper script\n    "a": { "command": "node", "envv": {} }\n  }\n}\n';
      const [finding] = unknownFields(text);
      assert.deepEqual(finding?.suppressed, { kind: 'inline', reason: 'read by our wrapper script' });
    });
    it('at the end of the same line suppresses it (CRLF)', () => {
      const text = '{\r\n  "servers": {\r\n    "a": { "command": "node", "envv": {} } // mcp-warden-ignore[unknown-field, other] wrapper\r\n  }\r\n}\r\n';
      assert.equal(unknownFields(text)[0]?.suppressed?.kind, 'inline');
    });
    it('does not reach two lines down, nor other rules', () => {
      const text = '{\n  // mcp-warden-ignore[unknown-field] wrapper\n  "servers": {\n    "a": { "command": "node", "envv": {} }\n  }\n}\n';
      assert.equal(unknownFields(text)[0]?.suppressed, undefined);
      const other = '{\n  "servers": {\n    // mcp-warden-ignore[duplicate-server] wrapper\n    "a": { "command": "node", "envv": {} }\n  }\n}\n';
      assert.equal(unknownFields(other)[0]?.suppressed, undefined);
    });
    it('without a reason it suppresses nothing and is itself reported', () => {
      const text = '{\n  "servers": {\n    // mcp-warden-ignore[unknown-field]\n    "a": { "command": "node", "envv": {} }\n  }\n}\n';
      const result = lint({ text, path: VSCODE });
      assert.equal(result.findings.find((f) => f.ruleId === 'unknown-field')?.suppressed, undefined);
      assert.ok(result.findings.some((f) => f.ruleId === 'invalid-suppression'));
    });
    it('is ignored in hosts whose files cannot hold comments', () => {
      const text = '{\n  "mcpServers": {\n    // mcp-warden-ignore[unknown-field] wrapper\n    "a": { "command": "node", "envv": {} }\n  }\n}\n';
      const result = lint({ text, path: '/home/dev/.config/Claude/claude_desktop_config.json' });
      assert.equal(result.findings.find((f) => f.ruleId === 'unknown-field')?.suppressed, undefined);
    });
  });

  describe('.mcp-warden.json ignores', () => {
    const policy = (ignores: unknown[]): EngineConfig => {
      const { config: result, problems } = parsePolicyFile(JSON.stringify({ ignores }), '/repo');
      assert.deepEqual(problems, []);
      return result;
    };
    const lintWith = (cfg: EngineConfig, path = VSCODE): Finding[] => lint({ text: TWO_FIELDS, path, config: cfg }).findings.filter((f) => f.ruleId === 'unknown-field');

    it('matches a file glob relative to the policy folder, and keeps the reason', () => {
      const findings = lintWith(policy([{ rule: 'unknown-field', file: '.vscode/*.json', reason: 'legacy fields' }]));
      assert.deepEqual(findings.map((f) => f.suppressed), [{ kind: 'policy', reason: 'legacy fields' }, { kind: 'policy', reason: 'legacy fields' }]);
    });
    it('** globs and a server filter', () => {
      const findings = lintWith(policy([{ rule: 'unknown-field', file: '**/mcp.json', server: 'b', reason: 'b is ours' }]));
      assert.deepEqual(findings.map((f) => f.suppressed?.kind), [undefined, 'policy']);
    });
    it('a glob for another file or rule does not match', () => {
      assert.ok(lintWith(policy([{ rule: 'unknown-field', file: 'other/*.json', reason: 'x' }])).every((f) => !f.suppressed));
      assert.ok(lintWith(policy([{ rule: 'duplicate-server', file: '**', reason: 'x' }])).every((f) => !f.suppressed));
    });
    it('a file outside the policy folder is not matched by a relative glob', () => {
      const cfg = policy([{ rule: 'unknown-field', file: '.vscode/mcp.json', reason: 'x' }]);
      assert.ok(lintWith(cfg, '/elsewhere/.vscode/mcp.json').every((f) => !f.suppressed));
    });
    it('an ignore without a reason is rejected with its location', () => {
      const text = '{\n  "ignores": [\n    { "rule": "unknown-field", "file": "**" }\n  ]\n}\n';
      const { config: result, problems } = parsePolicyFile(text, '/repo');
      assert.equal(result.ignores.length, 0);
      assert.equal(problems.length, 1);
      assert.match(problems[0]?.message ?? '', /reason is required/);
      assert.equal(text.slice(problems[0]?.span.offset, (problems[0]?.span.offset ?? 0) + (problems[0]?.span.length ?? 0)), '{ "rule": "unknown-field", "file": "**" }');
    });
    it('a broken policy file reports its parse errors', () => {
      const { problems } = parsePolicyFile('{ "ignores": [ }', '/repo');
      assert.ok(problems.length > 0);
      assert.ok(problems.every((p) => p.message.startsWith('.mcp-warden.json')));
    });
  });
});
