/** Every real-world config of the shared corpus is detected as its labelled host, parses without crashing, and yields its servers. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine/index';
import { loadRealFixtures, type RealFixture } from '../helpers/real-fixtures';

const fixtures = loadRealFixtures();
// TOML (Codex) files belong to the TOML/YAML hosts and have their own test there; here they are only counted.
const tomlFixtures = fixtures.filter((fixture) => fixture.file.endsWith('.toml'));
const jsonFixtures = fixtures.filter((fixture) => !fixture.file.endsWith('.toml'));

describe('real-world corpus', () => {
  it('holds exactly the five Codex TOML files besides the JSON ones', () => {
    assert.deepEqual(tomlFixtures.map((f) => f.host), ['codex', 'codex', 'codex', 'codex', 'codex']);
    assert.ok(jsonFixtures.length >= 60, `only ${jsonFixtures.length} JSON fixtures`);
  });

  for (const fixture of jsonFixtures) {
    it(`${fixture.file} is read as ${fixture.host}`, () => check(fixture));
  }
});

function check(fixture: RealFixture): void {
  const result = lint({ text: fixture.text, path: fixture.path, ...(fixture.hostOverride ? { hostOverride: fixture.hostOverride } : {}) });
  assert.deepEqual(result.engineErrors, [], 'no rule may throw');
  assert.equal(result.isMcpConfig, true, 'not recognised as an MCP config');
  assert.equal(result.host?.id, fixture.host, 'host');
  const config = result.config;
  assert.ok(config, 'no model was read');
  const names = new Set(config.servers.map((server) => server.name));
  const broken = fixture.label.parse.startsWith('invalid');
  // Servers under another host's key are not loaded by this host: the model has none, and wrong-root-key says why (125: Zed with VS Code's `mcp.servers`).
  const wrongKey = result.findings.some((f) => f.ruleId === 'wrong-root-key' && f.severity === 'error');
  if (wrongKey) {
    assert.equal(names.size, 0, 'a file whose servers sit under the wrong key has no loaded servers');
    return;
  }
  assert.ok(names.size > 0 || broken, 'no servers were read');
  for (const expectation of fixture.label.expect) {
    for (const server of expectation.server.split('+')) {
      if (server === '' || server === '*') continue;
      assert.ok(names.has(server), `labelled server "${server}" (${expectation.rule}) is not in the model: ${[...names].join(', ')}`);
    }
  }
  // Labelled invalid for strict parsers; hosts that read JSONC may accept it (Cursor and a BOM), but the parser must notice.
  if (broken) assert.ok(result.document.problems.length > 0, 'a file labelled invalid has no parse problem');
  else assert.ok(!result.findings.some((f) => f.ruleId === 'syntax-error' && f.severity === 'error' && f.confidence === 'high'), 'a valid file gets no parse error');
  for (const server of config.servers) {
    const text = fixture.text.slice(server.nameSpan.offset, server.nameSpan.offset + server.nameSpan.length);
    assert.equal(JSON.parse(text), server.name, `name span of ${server.name}`);
  }
}
