/** The extension manifest and the JSON schemas agree with the engine: rule ids, host files, settings, commands, icon. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { parse as parseJsonc } from 'jsonc-parser';
import { ALL_HOSTS, ALL_RULES, hostById, ruleDocsUrl } from '../../server/src/engine/index';
import { ClientCommands, SettingNames } from '../../server/src/protocol/protocol';
import { mcpFilePatterns, ruleDocsUrl as clientRuleDocsUrl, ruleEntries } from '../../client/src/manifest';
import { loadRealFixtures } from '../helpers/real-fixtures';
import { REPO_ROOT, globToRegExp, readJson } from './repo-files';

interface Manifest {
  main: string; icon: string; license: string; repository: { url: string }; engines: { vscode: string };
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: string; description: string; restrictedConfigurations: string[] } };
  contributes: {
    configuration: { properties: Record<string, { scope?: string; properties?: Record<string, unknown> }> };
    commands: { command: string; title: string; category: string }[];
    jsonValidation: { fileMatch: string[]; url: string }[];
  };
}
const manifest = readJson<Manifest>('package.json');
const ruleIds = ALL_RULES.map((rule) => rule.meta.id).sort();
const REGENERATE = 'run "npx tsc -b && node scripts/generate-schemas.mjs" and commit the result';

/** The generator's pieces (scripts/schemas/schema-parts.mjs), so the tests compare with what it would write. */
async function schemaParts(): Promise<SchemaParts> {
  return (await import(pathToFileURL(join(REPO_ROOT, 'scripts/schemas/schema-parts.mjs')).href)) as SchemaParts;
}

function diff(expected: readonly string[], actual: readonly string[]): string {
  const missing = expected.filter((id) => !actual.includes(id));
  const extra = actual.filter((id) => !expected.includes(id));
  return `${missing.length ? `missing: ${missing.join(', ')}` : ''}${missing.length && extra.length ? '; ' : ''}${extra.length ? `not registered: ${extra.join(', ')}` : ''}`;
}

describe('package.json manifest', () => {
  it('the mcpWarden.rules setting lists exactly the registered rule ids', () => {
    const listed = Object.keys(manifest.contributes.configuration.properties['mcpWarden.rules']?.properties ?? {}).sort();
    assert.deepEqual(listed, ruleIds, `mcpWarden.rules is out of date (${diff(ruleIds, listed)}): ${REGENERATE}`);
    assert.deepEqual(ruleEntries(manifest).map((entry) => entry.id).sort(), ruleIds, 'the client reads the same ids');
    for (const entry of ruleEntries(manifest)) {
      assert.equal(entry.description, ALL_RULES.find((rule) => rule.meta.id === entry.id)?.meta.description, `description of ${entry.id}: ${REGENERATE}`);
    }
  });

  it('activates on every MCP host file name and on the JSON languages, never on "*"', async () => {
    const parts = await schemaParts();
    assert.deepEqual(manifest.activationEvents, parts.activationEvents(ALL_HOSTS), `activationEvents: ${REGENERATE}`);
    const patterns = mcpFilePatterns(manifest);
    const uncovered = ALL_HOSTS.flatMap((host) => host.filePatterns).filter((pattern) => !patterns.includes(pattern) && !parts.NOT_ACTIVATING.includes(pattern));
    assert.deepEqual(uncovered, [], 'host file patterns missing from activationEvents (workspaceContains:)');
    for (const pattern of ['**/.vscode/mcp.json', '**/.mcp.json', '**/claude_desktop_config.json', '**/.cursor/mcp.json', '**/.mcp-warden.json']) {
      assert.ok(patterns.includes(pattern), pattern);
    }
    assert.ok(manifest.activationEvents.includes('onLanguage:json') && manifest.activationEvents.includes('onLanguage:jsonc'));
    assert.ok(!manifest.activationEvents.includes('*') && !manifest.activationEvents.includes('onStartupFinished'));
  });

  it('declares every setting of the protocol, resource-scoped except trace.server', () => {
    const properties = manifest.contributes.configuration.properties;
    const declared = Object.keys(properties).sort();
    const expected = Object.values(SettingNames).map((name) => `mcpWarden.${name}`).sort();
    assert.deepEqual(declared, expected);
    for (const [name, schema] of Object.entries(properties)) {
      assert.equal(schema.scope, name === 'mcpWarden.trace.server' ? 'window' : 'resource', `${name} scope`);
    }
  });

  it('limits untrusted workspaces: every setting that could hide findings or reach the network is restricted', () => {
    const { untrustedWorkspaces } = manifest.capabilities;
    assert.equal(untrustedWorkspaces.supported, 'limited');
    assert.match(untrustedWorkspaces.description, /\.mcp-warden\.json/);
    assert.match(untrustedWorkspaces.description, /network/);
    const expected = Object.keys(manifest.contributes.configuration.properties).filter((name) => name !== 'mcpWarden.trace.server').sort();
    assert.deepEqual([...untrustedWorkspaces.restrictedConfigurations].sort(), expected);
  });

  it('contributes exactly the client commands of the protocol, in the MCP Warden category', () => {
    assert.deepEqual(manifest.contributes.commands.map((command) => command.command).sort(), Object.values(ClientCommands).sort());
    for (const command of manifest.contributes.commands) assert.equal(command.category, 'MCP Warden');
  });

  it('points at the bundle, a 128x128 PNG icon, the license and the repository', () => {
    assert.equal(manifest.main, './dist/extension.js');
    const icon = readFileSync(join(REPO_ROOT, manifest.icon));
    assert.equal(icon.subarray(1, 4).toString('ascii'), 'PNG');
    assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
    assert.equal(manifest.license, 'MIT');
    assert.ok(existsSync(join(REPO_ROOT, 'LICENSE')));
    assert.match(manifest.repository.url, /^https:\/\/github\.com\//);
    const typesVersion = readJson<{ version: string }>('node_modules/@types/vscode/package.json').version;
    assert.equal(manifest.engines.vscode, `^${typesVersion}`, 'engines.vscode matches @types/vscode, so no newer API slips in');
  });

  it('the client builds the same docs URLs as the engine', () => {
    assert.equal(clientRuleDocsUrl('unpinned-package'), ruleDocsUrl('unpinned-package'));
  });
});

describe('JSON schemas (contributes.jsonValidation)', () => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addVocabulary(['markdownDescription', 'enumDescriptions']);
  const schemaOf = (url: string) => readJson<Record<string, unknown>>(url.replace(/^\.\//, ''));
  /** One compiled validator per schema ($id is unique within an Ajv instance). */
  const validatorFor = (url: string) => {
    const schema = schemaOf(url);
    return ajv.getSchema(String(schema.$id)) ?? ajv.compile(schema);
  };

  it('are up to date with the engine (host fields, rule ids)', async () => {
    const parts = await schemaParts();
    const metas = [...ALL_RULES].map((rule) => rule.meta).sort((a, b) => a.id.localeCompare(b.id));
    for (const spec of parts.SCHEMA_HOSTS) {
      const host = hostById(spec.host);
      assert.ok(host, `engine host ${spec.host}`);
      assert.deepEqual(readJson(`schemas/${spec.file}`), parts.hostSchema(spec, host.knownServerFields), `schemas/${spec.file}: ${REGENERATE}`);
    }
    const policy = readJson<{ properties: { rules: { properties: Record<string, unknown> } } }>('schemas/mcp-warden.schema.json');
    const inPolicy = Object.keys(policy.properties.rules.properties).sort();
    assert.deepEqual(inPolicy, ruleIds, `.mcp-warden.json schema rules (${diff(ruleIds, inPolicy)}): ${REGENERATE}`);
    assert.deepEqual(policy, parts.policySchema(metas), `schemas/mcp-warden.schema.json: ${REGENERATE}`);
    const registered = manifest.contributes.jsonValidation.map((entry) => entry.url).sort();
    assert.deepEqual(registered, [...parts.SCHEMA_HOSTS.map((spec) => `./schemas/${spec.file}`), './schemas/mcp-warden.schema.json'].sort());
  });

  it('compile as strict draft-07 schemas', () => {
    for (const entry of manifest.contributes.jsonValidation) {
      assert.doesNotThrow(() => validatorFor(entry.url), entry.url);
    }
  });

  it('cover every file name their host reads, and VS Code\'s own mcp.json is left to VS Code', () => {
    const matched = manifest.contributes.jsonValidation.flatMap((entry) => entry.fileMatch);
    for (const id of ['claude-desktop', 'cursor', 'cline']) {
      for (const pattern of hostById(id)?.filePatterns ?? []) assert.ok(matched.includes(pattern), `${id}: ${pattern}`);
    }
    assert.ok(!matched.some((pattern) => pattern.includes('.vscode/')), 'VS Code ships its own mcp.json schema');
  });

  it('accept real-world configs of their hosts (no false errors)', () => {
    let checked = 0;
    for (const fixture of loadRealFixtures()) {
      if (fixture.label.parse === 'invalid-json' || !fixture.label.source.path) continue;
      const entry = manifest.contributes.jsonValidation.find((candidate) =>
        candidate.fileMatch.some((pattern) => globToRegExp(pattern).test(`/${fixture.label.source.path}`)));
      if (!entry) continue;
      const validate = validatorFor(entry.url);
      const value: unknown = parseJsonc(fixture.text, [], { allowTrailingComma: true });
      assert.ok(validate(value), `${fixture.file} against ${entry.url}: ${ajv.errorsText(validate.errors)}`);
      checked++;
    }
    assert.ok(checked >= 15, `at least 15 real configs matched a schema (got ${checked})`);
  });

  it('report wrong value types in host files', () => {
    const validate = validatorFor('./schemas/cursor.schema.json');
    assert.ok(!validate({ mcpServers: { memory: { command: 'npx', args: '-y server-memory' } } }));
    assert.equal(validate.errors?.[0]?.instancePath, '/mcpServers/memory/args');
    assert.ok(!validate({ mcpServers: { memory: { command: 'npx', env: { TOKEN: 42 } } } }));
    assert.ok(validate({ mcpServers: { memory: { command: 'npx', args: ['-y', 'server-memory@1.0.0'], somethingNew: true } } }), 'unknown keys are the unknown-field rule\'s job');
  });

  it('validate .mcp-warden.json: known rule ids, a reason for every ignore, reviewed keys by ecosystem', () => {
    const validate = validatorFor('./schemas/mcp-warden.schema.json');
    const id = ruleIds[0] ?? 'syntax-error';
    assert.ok(validate({ rules: { [id]: 'off' }, minConfidence: 'medium', ignores: [{ rule: id, file: '.vscode/mcp.json', reason: 'internal server' }],
      reviewed: { 'npm:@modelcontextprotocol/server-memory': [{ version: '2025.9.25', date: '2026-10-02' }] } }), ajv.errorsText(validate.errors));
    assert.ok(!validate({ rules: { 'no-such-rule': 'off' } }), 'unknown rule id');
    assert.ok(!validate({ rules: { [id]: 'critical' } }), 'unknown severity');
    assert.ok(!validate({ ignores: [{ rule: id, file: '.mcp.json' }] }), 'ignore without a reason');
    assert.ok(!validate({ ignores: [{ rule: id, file: '.mcp.json', reason: '   ' }] }), 'blank reason');
    assert.ok(!validate({ reviewed: { 'server-memory': [{ version: '1.0.0' }] } }), 'reviewed key without ecosystem');
    assert.ok(!validate({ rule: {} }), 'a misspelt top-level key');
  });
});

interface SchemaSpec { host: string; file: string }
interface SchemaParts {
  SCHEMA_HOSTS: SchemaSpec[];
  NOT_ACTIVATING: string[];
  activationEvents(hosts: typeof ALL_HOSTS): string[];
  hostSchema(spec: SchemaSpec, fields: readonly string[]): unknown;
  policySchema(rules: readonly unknown[]): unknown;
}
