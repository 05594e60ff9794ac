/**
 * Source offsets inside string values: a document answers queries in any order exactly as a walk from the start of
 * the string would (it resumes from its previous answer when it can), in every syntax and string style.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/engine/index';
import type { DocNode, ParsedDocument } from '../../server/src/engine/parse/document';
import { jsonStringSourceOffset } from '../../server/src/engine/parse/json-strings';
import { stringValuesUnder } from '../../server/src/engine/parse/string-nodes';
import { tomlStringSourceOffset } from '../../server/src/engine/parse/toml-strings';
import { yamlStringSourceOffset } from '../../server/src/engine/parse/yaml-strings';
import { createPrng } from '../helpers/prng';

type Walk = (text: string, node: DocNode, index: number) => number;

/** Documents whose strings mix plain characters with every escape and folding form of their syntax. */
const SAMPLES: { name: string; syntax: 'json' | 'yaml' | 'toml'; walk: Walk; text: string }[] = [
  { name: 'JSON, escapes', syntax: 'json', walk: jsonStringSourceOffset, text: '{ "a": "x\\"y\\\\z\\u00e9 w\\n-v", "b": "plain words here", "c": ["\\t1 2", "é 3 \\/ 4"] }' },
  { name: 'YAML, double-quoted', syntax: 'yaml', walk: yamlStringSourceOffset, text: 'a: "x\\"y \\x41 z\\u00e9 \\U0001F600 w"\nb: "plain words"\n' },
  { name: 'YAML, single-quoted', syntax: 'yaml', walk: yamlStringSourceOffset, text: "a: 'it''s a ''quoted'' word'\n" },
  { name: 'YAML, block scalar', syntax: 'yaml', walk: yamlStringSourceOffset, text: 'a: |\n  first line\n  second -x line\n  third\nb: plain value here\n' },
  { name: 'TOML, basic', syntax: 'toml', walk: tomlStringSourceOffset, text: 'a = "x\\"y \\u00e9 z\\U0001F600 w\\t-v"\nb = \'lit\\eral words\'\n' },
  { name: 'TOML, multi-line', syntax: 'toml', walk: tomlStringSourceOffset, text: 'a = """\nfirst \\\n    folded words\nlast"""\nb = \'\'\'\nraw \\ words\'\'\'\n' },
];

function stringNodes(document: ParsedDocument): DocNode[] {
  return stringValuesUnder(document.root, []).map((value) => value.node);
}

describe('source offsets inside strings', () => {
  for (const sample of SAMPLES) {
    it(`${sample.name}: every index, ascending, descending, at random and interleaved, as a fresh walk gives it`, () => {
      const document = parseDocument(sample.text, sample.syntax);
      const nodes = stringNodes(document);
      assert.ok(nodes.length > 0, 'no string values parsed');
      const queries: [DocNode, number][] = [];
      for (const node of nodes) {
        const length = typeof node.value === 'string' ? node.value.length : 0;
        const indexes = Array.from({ length: length + 3 }, (_, index) => index);
        for (const index of indexes) queries.push([node, index]);
        for (const index of [...indexes].reverse()) queries.push([node, index]);
      }
      const prng = createPrng(42);
      for (let i = 0; i < 400; i++) {
        const node = prng.pick(nodes);
        queries.push([node, prng.int((typeof node.value === 'string' ? node.value.length : 0) + 3)]);
      }
      for (const [node, index] of queries) {
        assert.equal(document.sourceOffsetInString(node, index), sample.walk(sample.text, node, index), `index ${index} of ${JSON.stringify(node.value)}`);
      }
    });
  }

  it('a JSON string without escapes maps each index to the same character of the source', () => {
    const text = '{ "a": "npx -y pkg@1.0.0 --flag value" }';
    const document = parseDocument(text, 'json');
    const [node] = stringNodes(document);
    assert.ok(node && typeof node.value === 'string');
    for (let index = 0; index < node.value.length; index++) assert.equal(text.charAt(document.sourceOffsetInString(node, index)), node.value.charAt(index));
  });
});
