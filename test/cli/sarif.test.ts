/** SARIF output validates against the official 2.1.0 schema and carries rules, fingerprints, related locations and suppressions. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Ajv from 'ajv';
import { cli, REPO_ROOT, tempDir, writeTree } from './cli-harness';
import { fakeToken, TEST_RULES } from './fake-rules';

type Json = any; // eslint-style escape hatch for walking the SARIF tree in assertions

const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object;
const validate = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true }).compile(schema);

function assertValidSarif(log: unknown): void {
  const ok = validate(log);
  assert.ok(ok, `SARIF does not validate: ${JSON.stringify(validate.errors?.slice(0, 5), null, 2)}`);
}

describe('check --format sarif', () => {
  const { dir, cleanup } = tempDir();
  after(cleanup);
  const projectA = '{\n  "mcpServers": {\n    "same": { "command": "node", "args": ["a.js"] }\n  }\n}\n';
  before(() => writeTree(dir, {
    'a/.mcp.json': projectA,
    'b/.vscode/mcp.json': `// team servers\n{\n  "servers": {\n    // mcp-warden-ignore[demo-literal-token] rotated weekly, test account\n    "same": { "command": "node", "args": ["b.js"], "env": { "TOKEN": "${fakeToken()}" } }\n  }\n}\n`,
    'c dir/claude_desktop_config.json': '{ "mcpServers": { "x": { "command": "node", "args": ["c.js"], } } }',
  }));

  it('validates against the SARIF 2.1.0 schema and describes every rule', async () => {
    const run = await cli(['check', '--format', 'sarif'], { cwd: dir });
    const log = JSON.parse(run.stdout) as Json;
    assertValidSarif(log);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const [sarifRun] = log.runs;
    assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
    const driver = sarifRun.tool.driver;
    assert.equal(driver.name, 'mcp-warden');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepEqual(driver.rules.map((rule: Json) => rule.id), TEST_RULES.map((rule) => rule.meta.id));
    const demo = driver.rules.find((rule: Json) => rule.id === 'demo-literal-token');
    assert.deepEqual(demo.defaultConfiguration, { level: 'error' });
    assert.match(demo.helpUri, /docs\/rules\/demo-literal-token\.md$/);
    assert.deepEqual(demo.properties.tags, ['secrets', 'security']);
    assert.ok(demo.shortDescription.text && demo.fullDescription.text);
    assert.ok(!run.stdout.includes(fakeToken()), 'no secret in SARIF');
  });

  it('gives 1-based regions with artifact URIs relative to the working folder', async () => {
    const log = JSON.parse((await cli(['check', '--format', 'sarif'], { cwd: dir })).stdout) as Json;
    const results = log.runs[0].results as Json[];
    const comma = results.find((result) => result.ruleId === 'syntax-error');
    assert.equal(comma.level, 'error');
    const location = comma.locations[0].physicalLocation;
    assert.deepEqual(location.artifactLocation, { uri: 'c%20dir/claude_desktop_config.json', uriBaseId: '%SRCROOT%' });
    const column = '{ "mcpServers": { "x": { "command": "node", "args": ["c.js"], } } }'.indexOf('], }') + 2;
    assert.deepEqual(location.region, { startLine: 1, startColumn: column, endLine: 1, endColumn: column + 1 });
    assert.equal(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, 'file://<tmp>/', 'the working folder, scrubbed by the harness');
    assert.equal(comma.properties.confidence, 'medium');
  });

  it('marks suppressed findings with a justification and links related locations in other files', async () => {
    const log = JSON.parse((await cli(['check', '--format', 'sarif'], { cwd: dir })).stdout) as Json;
    const results = log.runs[0].results as Json[];
    const token = results.find((result) => result.ruleId === 'demo-literal-token');
    assert.deepEqual(token.suppressions, [{ kind: 'inSource', justification: 'rotated weekly, test account' }]);
    const same = results.find((result) => result.ruleId === 'demo-same-name');
    assert.equal(same.level, 'warning');
    assert.deepEqual(same.relatedLocations, [{
      id: 0,
      physicalLocation: { artifactLocation: { uri: 'a/.mcp.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 11 } },
      message: { text: 'first definition' },
    }]);
    assert.equal(same.properties.server, 'same');
  });

  it('keeps partialFingerprints stable when lines move', async () => {
    const before = JSON.parse((await cli(['check', 'a', 'b', '--format', 'sarif'], { cwd: dir })).stdout) as Json;
    writeTree(dir, { 'b/.vscode/mcp.json': '\n\n\n' + readFileSync(join(dir, 'b/.vscode/mcp.json'), 'utf8') });
    const afterMove = JSON.parse((await cli(['check', 'a', 'b', '--format', 'sarif'], { cwd: dir })).stdout) as Json;
    const prints = (log: Json): string[] => log.runs[0].results.map((result: Json) => `${result.ruleId}:${result.partialFingerprints['mcpWarden/v1']}`).sort();
    const lines = (log: Json): number[] => log.runs[0].results.map((result: Json) => result.locations[0].physicalLocation.region.startLine).sort();
    assert.notDeepEqual(lines(before), lines(afterMove), 'the findings did move');
    assert.deepEqual(prints(before), prints(afterMove));
    assert.ok(prints(before).every((print) => /:[0-9a-f]{32}$/.test(print)));
  });

  it('reports unreadable input as a tool notification and executionSuccessful false', async () => {
    writeTree(dir, { 'bin/.mcp.json': new Uint8Array([0x7b, 0x00, 0x7d]) });
    const run = await cli(['check', 'bin', 'a', '--format', 'sarif'], { cwd: dir });
    assert.equal(run.code, 2);
    const log = JSON.parse(run.stdout) as Json;
    assertValidSarif(log);
    assert.equal(log.runs[0].invocations[0].executionSuccessful, false);
    assert.match(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text, /bin\/\.mcp\.json: not a text file/);
  });

  it('validates on the bundled examples', async () => {
    const run = await cli(['check', 'examples', '--format', 'sarif'], { cwd: REPO_ROOT, rules: 'catalog' });
    assertValidSarif(JSON.parse(run.stdout));
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
  });
});
