/** TOML parsing: every key and value node points at its own text; errors have exact ranges; the rest is still read. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getNodeValue } from 'jsonc-parser';
import { parseDocument, type DocNode, type ParsedDocument } from '../../server/src/engine/index';
import { nodeAt } from '../../server/src/engine/parse/nodes';

function parse(text: string): ParsedDocument {
  const document = parseDocument(text, 'toml');
  assert.ok(document, 'a TOML parser is registered');
  return document;
}

const textOf = (document: ParsedDocument, node: DocNode | undefined): string => {
  assert.ok(node, 'node expected');
  return document.text.slice(node.offset, node.offset + node.length);
};

/** The key node of the property holding the value at `path`. */
const keyTextAt = (document: ParsedDocument, path: (string | number)[]): string =>
  textOf(document, nodeAt(document.root, path)?.parent?.children?.[0]);

const CODEX = `#:schema https://developers.openai.com/codex/config-schema.json
approval_policy = "on-request"

[mcp_servers.github]
command = "npx"  # launcher
args = [
    "-y",
    "@modelcontextprotocol/server-github@2025.4.8",
]
env = { "GITHUB_TOKEN" = 'literal', DEBUG = "1" }
startup_timeout_sec = 20
enabled = true

[mcp_servers.github.env_http_headers]
X-Api = "API_KEY"

[mcp_servers."my docs"]
url = "https://developers.openai.com/mcp"
tool_timeout_sec = 1.5

[projects."/Users/me/code"]
trust_level = "trusted"

[[agents.list]]
name = "a"

[[agents.list]]
name = "b"
`;

describe('parse-toml: ranges', () => {
  const document = parse(CODEX);

  it('parses without problems and gives the value JSON.parse would', () => {
    assert.deepEqual(document.problems, []);
    assert.equal(document.syntax, 'toml');
    const value = plain(document.root) as Record<string, any>;
    assert.deepEqual(value.mcp_servers.github.args, ['-y', '@modelcontextprotocol/server-github@2025.4.8']);
    assert.deepEqual(value.mcp_servers.github.env, { GITHUB_TOKEN: 'literal', DEBUG: '1' });
    assert.equal(value.mcp_servers.github.startup_timeout_sec, 20);
    assert.equal(typeof value.mcp_servers.github.startup_timeout_sec, 'number', 'integers are numbers, not BigInt');
    assert.equal(value.mcp_servers['my docs'].tool_timeout_sec, 1.5);
    assert.deepEqual(value.agents.list, [{ name: 'a' }, { name: 'b' }]);
  });

  it('gives every scalar the exact text of its value', () => {
    const cases: [(string | number)[], string][] = [
      [['approval_policy'], '"on-request"'],
      [['mcp_servers', 'github', 'command'], '"npx"'],
      [['mcp_servers', 'github', 'args', 1], '"@modelcontextprotocol/server-github@2025.4.8"'],
      [['mcp_servers', 'github', 'env', 'GITHUB_TOKEN'], "'literal'"],
      [['mcp_servers', 'github', 'env', 'DEBUG'], '"1"'],
      [['mcp_servers', 'github', 'startup_timeout_sec'], '20'],
      [['mcp_servers', 'github', 'enabled'], 'true'],
      [['mcp_servers', 'github', 'env_http_headers', 'X-Api'], '"API_KEY"'],
      [['mcp_servers', 'my docs', 'url'], '"https://developers.openai.com/mcp"'],
      [['projects', '/Users/me/code', 'trust_level'], '"trusted"'],
      [['agents', 'list', 1, 'name'], '"b"'],
    ];
    for (const [path, expected] of cases) assert.equal(textOf(document, nodeAt(document.root, path)), expected, path.join('.'));
  });

  it('points key nodes at their own text, header keys included', () => {
    assert.equal(keyTextAt(document, ['mcp_servers', 'github']), 'github');
    assert.equal(keyTextAt(document, ['mcp_servers', 'my docs']), '"my docs"');
    assert.equal(keyTextAt(document, ['projects', '/Users/me/code']), '"/Users/me/code"');
    assert.equal(keyTextAt(document, ['mcp_servers', 'github', 'env', 'GITHUB_TOKEN']), '"GITHUB_TOKEN"');
    assert.equal(keyTextAt(document, ['mcp_servers', 'github', 'env_http_headers', 'X-Api']), 'X-Api');
    const serversKey = keyTextAt(document, ['mcp_servers']);
    assert.equal(serversKey, 'mcp_servers');
    assert.equal(nodeAt(document.root, ['mcp_servers'])?.parent?.children?.[0]?.offset, CODEX.indexOf('mcp_servers.github'), 'the first header names the table');
  });

  it('spans a table from its header to its last key, covering its sub-tables', () => {
    const github = textOf(document, nodeAt(document.root, ['mcp_servers', 'github']));
    assert.ok(github.startsWith('[mcp_servers.github]'));
    assert.ok(github.endsWith('X-Api = "API_KEY"'));
    const array = textOf(document, nodeAt(document.root, ['mcp_servers', 'github', 'args']));
    assert.ok(array.startsWith('[\n') && array.endsWith(']'));
  });

  it('lists every comment, the schema line included', () => {
    assert.deepEqual(document.comments.map((span) => CODEX.slice(span.offset, span.offset + span.length)), [
      '#:schema https://developers.openai.com/codex/config-schema.json',
      '# launcher',
    ]);
  });

  it('builds nested objects for dotted keys', () => {
    const dotted = parse('mcp_servers.fs.command = "npx"\nmcp_servers.fs.args = ["-y", "x"]\n');
    assert.equal(textOf(dotted, nodeAt(dotted.root, ['mcp_servers', 'fs', 'command'])), '"npx"');
    assert.equal(keyTextAt(dotted, ['mcp_servers', 'fs', 'args']), 'args');
    assert.equal(keyTextAt(dotted, ['mcp_servers', 'fs']), 'fs');
    assert.deepEqual(plain(dotted.root), { mcp_servers: { fs: { command: 'npx', args: ['-y', 'x'] } } });
  });

  it('keeps dates as their text and accepts a byte order mark', () => {
    const dated = parse('\ufeffreviewed = 2026-11-24\n');
    assert.deepEqual(dated.problems, []);
    assert.equal(nodeAt(dated.root, ['reviewed'])?.value, '2026-11-24');
    assert.equal(textOf(dated, nodeAt(dated.root, ['reviewed'])), '2026-11-24');
  });
});

describe('parse-toml: offsets inside strings', () => {
  it('maps decoded positions through escapes, literal and multi-line strings', () => {
    const text = 'a = "x\\ty\\u00e9z"\nb = \'C:\\dir\'\nc = """\nline"""\n';
    const document = parse(text);
    const a = nodeAt(document.root, ['a']) as DocNode;
    assert.equal(a.value, 'x\ty\u00e9z');
    assert.equal(text.charAt(document.sourceOffsetInString(a, 2)), 'y');
    assert.equal(text.charAt(document.sourceOffsetInString(a, 4)), 'z');
    const b = nodeAt(document.root, ['b']) as DocNode;
    assert.equal(text.slice(document.sourceOffsetInString(b, 2), document.sourceOffsetInString(b, 3)), '\\');
    const c = nodeAt(document.root, ['c']) as DocNode;
    assert.equal(c.value, 'line');
    assert.equal(text.slice(document.sourceOffsetInString(c, 0), document.sourceOffsetInString(c, 4)), 'line');
  });
});

describe('parse-toml: syntax errors', () => {
  it('reports a missing comma at the offending token and still reads the other servers', () => {
    const text = '[mcp_servers.a]\ncommand = "npx"\nargs = ["-y" "pkg"]\n\n[mcp_servers.b]\ncommand = "uvx"\nargs = ["mcp-server-fetch"]\n';
    const document = parse(text);
    assert.equal(document.problems.length, 1);
    const problem = document.problems[0]!;
    assert.equal(problem.kind, 'error');
    assert.equal(text.slice(problem.span.offset, problem.span.offset + problem.span.length), '"pkg"]');
    assert.equal(nodeAt(document.root, ['mcp_servers', 'b', 'command'])?.value, 'uvx');
    assert.equal(nodeAt(document.root, ['mcp_servers', 'a', 'command'])?.value, 'npx');
  });

  it('reports a redefined table where the second header is', () => {
    const text = '[mcp_servers.a]\ncommand = "x"\n\n[mcp_servers.a]\ncommand = "y"\n';
    const document = parse(text);
    assert.equal(document.problems.length, 1);
    assert.match(document.problems[0]!.message, /multiple times/);
    // The parser points at the key that is defined again: the last part of the second header.
    assert.equal(document.problems[0]!.span.offset, text.lastIndexOf('[mcp_servers.a]') + '[mcp_servers.'.length);
    assert.equal(nodeAt(document.root, ['mcp_servers', 'a', 'command'])?.value, 'x');
  });

  it('reports an unterminated string once, not the lines it swallowed', () => {
    const text = '[mcp_servers.a]\ncommand = "npx\nargs = ["-y", "pkg"]\n\n[mcp_servers.b]\nurl = "https://example.com/mcp"\n';
    const document = parse(text);
    assert.equal(document.problems.length, 1, JSON.stringify(document.problems));
    assert.equal(lineOf(text, document.problems[0]!.span.offset), 2);
    assert.equal(nodeAt(document.root, ['mcp_servers', 'b', 'url'])?.value, 'https://example.com/mcp');
  });

  it('reports an array left open at the end of the file and keeps what came before', () => {
    const text = '[mcp_servers.a]\ncommand = "node"\nargs = [\n  "server.js",\n';
    const document = parse(text);
    assert.equal(document.problems.length, 1, JSON.stringify(document.problems));
    assert.equal(nodeAt(document.root, ['mcp_servers', 'a', 'command'])?.value, 'node');
  });

  it('reports two independent errors in two places', () => {
    const text = 'a = = 1\n\n[mcp_servers.x]\ncommand = "node"\n\nb = [1 2]\n';
    const document = parse(text);
    assert.deepEqual(document.problems.map((p) => lineOf(text, p.span.offset)), [1, 6]);
    assert.equal(nodeAt(document.root, ['mcp_servers', 'x', 'command'])?.value, 'node');
  });

  it('an empty file is valid TOML with an empty root', () => {
    const document = parse('');
    assert.deepEqual(document.problems, []);
    assert.equal(document.root?.type, 'object');
  });
});

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** The JavaScript value of a tree (plain objects, for deep equality). */
function plain(node: DocNode | undefined): unknown {
  return JSON.parse(JSON.stringify(getNodeValue(node as DocNode)));
}
