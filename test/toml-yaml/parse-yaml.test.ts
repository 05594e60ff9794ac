/** YAML parsing: block and flow styles, anchors, comments and errors, all with exact source ranges. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getNodeValue } from 'jsonc-parser';
import { parseDocument, type DocNode, type ParsedDocument } from '../../server/src/engine/index';
import { nodeAt } from '../../server/src/engine/parse/nodes';

function parse(text: string): ParsedDocument {
  const document = parseDocument(text, 'yaml');
  assert.ok(document, 'a YAML parser is registered');
  return document;
}

const textOf = (document: ParsedDocument, node: DocNode | undefined): string => {
  assert.ok(node, 'node expected');
  return document.text.slice(node.offset, node.offset + node.length);
};

const keyTextAt = (document: ParsedDocument, path: (string | number)[]): string =>
  textOf(document, nodeAt(document.root, path)?.parent?.children?.[0]);

function plain(node: DocNode | undefined): unknown {
  return JSON.parse(JSON.stringify(getNodeValue(node as DocNode)));
}

const CONTINUE = `# Continue block
name: Team servers
version: 0.0.1
schema: v1
mcpServers:
  - name: github   # the account
    command: npx
    args:
      - -y
      - "@modelcontextprotocol/server-github@2025.4.8"
    env:
      GITHUB_PERSONAL_ACCESS_TOKEN: \${{ secrets.GITHUB_TOKEN }}
  - name: 'fetch'
    type: stdio
    command: uvx
    args: [mcp-server-fetch, "--ignore-robots-txt"]
    env: { DEBUG: "1", "# not a comment": x }
  - name: docs
    type: streamable-http
    url: https://example.com/mcp
    requestOptions:
      headers:
        Authorization: "Bearer \${{ secrets.DOCS }}"
`;

describe('parse-yaml: ranges', () => {
  const document = parse(CONTINUE);

  it('parses without problems into the value a YAML loader gives', () => {
    assert.deepEqual(document.problems, []);
    assert.equal(document.syntax, 'yaml');
    const value = plain(document.root) as { mcpServers: Record<string, unknown>[] };
    assert.equal(value.mcpServers.length, 3);
    assert.deepEqual(value.mcpServers[1], {
      name: 'fetch', type: 'stdio', command: 'uvx', args: ['mcp-server-fetch', '--ignore-robots-txt'], env: { DEBUG: '1', '# not a comment': 'x' },
    });
  });

  it('gives every scalar the exact text of its value, block and flow alike', () => {
    const cases: [(string | number)[], string][] = [
      [['name'], 'Team servers'],
      [['mcpServers', 0, 'name'], 'github'],
      [['mcpServers', 0, 'args', 1], '"@modelcontextprotocol/server-github@2025.4.8"'],
      [['mcpServers', 0, 'env', 'GITHUB_PERSONAL_ACCESS_TOKEN'], '${{ secrets.GITHUB_TOKEN }}'],
      [['mcpServers', 1, 'name'], "'fetch'"],
      [['mcpServers', 1, 'args', 0], 'mcp-server-fetch'],
      [['mcpServers', 1, 'args', 1], '"--ignore-robots-txt"'],
      [['mcpServers', 1, 'env', 'DEBUG'], '"1"'],
      [['mcpServers', 2, 'url'], 'https://example.com/mcp'],
      [['mcpServers', 2, 'requestOptions', 'headers', 'Authorization'], '"Bearer ${{ secrets.DOCS }}"'],
    ];
    for (const [path, expected] of cases) assert.equal(textOf(document, nodeAt(document.root, path)), expected, path.join('.'));
  });

  it('points key nodes at their own text', () => {
    assert.equal(keyTextAt(document, ['mcpServers']), 'mcpServers');
    assert.equal(keyTextAt(document, ['mcpServers', 1, 'env', '# not a comment']), '"# not a comment"');
    assert.equal(keyTextAt(document, ['mcpServers', 2, 'requestOptions', 'headers', 'Authorization']), 'Authorization');
  });

  it('ends collections at their last value, not at the next line', () => {
    assert.equal(textOf(document, nodeAt(document.root, ['mcpServers', 0, 'args'])), '- -y\n      - "@modelcontextprotocol/server-github@2025.4.8"');
    assert.equal(textOf(document, nodeAt(document.root, ['mcpServers', 1, 'env'])), '{ DEBUG: "1", "# not a comment": x }');
  });

  it('lists real comments only (a # inside a quoted key is not one)', () => {
    assert.deepEqual(document.comments.map((span) => CONTINUE.slice(span.offset, span.offset + span.length)), ['# Continue block', '# the account']);
  });

  it('maps positions inside quoted, plain and block strings', () => {
    const text = 'a: "x\\ty"\nb: \'it\'\'s\'\nc: plain text\nd: |\n  first\n  second\n';
    const doc = parse(text);
    const a = nodeAt(doc.root, ['a']) as DocNode;
    assert.equal(text.charAt(doc.sourceOffsetInString(a, 2)), 'y');
    const b = nodeAt(doc.root, ['b']) as DocNode;
    assert.equal(b.value, "it's");
    assert.equal(text.charAt(doc.sourceOffsetInString(b, 3)), 's');
    const c = nodeAt(doc.root, ['c']) as DocNode;
    assert.equal(text.slice(doc.sourceOffsetInString(c, 6), doc.sourceOffsetInString(c, 10)), 'text');
    const d = nodeAt(doc.root, ['d']) as DocNode;
    assert.equal(text.slice(doc.sourceOffsetInString(d, 6), doc.sourceOffsetInString(d, 12)), 'second');
  });
});

describe('parse-yaml: anchors and merge keys', () => {
  it('resolves aliases and << merges; merged values point at the anchored text', () => {
    const text = 'base: &base\n  cmd: npx\n  args: [-y, pkg]\nextensions:\n  one:\n    <<: *base\n    args: [-y, other]\n  two: *base\n';
    const document = parse(text);
    assert.deepEqual(document.problems, []);
    assert.deepEqual(plain(nodeAt(document.root, ['extensions'])), {
      one: { args: ['-y', 'other'], cmd: 'npx' },
      two: { cmd: 'npx', args: ['-y', 'pkg'] },
    });
    assert.equal(nodeAt(document.root, ['extensions', 'one', 'cmd'])?.offset, text.indexOf('npx'));
    assert.equal(textOf(document, nodeAt(document.root, ['extensions', 'one', 'args', 1])), 'other');
  });

  it('stops an alias bomb with a problem instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 8; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    const started = Date.now();
    const document = parse(levels.join('\n') + '\n');
    assert.ok(Date.now() - started < 5000, 'parsing stays bounded');
    assert.ok(document.problems.some((problem) => /alias \*\w+ expands/.test(problem.message)), JSON.stringify(document.problems.slice(0, 2)));
  });
});

describe('parse-yaml: errors', () => {
  it('reports a duplicate key at the second key and keeps the rest', () => {
    const text = 'extensions:\n  gh:\n    cmd: npx\n  gh:\n    cmd: uvx\n  other:\n    cmd: node\n';
    const document = parse(text);
    assert.equal(document.problems.length, 1);
    assert.match(document.problems[0]!.message, /unique/);
    assert.equal(text.slice(document.problems[0]!.span.offset, document.problems[0]!.span.offset + document.problems[0]!.span.length), 'gh');
    assert.equal(document.problems[0]!.span.offset, text.lastIndexOf('gh:'));
    assert.equal(nodeAt(document.root, ['extensions', 'other', 'cmd'])?.value, 'node');
  });

  it('reports an unclosed flow sequence and still reads the keys before it', () => {
    const text = 'extensions:\n  gh:\n    cmd: npx\n    args: [-y, pkg\n';
    const document = parse(text);
    assert.ok(document.problems.length >= 1);
    assert.ok(document.problems.every((problem) => problem.kind === 'error' && problem.span.offset <= text.length));
    assert.equal(nodeAt(document.root, ['extensions', 'gh', 'cmd'])?.value, 'npx');
  });

  it('reports a second document, which the hosts do not read', () => {
    const text = 'extensions: {}\n---\nextensions: {}\n';
    const document = parse(text);
    assert.equal(document.problems.length, 1);
    assert.match(document.problems[0]!.message, /multiple documents/);
  });

  it('reports a tab used for indentation', () => {
    const text = 'extensions:\n\tgh:\n    cmd: npx\n';
    const document = parse(text);
    assert.ok(document.problems.length >= 1);
    assert.equal(text.split('\n')[text.slice(0, document.problems[0]!.span.offset).split('\n').length - 1], '\tgh:');
  });

  it('an empty file has no root and no problem', () => {
    const document = parse('');
    assert.equal(document.root, undefined);
    assert.deepEqual(document.problems, []);
  });
});
