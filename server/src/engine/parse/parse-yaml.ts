/**
 * Parses YAML (Continue blocks, Goose config) with the `yaml` package into the shared node tree, block and flow
 * styles alike. Aliases and `<<` merge keys are resolved (their nodes point at the anchored text); errors are
 * reported while the rest of the document is still read.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Parser, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { ParsedDocument, SyntaxProblem } from './document';
import type { Span } from '../text/span';
import { addItem, addProperty, asDocNode, newNode, type BuildNode } from './tree-builder';
import { createYamlEditor } from './yaml-editor';
import { yamlStringSourceOffset } from './yaml-strings';
import { resumableStringOffsets } from './string-offsets';
import { once } from './once';

/** How a collection is written; the editor adds keys and items accordingly. */
export type YamlStyle = 'block' | 'flow';

export interface YamlTree {
  readonly root: BuildNode | undefined;
  readonly styles: Map<BuildNode, YamlStyle>;
  /** Nodes reached through an alias or a merge key: editing them would change every place that uses the anchor. */
  readonly aliased: Set<BuildNode>;
}

/** Alias chains deeper than this are treated as cycles. */
const MAX_ALIAS_DEPTH = 20;
/** Nodes produced by expanding aliases, at most: "billion laughs" documents stay cheap. */
const MAX_ALIAS_NODES = 10_000;

export function parseYaml(text: string): ParsedDocument {
  const { doc, errors, tooDeep } = readYaml(text);
  const problems: SyntaxProblem[] = errors.map((error) => ({
    kind: 'error',
    span: error.code === 'DUPLICATE_KEY'
      ? keySpanAt(text, error.pos[0])
      : { offset: error.pos[0], length: Math.max(0, Math.min(error.pos[1], text.length) - error.pos[0]) },
    // The parser recurses per nested collection and reports running out of stack as an error.
    message: /^Maximum call stack size exceeded/.test(error.message) ? 'nesting too deep for the YAML parser' : lowerFirst(error.message),
  }));
  if (tooDeep) problems.push({ kind: 'error', span: { offset: 0, length: 1 }, message: 'nesting too deep for the YAML parser; the file was not analysed further' });
  const tree = buildTree(doc, text, problems);
  return {
    text,
    syntax: 'yaml',
    root: tree.root ? asDocNode(tree.root) : undefined,
    problems,
    comments: commentSpans(text),
    editor: once(() => createYamlEditor(text, tree)),
    sourceOffsetInString: resumableStringOffsets((node, index, from) => yamlStringSourceOffset(text, node, index, from)),
  };
}

/** Maps up to this size are checked for duplicate keys by the parser itself (each key against every earlier one). */
const PARSER_KEY_CHECK_LIMIT = 2_000;

/**
 * The document and its errors. The parser's own duplicate-key check compares each key with every earlier key of its
 * map, quadratic in the map's size (8,000 Goose extensions: 0.4 s of a lint, 16,000: 1.7 s), so the document is read
 * without it and checked in linear time: without duplicates, that is the parser's answer; with some, a document whose
 * maps are small enough is read again with the parser's check, for its exact messages in its order.
 */
function readYaml(text: string): { doc: Document; errors: readonly YamlError[]; tooDeep: boolean } {
  const read = (uniqueKeys: boolean): Document => parseDocument(text, { prettyErrors: false, merge: true, uniqueKeys, keepSourceTokens: false });
  try {
    const doc = read(false);
    const { duplicates, largestMap } = duplicateKeys(doc);
    if (duplicates.length === 0) return { doc, errors: doc.errors, tooDeep: false };
    if (largestMap <= PARSER_KEY_CHECK_LIMIT) {
      const checked = read(true);
      return { doc: checked, errors: checked.errors, tooDeep: false };
    }
    // Where another error starts at a duplicate key, the duplicate usually came first (the key is read before its value).
    return { doc, errors: [...duplicates, ...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]), tooDeep: false };
  } catch (error) {
    // The parser recurses per nested collection: it usually reports running out of stack, but can also throw it.
    if (!(error instanceof RangeError)) throw error;
    const empty = parseDocument('');
    return { doc: empty, errors: empty.errors, tooDeep: true };
  }
}

interface YamlError {
  readonly code: string;
  readonly pos: readonly [number, number];
  readonly message: string;
}

/**
 * Keys equal to an earlier key of their map, as the parser's `uniqueKeys` check finds them ("Map keys must be unique" at
 * the key): scalars are equal when their values are (`===`), other keys only when they are the same node. Each map's
 * scalar keys go into a set, and the walk keeps its own stack (deeply nested documents).
 */
function duplicateKeys(doc: Document): { duplicates: YamlError[]; largestMap: number } {
  const duplicates: YamlError[] = [];
  let largestMap = 0;
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      largestMap = Math.max(largestMap, node.items.length);
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value)) duplicates.push({ code: 'DUPLICATE_KEY', pos: [key.range?.[0] ?? 0, key.range?.[1] ?? 0], message: 'Map keys must be unique' });
          seen.add(key.value);
        }
        pending.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(item);
    } else if (isPair(node)) {
      pending.push(node.key, node.value);
    }
  }
  return { duplicates, largestMap };
}

function buildTree(doc: Document, text: string, problems: SyntaxProblem[]): YamlTree {
  const styles = new Map<BuildNode, YamlStyle>();
  const aliased = new Set<BuildNode>();
  let aliasProblem = false;
  let expanded = 0;

  const convert = (node: unknown, aliasDepth: number): BuildNode => {
    if (aliasDepth > 0) expanded++;
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (!target || aliasDepth >= MAX_ALIAS_DEPTH || expanded > MAX_ALIAS_NODES) {
        if (!aliasProblem) {
          aliasProblem = true;
          const why = target ? 'expands too deeply or into too many values; it was not followed' : 'cannot be resolved';
          problems.push({ kind: 'error', span: spanOf(node.range, text), message: `alias *${node.source} ${why}` });
        }
        return newNode('null', node.range?.[0] ?? 0, 0, null);
      }
      const resolved = convert(target, aliasDepth + 1);
      markAliased(resolved, aliased);
      return resolved;
    }
    if (isMap(node)) {
      const object = nodeWithSpan('object', node.range, text);
      styles.set(object, node.flow ? 'flow' : 'block');
      const merges: unknown[] = [];
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && (typeof key.value === 'symbol' || key.value === '<<')) {
          merges.push(pair.value);
          continue;
        }
        if (!isScalar(key)) continue; // complex keys (maps as keys) name no MCP field
        const keyNode = nodeWithSpan('string', key.range, text, String(key.value));
        const value = pair.value === null || pair.value === undefined
          ? newNode('null', keyNode.offset + keyNode.length, 0, null)
          : convert(pair.value, aliasDepth);
        addProperty(object, keyNode, value, text.indexOf(':', keyNode.offset + keyNode.length));
      }
      // Explicit keys win over merged ones, as in YAML 1.1 merge semantics, and earlier merges over later ones.
      const present = merges.length > 0 ? new Set((object.children ?? []).map((own) => own.children?.[0]?.value)) : undefined;
      for (const source of merges.flatMap((merge) => (isSeq(merge) ? merge.items : [merge]))) {
        const merged = convert(source, aliasDepth + 1);
        markAliased(merged, aliased);
        for (const property of merged.type === 'object' ? merged.children ?? [] : []) {
          const name = property.children?.[0]?.value;
          if (present?.has(name)) continue;
          const [keyNode, valueNode] = property.children ?? [];
          if (keyNode && valueNode) {
            addProperty(object, keyNode, valueNode, property.colonOffset);
            present?.add(name);
          }
        }
        // Keep the map's own span: merged children live at the anchor.
      }
      return object;
    }
    if (isSeq(node)) {
      const array = nodeWithSpan('array', node.range, text);
      styles.set(array, node.flow ? 'flow' : 'block');
      for (const item of node.items) addItem(array, item === null ? newNode('null', array.offset, 0, null) : convert(item, aliasDepth));
      return array;
    }
    if (isScalar(node)) return scalarNode(node.value, node.range, text);
    return newNode('null', 0, 0, null);
  };

  const contents = doc.contents as YamlNode | null;
  const root = contents === null ? undefined : convert(contents, 0);
  return { root, styles, aliased };
}

function scalarNode(value: unknown, range: readonly number[] | null | undefined, text: string): BuildNode {
  if (typeof value === 'string') return nodeWithSpan('string', range, text, value);
  if (typeof value === 'number' || typeof value === 'bigint') return nodeWithSpan('number', range, text, Number(value));
  if (typeof value === 'boolean') return nodeWithSpan('boolean', range, text, value);
  if (value === null || value === undefined) return nodeWithSpan('null', range, text, null);
  // Timestamps and other tagged values: the text as written.
  const span = spanOf(range, text);
  return newNode('string', span.offset, span.length, text.slice(span.offset, span.offset + span.length));
}

function nodeWithSpan(type: BuildNode['type'], range: readonly number[] | null | undefined, text: string, value?: unknown): BuildNode {
  const span = spanOf(range, text);
  return newNode(type, span.offset, span.length, value);
}

/** The value's own text: `range[0]..range[1]` without the line breaks and blanks a block collection ends with. */
function spanOf(range: readonly number[] | null | undefined, text: string): Span {
  const start = Math.min(range?.[0] ?? 0, text.length);
  let end = Math.min(Math.max(range?.[1] ?? start, start), text.length);
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { offset: start, length: end - start };
}

function markAliased(node: BuildNode, aliased: Set<BuildNode>): void {
  aliased.add(node);
  for (const child of node.children ?? []) markAliased(child, aliased);
}

/**
 * Every `#` comment, from the concrete syntax tree (a `#` inside a quoted or block scalar is not a comment). Walked with
 * an explicit stack: a recursive walk overflowed the call stack on deeply nested flow collections (found by fuzzing).
 */
function commentSpans(text: string): Span[] {
  const spans: Span[] = [];
  let pending: unknown[];
  try {
    pending = [...new Parser().parse(text)];
  } catch (error) {
    // The token parser recurses per nested block collection; such a file is reported as too deep, and a file without
    // known comments only loses its inline suppressions (findings are shown, not hidden).
    if (!(error instanceof RangeError)) throw error;
    return [];
  }
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const token = value as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      spans.push({ offset: token.offset, length: token.source.length });
      continue;
    }
    for (const child of Object.values(value)) if (child !== null && typeof child === 'object') pending.push(child);
  }
  return spans.sort((a, b) => a.offset - b.offset);
}

/** The whole key starting at `offset` (the parser marks only its first character). */
function keySpanAt(text: string, offset: number): Span {
  const key = /^(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\s:#][^:#\n]*?)(?=[ \t]*:)/.exec(text.slice(offset, offset + 1000));
  return { offset, length: key ? key[0].length : Math.min(1, text.length - offset) };
}

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}
