/** The JSON parser and the pipeline around it on bad input: nothing crashes, every problem has an exact range. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, parseDocument } from '../../server/src/engine/index';
import { MAX_JSON_DEPTH } from '../../server/src/engine/parse/parse-json';
import { addProperty, createChildLookup, newNode } from '../../server/src/engine/parse/tree-builder';
import { buildFakeSecrets } from '../helpers/fake-secrets';

const parse = (text: string) => {
  const document = parseDocument(text, 'json');
  assert.ok(document);
  return document;
};
const CURSOR = '/repo/.cursor/mcp.json';
const DESKTOP = '/home/dev/.config/Claude/claude_desktop_config.json';

describe('parse', () => {
  it('a BOM is reported as a dialect problem and offsets stay those of the original text', () => {
    const text = '\ufeff{ "mcpServers": { "a": { "command": "node" } } }';
    const document = parse(text);
    assert.deepEqual(document.problems.map((p) => p.kind), ['bom']);
    const key = document.root?.children?.[0]?.children?.[0];
    assert.equal(text.slice(key?.offset, (key?.offset ?? 0) + (key?.length ?? 0)), '"mcpServers"');
    assert.equal(lint({ text, path: DESKTOP }).config?.servers[0]?.name, 'a');
  });
  it('trailing commas and comments are kept as dialect problems, not errors', () => {
    const text = '{\n  // note\n  "a": [1, 2,],\n  /* b */ "b": 1,\n}';
    const document = parse(text);
    assert.deepEqual(document.problems.map((p) => p.kind).sort(), ['comment', 'comment', 'trailing-comma', 'trailing-comma']);
    assert.equal(document.comments.length, 2);
    assert.equal(text.slice(document.comments[0]?.offset, (document.comments[0]?.offset ?? 0) + (document.comments[0]?.length ?? 0)), '// note');
  });
  it('a broken file still yields the servers that parse', () => {
    const text = '{ "mcpServers": { "a": { "command": "node" } "b": { "command": "x" } } }';
    const result = lint({ text, path: CURSOR });
    assert.deepEqual(result.config?.servers.map((s) => s.name), ['a', 'b']);
    assert.ok(result.findings.some((f) => f.ruleId === 'syntax-error'));
  });
  it('nesting beyond MAX_JSON_DEPTH is reported, not parsed (no stack overflow)', () => {
    const depth = MAX_JSON_DEPTH + 500;
    const text = `{ "mcpServers": { "a": { "args": ${'['.repeat(depth)}${']'.repeat(depth)} } } }`;
    const result = lint({ text, path: CURSOR });
    const finding = result.findings.find((f) => f.ruleId === 'syntax-error');
    assert.ok(finding, 'no finding for deep nesting');
    assert.match(finding.message, /nesting deeper than/);
    assert.deepEqual(result.engineErrors, []);
  });
  it('nesting just under the limit parses', () => {
    const depth = MAX_JSON_DEPTH - 10;
    const text = `{ "mcpServers": { "a": { "command": "x", "args": ${'['.repeat(depth)}${']'.repeat(depth)} } } }`;
    const result = lint({ text, path: CURSOR });
    assert.equal(result.config?.servers[0]?.command?.value, 'x');
  });
  it('a 5 MB file is linted', () => {
    const servers: Record<string, unknown> = {};
    for (let i = 0; i < 2_000; i++) servers[`server-${i}`] = { command: 'node', args: [`/srv/${i}/index.js`, `--banner=${'x'.repeat(2_600)}`], env: { N: String(i) } };
    const text = JSON.stringify({ mcpServers: servers }, null, 2);
    assert.ok(text.length > 5_000_000, `only ${text.length} characters`);
    const result = lint({ text, path: CURSOR });
    assert.equal(result.config?.servers.length, 2_000);
    assert.deepEqual(result.engineErrors, []);
  });
  it('binary bytes give syntax errors and no crash', () => {
    let text = '';
    for (let i = 0; i < 4096; i++) text += String.fromCharCode((i * 7919) % 256);
    const result = lint({ text, path: CURSOR });
    assert.equal(result.isMcpConfig, true);
    assert.ok(result.findings.some((f) => f.ruleId === 'syntax-error'));
    assert.deepEqual(result.engineErrors, []);
  });
  it('lone surrogates and NUL characters do not crash', () => {
    const text = '{ "mcpServers": { "\ud800a\u0000": { "command": "\udc00" } } }';
    const result = lint({ text, path: CURSOR });
    assert.equal(result.config?.servers.length, 1);
    assert.deepEqual(result.engineErrors, []);
  });
  it('non-ASCII keys keep exact spans', () => {
    const text = '{ "mcpServers": { "données-ü-😀": { "command": "node" } } }';
    const server = lint({ text, path: CURSOR }).config?.servers[0];
    assert.equal(server?.name, 'données-ü-😀');
    assert.equal(text.slice(server.nameSpan.offset, server.nameSpan.offset + server.nameSpan.length), '"données-ü-😀"');
  });
  it('an empty file is reported as empty for a dedicated MCP file', () => {
    const result = lint({ text: '', path: CURSOR });
    assert.equal(result.isMcpConfig, true);
    assert.ok(result.findings.some((f) => f.ruleId === 'syntax-error' && /empty/.test(f.message)));
    assert.equal(lint({ text: '   \n', path: '/repo/.vscode/settings.json' }).isMcpConfig, false);
  });
  it('a root that is not an object yields no model and no crash', () => {
    for (const text of ['[]', '42', '"x"', 'null', '{ "mcpServers": [] }', '{ "mcpServers": null }', '{ "mcpServers": { "a": null, "b": 1 } }']) {
      const result = lint({ text, path: CURSOR });
      assert.deepEqual(result.engineErrors, [], text);
    }
  });
  it('a settings.json without MCP keys is not ours: no findings', () => {
    for (const path of ['/repo/.vscode/settings.json', '/repo/.zed/settings.json', '/repo/.gemini/settings.json', '/repo/.claude/settings.json']) {
      const result = lint({ text: '{\n  // editor settings\n  "editor.tabSize": 2,\n}\n', path });
      assert.equal(result.isMcpConfig, false, path);
      assert.deepEqual(result.findings, [], path);
    }
  });
  it('a JSON file of unknown origin without MCP keys is not ours', () => {
    const result = lint({ text: '{ "name": "x", "version": "1.0.0" }', path: '/repo/package.json' });
    assert.equal(result.isMcpConfig, false);
  });
  it('sourceOffsetInString maps escapes back to the source', () => {
    const text = '{"a": "x\\u00e9\\"y"}';
    const document = parse(text);
    const node = document.root?.children?.[0]?.children?.[1];
    assert.ok(node);
    assert.equal(node.value, 'xé"y');
    assert.equal(text[document.sourceOffsetInString(node, 3)], 'y');
    assert.equal(document.sourceOffsetInString(node, 1), text.indexOf('\\u00e9'));
  });
  it('while a file has a syntax error, only syntax-error keeps its fixes (the others edit through a guessed tree)', () => {
    const secret = buildFakeSecrets().find((fake) => fake.id === 'github-classic-pat');
    assert.ok(secret, 'fake GitHub token');
    const valid = `{\n  // team servers\n  "mcpServers": {\n    "gh": { "command": "node", "args": ["gh.js"], "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${secret.value}" } }\n  }\n}\n`;
    const claudeCode = '/repo/.mcp.json';
    const fixesOf = (text: string, ruleId: string): number[] => lint({ text, path: claudeCode }).findings.filter((f) => f.ruleId === ruleId).map((f) => f.fixes.length);
    assert.deepEqual(fixesOf(valid, 'literal-secret').map((count) => count > 0), [true], 'a parseable file keeps its fixes');
    // A missing comma after "gh.js" (as while typing): jsonc-parser recovers the server, and the secret is still found.
    const broken = valid.replace('"gh.js"]', '"gh.js"] "x": 1');
    assert.deepEqual(fixesOf(broken, 'literal-secret'), [0]);
    const syntax = lint({ text: broken, path: claudeCode }).findings.filter((f) => f.ruleId === 'syntax-error');
    assert.ok(syntax.some((f) => f.fixes.length === 1 && f.message.includes('comments')), 'the comment (strict-JSON host) is still removable');
    assert.ok(syntax.some((f) => f.fixes.length === 0), 'the error itself has no fix');
  });
  it('an unclosed block comment at the very end keeps every range inside the text', () => {
    const text = '{ "mcpServers": { "a": { "command": "node" } } }\n/*';
    const result = lint({ text, path: '/home/dev/.cline/cline_mcp_settings.json', hostOverride: 'cline' });
    const spans = [...result.document.comments, ...result.document.problems.map((p) => p.span), ...result.findings.map((f) => f.span)];
    assert.ok(spans.length >= 3);
    for (const span of spans) assert.ok(span.offset + span.length <= text.length, `${JSON.stringify(span)} ends past ${text.length}`);
    assert.deepEqual(result.document.comments, [{ offset: text.length - 2, length: 2 }]);
  });
});

describe('the child look-up of trees under construction (TOML)', () => {
  it('finds the last property of a name, including properties appended after an earlier look-up', () => {
    const childValue = createChildLookup();
    const object = newNode('object', 0, 0);
    const first = newNode('number', 0, 1, 1);
    addProperty(object, newNode('string', 0, 1, 'a'), first);
    assert.equal(childValue(object, 'a'), first);
    assert.equal(childValue(object, 'b'), undefined);
    const second = newNode('number', 0, 1, 2);
    const other = newNode('number', 0, 1, 3);
    addProperty(object, newNode('string', 0, 1, 'b'), other);
    addProperty(object, newNode('string', 0, 1, 'a'), second);
    assert.equal(childValue(object, 'a'), second, 'the later definition wins, as hosts read it');
    assert.equal(childValue(object, 'b'), other);
    assert.equal(childValue(newNode('object', 0, 0), 'a'), undefined, 'each object has its own index');
  });
});
