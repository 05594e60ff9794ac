/** Codex, Continue and Goose: detection by path, the normalised server model and user-level locations. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCandidatePath, lint, userConfigLocations, type LintResult, type ServerEntry } from '../../server/src/engine/index';

const HOME = '/home/dev';

function read(path: string, text: string): LintResult {
  return lint({ text, path, homeDir: HOME });
}

function server(result: LintResult, name: string): ServerEntry {
  const found = result.config?.servers.find((entry) => entry.name === name);
  assert.ok(found, `server ${name} expected among ${result.config?.servers.map((s) => s.name).join(', ')}`);
  return found;
}

const slice = (result: LintResult, span: { offset: number; length: number } | undefined): string => {
  assert.ok(span, 'span expected');
  return result.document.text.slice(span.offset, span.offset + span.length);
};

describe('codex host', () => {
  const text = '[mcp_servers.fs]\ncommand = "npx"\nargs = ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "/srv"]\nenv = { DEBUG = "1" }\ncwd = "/srv"\nenabled = false\n\n[mcp_servers.remote]\nurl = "https://example.com/mcp"\nhttp_headers = { "X-Team" = "core" }\n';

  it('claims .codex/config.toml: user scope in the home folder, project scope elsewhere', () => {
    assert.equal(read(`${HOME}/.codex/config.toml`, text).config?.scope, 'user');
    const project = read('/repo/.codex/config.toml', text);
    assert.equal(project.host?.id, 'codex');
    assert.equal(project.config?.scope, 'project');
    assert.equal(project.config?.detectedBy, 'path');
    assert.ok(isCandidatePath('/repo/.codex/config.toml'));
    assert.ok(!isCandidatePath('/repo/config.toml'));
  });

  it('normalises a stdio server: command, args, env, cwd, launch, disabled (enabled = false)', () => {
    const result = read('/repo/.codex/config.toml', text);
    const fs = server(result, 'fs');
    assert.equal(fs.transport, 'stdio');
    assert.equal(slice(result, fs.nameSpan), 'fs');
    assert.equal(slice(result, fs.command?.span), '"npx"');
    assert.deepEqual(fs.args.map((arg) => slice(result, arg.span)), ['"-y"', '"@modelcontextprotocol/server-filesystem@2025.7.1"', '"/srv"']);
    assert.deepEqual(fs.env.map((entry) => [entry.key, slice(result, entry.keySpan), slice(result, entry.value.span)]), [['DEBUG', 'DEBUG', '"1"']]);
    assert.equal(fs.cwd?.value, '/srv');
    assert.equal(fs.disabled?.value, true);
    assert.equal(fs.launch?.package?.name, '@modelcontextprotocol/server-filesystem');
    assert.equal(fs.launch?.package?.version, '2025.7.1');
    assert.equal(slice(result, fs.launch?.package?.versionSpan), '2025.7.1');
  });

  it('normalises an HTTP server: url, http_headers as headers', () => {
    const result = read('/repo/.codex/config.toml', text);
    const remote = server(result, 'remote');
    assert.equal(remote.transport, 'http');
    assert.equal(remote.url?.value, 'https://example.com/mcp');
    assert.deepEqual(remote.headers.map((entry) => [entry.key, slice(result, entry.value.span)]), [['X-Team', '"core"']]);
    assert.deepEqual(remote.headers[0]?.value.path, ['mcp_servers', 'remote', 'http_headers', 'X-Team']);
  });

  it('is detected by shape for a TOML file at another path', () => {
    const result = read('/tmp/codex-home/config.toml', text);
    assert.equal(result.host?.id, 'codex');
    assert.equal(result.config?.detectedBy, 'shape');
  });
});

describe('continue host', () => {
  const yaml = 'name: Team\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: sqlite\n    command: uvx\n    args: [mcp-server-sqlite==0.6.2, --db-path, ./db.sqlite]\n    env:\n      MODE: ro\n  - name: docs\n    type: streamable-http\n    url: https://example.com/mcp\n    requestOptions:\n      headers:\n        X-Team: core\n  - command: node\n';

  it('reads the mcpServers list; the name value names the server', () => {
    const result = read('/repo/.continue/mcpServers/team.yaml', yaml);
    assert.equal(result.host?.id, 'continue');
    assert.equal(result.config?.scope, 'project');
    assert.deepEqual(result.config?.servers.map((s) => s.name), ['sqlite', 'docs', 'mcpServers[2]']);
    const sqlite = server(result, 'sqlite');
    assert.equal(slice(result, sqlite.nameSpan), 'sqlite');
    assert.deepEqual(sqlite.path, ['mcpServers', 0]);
    assert.equal(sqlite.launch?.package?.ecosystem, 'pypi');
    assert.equal(sqlite.launch?.package?.name, 'mcp-server-sqlite');
    assert.deepEqual(sqlite.env.map((entry) => entry.value.path), [['mcpServers', 0, 'env', 'MODE']]);
    const docs = server(result, 'docs');
    assert.equal(docs.transport, 'http');
    assert.deepEqual(docs.headers.map((entry) => [entry.key, slice(result, entry.value.span)]), [['X-Team', 'core']]);
  });

  it('skips Hub block references (`uses:`), whose launch is not in the file', () => {
    const result = read(`${HOME}/.continue/config.yaml`, 'name: Mine\nversion: 1.0.0\nschema: v1\nmcpServers:\n  - uses: upstash/context7-mcp\n    with:\n      KEY: ${{ secrets.KEY }}\n  - name: local\n    command: node\n');
    assert.deepEqual(result.config?.servers.map((s) => s.name), ['local']);
    assert.ok(!result.findings.some((f) => f.ruleId === 'missing-command-or-url'));
  });

  it('reads a Claude-style JSON file dropped in .continue/mcpServers', () => {
    const result = read('/repo/.continue/mcpServers/claude.json', JSON.stringify({ mcpServers: { fetch: { command: 'uvx', args: ['mcp-server-fetch'] } } }));
    assert.equal(result.host?.id, 'continue');
    assert.deepEqual(result.config?.servers.map((s) => [s.name, s.transport]), [['fetch', 'stdio']]);
  });

  it('claims ~/.continue/config.yaml as user scope and offers ${{ secrets.NAME }}', () => {
    const result = read(`${HOME}/.continue/config.yaml`, yaml);
    assert.equal(result.config?.scope, 'user');
    assert.equal(result.host?.capabilities.envReference?.('TOKEN'), '${{ secrets.TOKEN }}');
    assert.equal(result.host?.capabilities.secretsEnvFile?.(`${HOME}/.continue/config.yaml`), '.env');
    assert.equal(result.host?.capabilities.secretsEnvFile?.('/repo/.continue/mcpServers/team.yaml'), '../.env');
  });
});

describe('goose host', () => {
  const yaml = 'GOOSE_MODE: smart_approve\nextensions:\n  developer:\n    type: builtin\n    enabled: true\n  github:\n    type: stdio\n    cmd: npx\n    args: [-y, "@modelcontextprotocol/server-github@2025.4.8"]\n    envs:\n      DEBUG: "1"\n    env_keys: [GITHUB_PERSONAL_ACCESS_TOKEN]\n    enabled: false\n  remote:\n    type: streamable_http\n    uri: https://example.com/mcp\n    headers:\n      Authorization: Bearer ${TOKEN}\n';

  it('maps cmd/envs/uri to command/env/url; in-process extensions are not servers', () => {
    const result = read(`${HOME}/.config/goose/config.yaml`, yaml);
    assert.equal(result.host?.id, 'goose');
    assert.equal(result.config?.scope, 'user');
    assert.deepEqual(result.config?.servers.map((s) => s.name), ['github', 'remote']);
    const github = server(result, 'github');
    assert.equal(github.transport, 'stdio');
    assert.equal(slice(result, github.command?.span), 'npx');
    assert.equal(github.launch?.package?.name, '@modelcontextprotocol/server-github');
    assert.deepEqual(github.env.map((entry) => entry.value.path), [['extensions', 'github', 'envs', 'DEBUG']]);
    assert.equal(github.disabled?.value, true);
    const remote = server(result, 'remote');
    assert.equal(remote.transport, 'http');
    assert.equal(remote.url?.value, 'https://example.com/mcp');
    assert.equal(remote.headers[0]?.key, 'Authorization');
    assert.deepEqual(result.config?.settings.map((entry) => entry.key), ['GOOSE_MODE']);
  });

  it('is found on Windows and under a custom XDG_CONFIG_HOME', () => {
    assert.equal(read('C:\\Users\\dev\\AppData\\Roaming\\Block\\goose\\config\\config.yaml', yaml).host?.id, 'goose');
    assert.equal(read('/opt/xdg/goose/config.yaml', yaml).host?.id, 'goose');
    assert.ok(isCandidatePath('/home/dev/.config/goose/config.yaml'));
  });
});

describe('user-level locations', () => {
  it('lists the Codex, Continue and Goose files for each platform', () => {
    const linux = userConfigLocations({ platform: 'linux', homeDir: HOME, env: {} });
    const paths = (host: string, list = linux): string[] => list.filter((l) => l.hostId === host).map((l) => l.path);
    assert.deepEqual(paths('codex'), [`${HOME}/.codex/config.toml`]);
    assert.deepEqual(paths('continue'), [`${HOME}/.continue/config.yaml`, `${HOME}/.continue/mcpServers`]);
    assert.deepEqual(paths('goose'), [`${HOME}/.config/goose/config.yaml`]);
    const custom = userConfigLocations({ platform: 'linux', homeDir: HOME, env: { CODEX_HOME: '/opt/codex' } });
    assert.deepEqual(paths('codex', custom), ['/opt/codex/config.toml']);
    const windows = userConfigLocations({ platform: 'win32', homeDir: 'C:/Users/dev', env: { APPDATA: 'C:\\Users\\dev\\AppData\\Roaming' } });
    assert.deepEqual(paths('goose', windows), ['C:/Users/dev/AppData/Roaming/Block/goose/config/config.yaml']);
    for (const location of [...linux, ...windows].filter((l) => ['codex', 'continue', 'goose'].includes(l.hostId) && !l.filePattern)) {
      assert.ok(isCandidatePath(location.path, { homeDir: HOME }), `${location.path} is a candidate path`);
    }
  });
});

describe('inline suppressions in TOML and YAML comments', () => {
  it('a # mcp-warden-ignore comment suppresses the finding on the next line, with its reason', () => {
    const toml = '[mcp_servers.memory]\ncommand = "npx"\n# mcp-warden-ignore[unpinned-package] pinned by our wrapper\nargs = ["-y", "@modelcontextprotocol/server-memory"]\n';
    const yaml = 'extensions:\n  memory:\n    cmd: npx\n    args: [-y, "@modelcontextprotocol/server-memory"] # mcp-warden-ignore[unpinned-package] pinned by our wrapper\n';
    for (const [path, text] of [['/repo/.codex/config.toml', toml], [`${HOME}/.config/goose/config.yaml`, yaml]] as const) {
      const finding = read(path, text).findings.find((f) => f.ruleId === 'unpinned-package');
      assert.ok(finding, `${path}: unpinned-package expected`);
      assert.equal(finding.suppressed?.reason, 'pinned by our wrapper', path);
    }
  });
});
