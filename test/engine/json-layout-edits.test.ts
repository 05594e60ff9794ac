/** JSON edits written in the file's layout: what they produce, that they chain, and that they mean what modify() means. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modify, parse, type JSONPath, type ParseError } from 'jsonc-parser';
import { applyEdits, applyFixes, type Fix, type TextEdit } from '../../server/src/engine/index';
import { createJsonEditor, inferFormatting } from '../../server/src/engine/parse/json-editor';
import { createLayoutEditor, lastNodeAt } from '../../server/src/engine/parse/json-layout-edits';
import { parseDocument } from '../../server/src/engine/parse/parse-document';
import { createPrng } from '../helpers/prng';

const editorOf = (text: string) => createJsonEditor(text, parseDocument(text, 'json').root);
const layoutOf = (text: string) => createLayoutEditor(text, parseDocument(text, 'json').root, inferFormatting(text));

function parsed(text: string): unknown {
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  assert.deepEqual(errors, [], `does not parse:\n${text}`);
  return value;
}

const INPUTS = '{\n  "servers": {\n    "a": { "command": "x" }\n  },\n  "inputs": [\n    {\n      "id": "one"\n    }\n  ]\n}\n';

describe('JSON edits in the file layout', () => {
  it('appends an item after the last one, in its indentation, without touching it', () => {
    const edits = editorOf(INPUTS).appendToArray(['inputs'], { id: 'two' });
    assert.deepEqual(edits, [{ offset: INPUTS.indexOf('}\n  ]') + 1, length: 0, content: ',\n    {\n      "id": "two"\n    }', chainable: true }]);
  });
  it('two appends to one array apply in one fix-all pass, in order', () => {
    const fixOf = (id: string): Fix => ({ title: id, safe: true, edits: editorOf(INPUTS).appendToArray(['inputs'], { id }) });
    const result = applyFixes(INPUTS, [fixOf('two'), fixOf('three')]);
    assert.equal(result.applied.length, 2);
    assert.deepEqual((parsed(result.text) as { inputs: unknown[] }).inputs, [{ id: 'one' }, { id: 'two' }, { id: 'three' }]);
  });
  it('insertions that do not chain still exclude each other', () => {
    const text = '{\n  "servers": {}\n}';
    const fixOf = (id: string): Fix => ({ title: id, safe: true, edits: editorOf(text).appendToArray(['inputs'], { id }) });
    const result = applyFixes(text, [fixOf('two'), fixOf('three')]);
    assert.deepEqual(result.applied.map((fix) => fix.title), ['two']);
    assert.deepEqual(parsed(result.text), { servers: {}, inputs: [{ id: 'two' }] });
  });
  it('creates a missing array as a property after the last one', () => {
    const text = '{\n\t"servers": {\n\t\t"a": {}\n\t}\n}';
    const edits = editorOf(text).appendToArray(['inputs'], { id: 'x' });
    assert.equal(applyEdits(text, edits), '{\n\t"servers": {\n\t\t"a": {}\n\t},\n\t"inputs": [\n\t\t{\n\t\t\t"id": "x"\n\t\t}\n\t]\n}');
  });
  it('keeps CRLF line ends', () => {
    const text = INPUTS.replace(/\n/g, '\r\n');
    const result = applyEdits(text, editorOf(text).appendToArray(['inputs'], { id: 'two' }));
    assert.doesNotMatch(result.replace(/\r\n/g, ''), /\n/);
  });
  it('replaces an existing value in place and leaves the rest of its line alone', () => {
    const text = '{\n  "a": {"type":"sse",   "url": "u"}\n}';
    assert.deepEqual(editorOf(text).setValue(['a', 'type'], 'http'), [{ offset: text.indexOf('"sse"'), length: 5, content: '"http"' }]);
  });
  it('edits the last of duplicated keys, the one hosts read', () => {
    const text = '{\n  "inputs": [\n    1\n  ],\n  "inputs": [\n    2\n  ]\n}';
    const result = applyEdits(text, editorOf(text).appendToArray(['inputs'], 3));
    assert.equal(result, '{\n  "inputs": [\n    1\n  ],\n  "inputs": [\n    2,\n    3\n  ]\n}');
  });
  it('leaves shared lines, empty arrays and non-arrays to modify()', () => {
    assert.equal(layoutOf('{"inputs": [{"id": "a"}]}').appendToArray(['inputs'], 1), undefined);
    assert.equal(layoutOf('{\n  "inputs": []\n}').appendToArray(['inputs'], 1), undefined);
    assert.equal(layoutOf('{\n  "inputs": {}\n}').appendToArray(['inputs'], 1), undefined);
    assert.equal(layoutOf('{}').setValue(['a'], 1), undefined);
    // The editor falls back to modify(), which handles them all.
    assert.deepEqual(parsed(applyEdits('{"inputs": [{"id": "a"}]}', editorOf('{"inputs": [{"id": "a"}]}').appendToArray(['inputs'], 1))), { inputs: [{ id: 'a' }, 1] });
  });

  it('removes an array item or a property with its comma, in any layout, and all but the second of a list in one pass', () => {
    const compact = '{"allow": ["a","b","c"]}';
    assert.equal(applyEdits(compact, editorOf(compact).remove(['allow', 2])), '{"allow": ["a","b"]}');
    assert.equal(applyEdits(compact, editorOf(compact).remove(['allow', 0])), '{"allow": ["b","c"]}');
    const multi = '{\n  "allow": [\n    "a",\n    "b",\n    "c"\n  ]\n}';
    const fixOf = (index: number): Fix => ({ title: String(index), safe: true, edits: editorOf(multi).remove(['allow', index]) });
    const result = applyFixes(multi, [0, 1, 2].map(fixOf));
    // The first item goes with the comma after it, the second with the one before it: those two touch, so the second waits.
    assert.deepEqual(result.applied.map((fix) => fix.title), ['0', '2']);
    assert.equal(result.text, '{\n  "allow": [\n    "b"\n  ]\n}');
    assert.equal(applyEdits(result.text, editorOf(result.text).remove(['allow', 0])), '{\n  "allow": []\n}');
    const env = '{"env": {"A": "1", "B": "2"}, "x": 1}';
    assert.equal(applyEdits(env, editorOf(env).remove(['env', 'B'])), '{"env": {"A": "1"}, "x": 1}');
    assert.equal(applyEdits(env, editorOf(env).remove(['env'])), '{"x": 1}');
  });
  it('writes the array again without the item when a comment sits beside it (modify() could break the array)', () => {
    const text = '{"allow": ["a", /* keep? */ "b"]}';
    assert.deepEqual(parsed(applyEdits(text, editorOf(text).remove(['allow', 1]))), { allow: ['a'] });
    assert.equal(layoutOf(text).removeItem(['allow', 1]), undefined);
  });

  it('means what modify() means on 3,000 random documents and edits, and keeps every comment', () => {
    const random = createPrng(20261125);
    let inLayout = 0;
    for (let round = 0; round < 3000; round++) {
      const document = randomDocument(random);
      const operation = randomOperation(random, document.value);
      const layout = layoutOf(document.text);
      const edits = operation.kind === 'set' ? layout.setValue(operation.path, operation.value)
        : operation.kind === 'append' ? layout.appendToArray(operation.path, operation.value)
          : typeof operation.path[operation.path.length - 1] === 'number' ? layout.removeItem(operation.path) : layout.removeProperty(operation.path);
      if (!edits) continue;
      inLayout++;
      if (operation.kind === 'remove') {
        assertRemoves(document, operation.path, edits);
        continue;
      }
      const modifyPath = operation.kind === 'set' ? operation.path : [...operation.path, -1];
      const expected = modify(document.text, modifyPath, operation.value, { formattingOptions: inferFormatting(document.text), isArrayInsertion: operation.kind === 'append' });
      const context = `round ${round}: ${operation.kind} ${JSON.stringify(operation.path)} in\n${document.text}`;
      const result = applyEdits(document.text, edits);
      assert.deepEqual(parsed(result), parsed(applyEdits(document.text, expected)), context);
      // A replaced value takes its own comments with it (as with modify()); every other comment stays.
      const [edit] = edits as [TextEdit];
      const kept = [...commentsOf(document.text.slice(0, edit.offset)), ...commentsOf(document.text.slice(edit.offset + edit.length))];
      assert.deepEqual(commentsOf(result), kept, context);
      assertTouchesOnlyItsPlace(edits, document.text, context);
    }
    // Most random layouts are simple enough: the comparison must have run on many of them.
    assert.ok(inLayout > 1000, `only ${inLayout} edits were written in the layout`);
  });
});

/** One edit: an insertion that starts with its comma and a line end, or the replacement of exactly one old value. */
function assertTouchesOnlyItsPlace(edits: readonly TextEdit[], text: string, context: string): void {
  assert.equal(edits.length, 1, context);
  const [edit] = edits as [TextEdit];
  if (edit.length === 0) {
    assert.match(edit.content, /^,\r?\n/, context);
  } else {
    const old = text.slice(edit.offset, edit.offset + edit.length);
    assert.doesNotThrow(() => parsed(old), context);
  }
}

function commentsOf(text: string): string[] {
  return text.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? [];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Random = ReturnType<typeof createPrng>;

const KEYS = ['servers', 'inputs', 'env', 'args', 'a', 'b', 'type', 'url', 'weird "key"'];

function randomValue(random: Random, depth: number): Json {
  const kind = depth > 3 ? random.int(4) : random.int(7);
  switch (kind) {
    case 0: return null;
    case 1: return random.next() < 0.5;
    case 2: return random.int(1000) - 500;
    case 3: return random.pick(['x', '', 'with "quotes"', 'line\nbreak', '${input:t}']);
    case 4: case 5: {
      const object: { [key: string]: Json } = {};
      for (let count = random.int(4); count > 0; count--) object[random.pick(KEYS)] = randomValue(random, depth + 1);
      return object;
    }
    default: return Array.from({ length: random.int(4) }, () => randomValue(random, depth + 1));
  }
}

/** JSON printed in a random but consistent layout: indent unit, line ends, compact parts, comments, trailing commas. */
function randomDocument(random: Random): { text: string; value: { [key: string]: Json } } {
  const value = randomValue(random, 1);
  const root = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : { a: value };
  const unit = random.pick(['  ', '    ', '\t']);
  const eol = random.next() < 0.2 ? '\r\n' : '\n';
  const print = (node: Json, indent: string): string => {
    if (node === null || typeof node !== 'object') return JSON.stringify(node);
    const entries = Array.isArray(node) ? node.map((item) => [undefined, item] as const) : Object.entries(node);
    if (entries.length === 0) return Array.isArray(node) ? '[]' : '{}';
    const [open, close] = Array.isArray(node) ? ['[', ']'] : ['{', '}'];
    const item = ([key, child]: readonly [string | undefined, Json], inner: string): string =>
      `${key === undefined ? '' : `${JSON.stringify(key)}: `}${print(child, inner)}`;
    if (random.next() < 0.15) return `${open}${entries.map((entry) => item(entry, indent)).join(', ')}${close}`;
    const inner = indent + unit;
    const lines = entries.map((entry, index) => {
      const comma = index < entries.length - 1 || random.next() < 0.1 ? ',' : '';
      const comment = random.next() < 0.1 ? ' // note' : '';
      return `${inner}${item(entry, inner)}${comma}${comment}`;
    });
    const blockComment = random.next() < 0.1 ? `${inner}/* about */${eol}` : '';
    return `${open}${eol}${blockComment}${lines.join(eol)}${eol}${indent}${close}`;
  };
  return { text: print(root, ''), value: root };
}

/** The item is gone and everything else is as it was, comments around it included. */
function assertRemoves(document: { text: string; value: Json }, path: JSONPath, edits: readonly TextEdit[]): void {
  const context = `remove ${JSON.stringify(path)} in\n${document.text}`;
  const expected = structuredClone(document.value) as Json;
  let parent: Json = expected;
  for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[segment] as Json;
  const last = path[path.length - 1] as string | number;
  if (typeof last === 'number') (parent as Json[]).splice(last, 1);
  else delete (parent as Record<string, Json>)[last];
  const result = applyEdits(document.text, edits);
  assert.deepEqual(parsed(result), expected, context);
  const [edit] = edits as [TextEdit];
  assert.equal(edit.content, '', context);
  // Only commas and whitespace go with the item (comments inside the item go with it).
  const value = lastNodeAt(parseDocument(document.text, 'json').root, path);
  // A property goes whole, key and value.
  const item = typeof last === 'number' ? value : value?.parent;
  assert.ok(item && item.offset >= edit.offset && item.offset + item.length <= edit.offset + edit.length, context);
  const separators = document.text.slice(edit.offset, item.offset) + document.text.slice(item.offset + item.length, edit.offset + edit.length);
  assert.match(separators, /^[ \t\r\n,]*$/, context);
}

function randomOperation(random: Random, root: Json): { kind: 'set' | 'append' | 'remove'; path: JSONPath; value: Json } {
  const path: JSONPath = [];
  let node: Json = root;
  while (node !== null && typeof node === 'object' && random.next() < 0.7) {
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, index) => index) : Object.keys(node);
    if (keys.length === 0) break;
    const key = random.pick(keys);
    path.push(key);
    node = Array.isArray(node) ? node[key as number] as Json : (node as { [key: string]: Json })[key as string] as Json;
  }
  if (Array.isArray(node) && node.length > 0 && random.next() < 0.4) return { kind: 'remove', path: [...path, random.int(node.length)], value: null };
  if (node !== null && typeof node === 'object' && !Array.isArray(node) && Object.keys(node).length > 0 && random.next() < 0.3) {
    return { kind: 'remove', path: [...path, random.pick(Object.keys(node))], value: null };
  }
  const kind = random.next() < 0.5 ? 'set' : 'append';
  // A new key half of the time (absent properties and arrays), else an existing value or array.
  if (node !== null && typeof node === 'object' && !Array.isArray(node) && random.next() < 0.5) path.push(`new-${random.int(3)}`);
  else if (kind === 'set' && typeof path[path.length - 1] !== 'string') path.push('fresh');
  return { kind, path, value: randomValue(random, 2) };
}
