/** TOML and YAML editors: each edit changes only what it must, keeps comments, and leaves a file that parses. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, applyFixes, parseDocument, type Fix, type TextEdit } from '../../server/src/engine/index';
import type { DocumentEditor } from '../../server/src/engine/parse/document';

type Edit = (editor: DocumentEditor) => TextEdit[];

function check(syntax: 'toml' | 'yaml', before: string, edit: Edit, expected: string): void {
  const document = parseDocument(before, syntax);
  assert.ok(document);
  const edits = edit(document.editor());
  assert.ok(edits.length > 0, 'the editor produced edits');
  const after = applyEdits(before, edits);
  assert.equal(after, expected);
  assert.deepEqual(parseDocument(after, syntax)?.problems, [], `the edited file parses:\n${after}`);
}

const TOML = `# servers
[mcp_servers.github]
command = "npx" # pinned below
args = [
  "-y",
  "@modelcontextprotocol/server-github@2025.4.8",
]
env = { GITHUB_TOKEN = "x", DEBUG = "1" }

[mcp_servers.github.http_headers]
X-One = "1"

[mcp_servers.docs]
url = "https://example.com/mcp"
`;

describe('toml editor', () => {
  it('replaces a value in place, keeping the trailing comment', () => {
    check('toml', TOML, (e) => e.setValue(['mcp_servers', 'github', 'command'], 'uvx'), TOML.replace('command = "npx"', 'command = "uvx"'));
  });
  it('adds a key as a line after the last key of its table', () => {
    check('toml', TOML, (e) => e.setValue(['mcp_servers', 'docs', 'bearer_token_env_var'], 'DOCS_TOKEN'),
      TOML.replace('url = "https://example.com/mcp"\n', 'url = "https://example.com/mcp"\nbearer_token_env_var = "DOCS_TOKEN"\n'));
  });
  it('adds a key to an inline table and to a sub-table', () => {
    check('toml', TOML, (e) => e.setValue(['mcp_servers', 'github', 'env', 'NEW'], 'v'), TOML.replace('DEBUG = "1" }', 'DEBUG = "1", NEW = "v" }'));
    check('toml', TOML, (e) => e.setValue(['mcp_servers', 'github', 'http_headers', 'X-Two'], '2'), TOML.replace('X-One = "1"\n', 'X-One = "1"\nX-Two = "2"\n'));
  });
  it('creates a missing object as an inline table in its server table', () => {
    check('toml', TOML, (e) => e.setValue(['mcp_servers', 'docs', 'env_http_headers', 'X-Key'], 'API_KEY'),
      TOML.replace('url = "https://example.com/mcp"\n', 'url = "https://example.com/mcp"\nenv_http_headers = { X-Key = "API_KEY" }\n'));
  });
  it('adds a new server as a new table at the end', () => {
    check('toml', TOML, (e) => e.setValue(['mcp_servers', 'fetch'], { command: 'uvx', args: ['mcp-server-fetch'] }),
      `${TOML}\n[mcp_servers.fetch]\ncommand = "uvx"\nargs = ["mcp-server-fetch"]\n`);
  });
  it('removes a key line, an inline entry, an array item and a whole server with its sub-tables', () => {
    check('toml', TOML, (e) => e.remove(['mcp_servers', 'docs', 'url']), TOML.replace('url = "https://example.com/mcp"\n', ''));
    check('toml', TOML, (e) => e.remove(['mcp_servers', 'github', 'env', 'GITHUB_TOKEN']), TOML.replace('GITHUB_TOKEN = "x", ', ''));
    check('toml', TOML, (e) => e.remove(['mcp_servers', 'github', 'args', 0]), TOML.replace('"-y",\n  ', ''));
    check('toml', TOML, (e) => e.remove(['mcp_servers', 'github']), '# servers\n\n[mcp_servers.docs]\nurl = "https://example.com/mcp"\n');
  });
  it('appends to a multi-line array in its own layout, and creates a missing array', () => {
    check('toml', TOML, (e) => e.appendToArray(['mcp_servers', 'github', 'args'], '--read-only'),
      TOML.replace('server-github@2025.4.8",\n', 'server-github@2025.4.8",\n  "--read-only",\n'));
    check('toml', TOML, (e) => e.appendToArray(['mcp_servers', 'docs', 'env_vars'], 'TOKEN'),
      TOML.replace('url = "https://example.com/mcp"\n', 'url = "https://example.com/mcp"\nenv_vars = ["TOKEN"]\n'));
  });
  it('adds a top-level key before the first table (after leading comments)', () => {
    check('toml', '#:schema x\n\n[mcp_servers.a]\ncommand = "node"\n', (e) => e.setValue(['approval_policy'], 'on-request'),
      '#:schema x\n\napproval_policy = "on-request"\n\n[mcp_servers.a]\ncommand = "node"\n');
  });
  it('keeps CRLF line endings', () => {
    check('toml', '[mcp_servers.a]\r\ncommand = "node"\r\n', (e) => e.setValue(['mcp_servers', 'a', 'cwd'], '/srv'),
      '[mcp_servers.a]\r\ncommand = "node"\r\ncwd = "/srv"\r\n');
  });
  it('quotes keys and strings the TOML way', () => {
    check('toml', '[mcp_servers.a]\ncommand = "node"\n', (e) => e.setValue(['mcp_servers', 'a', 'env'], { 'my key': 'quote " and \\ back' }),
      '[mcp_servers.a]\ncommand = "node"\nenv = { "my key" = "quote \\" and \\\\ back" }\n');
  });
});

const YAML = `# Goose
extensions:
  github:
    type: stdio # local
    cmd: npx
    args:
      - -y
      - "@modelcontextprotocol/server-github@2025.4.8"
    envs:
      GITHUB_TOKEN: x
      DEBUG: "1"
  fetch: { type: stdio, cmd: uvx, args: [mcp-server-fetch] }
`;

describe('yaml editor', () => {
  it('replaces a value in place, keeping the trailing comment', () => {
    check('yaml', YAML, (e) => e.setValue(['extensions', 'github', 'type'], 'streamable_http'), YAML.replace('type: stdio # local', 'type: streamable_http # local'));
  });
  it('adds a key in block style at the indentation of its siblings', () => {
    check('yaml', YAML, (e) => e.setValue(['extensions', 'github', 'envs', 'NEW'], 'v'), YAML.replace('DEBUG: "1"\n', 'DEBUG: "1"\n      NEW: v\n'));
    check('yaml', YAML, (e) => e.setValue(['extensions', 'github', 'timeout'], 300), YAML.replace('DEBUG: "1"\n', 'DEBUG: "1"\n    timeout: 300\n'));
  });
  it('adds a key to a flow map in flow style', () => {
    check('yaml', YAML, (e) => e.setValue(['extensions', 'fetch', 'enabled'], false), YAML.replace('args: [mcp-server-fetch] }', 'args: [mcp-server-fetch], "enabled": false }'));
  });
  it('writes a missing list in block style', () => {
    check('yaml', YAML, (e) => e.appendToArray(['extensions', 'github', 'env_keys'], 'GITHUB_TOKEN'),
      YAML.replace('DEBUG: "1"\n', 'DEBUG: "1"\n    env_keys:\n      - GITHUB_TOKEN\n'));
  });
  it('appends to block and flow lists', () => {
    check('yaml', YAML, (e) => e.appendToArray(['extensions', 'github', 'args'], '--read-only'), YAML.replace('2025.4.8"\n', '2025.4.8"\n      - --read-only\n'));
    check('yaml', YAML, (e) => e.appendToArray(['extensions', 'fetch', 'args'], '--x'), YAML.replace('[mcp-server-fetch]', '[mcp-server-fetch, "--x"]'));
  });
  it('removes a key line, a list item, a flow entry and a whole server', () => {
    check('yaml', YAML, (e) => e.remove(['extensions', 'github', 'envs', 'DEBUG']), YAML.replace('      DEBUG: "1"\n', ''));
    check('yaml', YAML, (e) => e.remove(['extensions', 'github', 'args', 0]), YAML.replace('      - -y\n', ''));
    check('yaml', YAML, (e) => e.remove(['extensions', 'fetch', 'type']), YAML.replace('type: stdio, cmd: uvx', 'cmd: uvx'));
    check('yaml', YAML, (e) => e.remove(['extensions', 'github']), '# Goose\nextensions:\n  fetch: { type: stdio, cmd: uvx, args: [mcp-server-fetch] }\n');
  });
  it('leaves `{}` when the last entry of a block map goes', () => {
    const text = 'extensions:\n  a:\n    cmd: node\n    envs:\n      ONLY: x\n';
    check('yaml', text, (e) => e.remove(['extensions', 'a', 'envs', 'ONLY']), 'extensions:\n  a:\n    cmd: node\n    envs: {}\n');
  });
  it('removes the first key of a list item, moving the next key onto the dash line', () => {
    const text = 'mcpServers:\n  - name: a\n    command: node\n';
    check('yaml', text, (e) => e.remove(['mcpServers', 0, 'name']), 'mcpServers:\n  - command: node\n');
  });
  it('does not edit through an alias (that would change every use of the anchor)', () => {
    const text = 'base: &b\n  cmd: npx\nextensions:\n  one: *b\n';
    const document = parseDocument(text, 'yaml');
    assert.deepEqual(document?.editor().setValue(['extensions', 'one', 'cmd'], 'uvx'), []);
    assert.deepEqual(document?.editor().remove(['extensions', 'one', 'cmd']), []);
  });
  it('keeps CRLF line endings', () => {
    check('yaml', 'extensions:\r\n  a:\r\n    cmd: node\r\n    envs:\r\n      A: x\r\n      B: y\r\n', (e) => e.remove(['extensions', 'a', 'envs', 'A']),
      'extensions:\r\n  a:\r\n    cmd: node\r\n    envs:\r\n      B: y\r\n');
    check('yaml', 'extensions:\r\n  a:\r\n    cmd: node\r\n', (e) => e.appendToArray(['extensions', 'a', 'env_keys'], 'K'),
      'extensions:\r\n  a:\r\n    cmd: node\r\n    env_keys:\r\n      - K\r\n');
  });
  it('fills an empty value with a block', () => {
    check('yaml', 'extensions:\n  a:\n    cmd: node\n    envs:\n', (e) => e.setValue(['extensions', 'a', 'envs', 'K'], 'v'), 'extensions:\n  a:\n    cmd: node\n    envs:\n      K: v\n');
  });
  it('removals of the first two entries of a block map or list exclude each other, so fix-all never leaves null behind', () => {
    const text = 'extensions:\n  a:\n    envs:\n      A: "1"\n      B: "2"\n      C: "3"\n    args:\n      - x\n      - y\n';
    const removal = (path: (string | number)[]): Fix => ({ title: path.join('.'), safe: true, edits: parseDocument(text, 'yaml').editor().remove(path) });
    const envs = ['A', 'B', 'C'].map((key) => removal(['extensions', 'a', 'envs', key]));
    const items = [0, 1].map((index) => removal(['extensions', 'a', 'args', index]));
    const first = applyFixes(text, [...envs, ...items]);
    assert.deepEqual(first.skipped.map((fix) => fix.title), ['extensions.a.envs.B', 'extensions.a.args.1']);
    assert.equal(first.text, 'extensions:\n  a:\n    envs:\n      B: "2"\n    args:\n      - y\n');
    const again = (path: (string | number)[]): TextEdit[] => parseDocument(first.text, 'yaml').editor().remove(path);
    assert.equal(applyEdits(first.text, again(['extensions', 'a', 'args', 0])), 'extensions:\n  a:\n    envs:\n      B: "2"\n    args: []\n');
    assert.equal(applyEdits(first.text, again(['extensions', 'a', 'envs', 'B'])), 'extensions:\n  a:\n    envs: {}\n    args:\n      - y\n');
  });
});
