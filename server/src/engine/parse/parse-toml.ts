/**
 * Parses TOML (Codex `config.toml`) with toml-eslint-parser into the shared node tree: `[a.b]` headers and dotted
 * keys become nested objects whose key nodes point at their own text; syntax errors are reported and skipped so
 * the rest of the file is still read.
 */
// @ts-expect-error TS1479: toml-eslint-parser ships ESM only; Node >= 20.19 loads ESM from CommonJS and esbuild bundles it.
import { parseTOML, type AST } from 'toml-eslint-parser';
import type { JSONPath } from 'jsonc-parser';
import type { ParsedDocument, SyntaxProblem } from './document';
import type { Span } from '../text/span';
import { addItem, addProperty, asDocNode, coverChildren, createChildLookup, MAX_NESTING_DEPTH, nestedTooDeep, newNode, tooDeepProblem, type BuildNode } from './tree-builder';
import { createTomlEditor } from './toml-editor';
import { tomlStringSourceOffset } from './toml-strings';
import { resumableStringOffsets } from './string-offsets';
import { once } from './once';

/** A table body: the top level or one `[header]` table with its key lines. */
export type TomlBody = AST.TOMLTopLevelTable | AST.TOMLTable;

/** Where the text of an object lives, so the editor knows how to add keys to it. */
export type TomlOrigin =
  | { readonly kind: 'body'; readonly body: TomlBody; readonly prefix: readonly string[] }
  | { readonly kind: 'inline'; readonly inline: AST.TOMLInlineTable; readonly prefix: readonly string[] }
  | { readonly kind: 'implicit' };

/** A top-level statement (table or key/value line) with the document path it defines. */
export interface TomlStatement {
  readonly path: JSONPath;
  readonly offset: number;
  readonly end: number;
  readonly kind: 'table' | 'key-value';
}

export interface TomlTree {
  readonly root: BuildNode;
  readonly origins: Map<BuildNode, TomlOrigin>;
  readonly statements: TomlStatement[];
  readonly program: AST.TOMLProgram;
}

/** A dotted key or table header of more parts than the tree may nest (each part is a level). */
class TooDeep extends Error {
  constructor(readonly offset: number) {
    super('too deep');
  }
}

function checkDepth(parts: number, offset: number): void {
  if (parts > MAX_NESTING_DEPTH) throw new TooDeep(offset);
}

/** Errors beyond this many are not chased further (each one costs a re-parse); the tree is then left empty. */
const MAX_RECOVERIES = 50;

export function parseToml(text: string): ParsedDocument {
  const problems: SyntaxProblem[] = [];
  let source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  let program: AST.TOMLProgram | undefined;
  let lastMaskedLine = -2;
  for (let attempt = 0; attempt <= MAX_RECOVERIES && !program; attempt++) {
    try {
      program = parseTOML(source) as AST.TOMLProgram;
    } catch (error) {
      const at = errorOffset(error);
      const line = at === undefined ? -1 : lineNumberAt(source, at);
      // An error right after a blanked-out line is usually the rest of the same broken statement: not reported twice.
      if (at === undefined || !(line > lastMaskedLine && onlyBlankBetween(source, lastMaskedLine, line))) {
        problems.push({ kind: 'error', span: tokenSpan(text, at ?? 0), message: messageOf(error) });
      }
      const masked = at === undefined ? undefined : maskAround(source, at);
      if (!masked) break;
      source = masked.text;
      lastMaskedLine = masked.line;
    }
  }
  let tree: TomlTree | undefined;
  try {
    tree = program ? buildTree(program, text) : undefined;
  } catch (error) {
    // The tree is built recursively per nested array or inline table: a stack that runs out is the same limit.
    if (!(error instanceof TooDeep) && !(error instanceof RangeError)) throw error;
    problems.push(tooDeepProblem(error instanceof TooDeep ? error.offset : 0));
  }
  // Dotted keys are checked as the tree is built; what inline tables and arrays add is checked here.
  const tooDeep = tree && nestedTooDeep(tree.root);
  if (tooDeep) {
    problems.push(tooDeepProblem(tooDeep.offset));
    tree = undefined;
  }
  const comments: Span[] = (program?.comments ?? [])
    .map((comment) => ({ offset: comment.range[0], length: comment.range[1] - comment.range[0] }))
    .filter((span) => text.charCodeAt(span.offset) === 35 /* # */);
  return {
    text,
    syntax: 'toml',
    root: tree ? asDocNode(tree.root) : undefined,
    problems,
    comments,
    editor: once(() => createTomlEditor(text, tree)),
    sourceOffsetInString: resumableStringOffsets((node, index, from) => tomlStringSourceOffset(text, node, index, from)),
  };
}

/** What the builder's steps share: the text, where each object was defined, and the look-up of existing children. */
interface TomlBuild {
  readonly text: string;
  readonly origins: Map<BuildNode, TomlOrigin>;
  readonly childValue: (object: BuildNode, key: string) => BuildNode | undefined;
}

function buildTree(program: AST.TOMLProgram, text: string): TomlTree {
  const root = newNode('object', 0, text.length);
  const origins = new Map<BuildNode, TomlOrigin>();
  const build: TomlBuild = { text, origins, childValue: createChildLookup() };
  const statements: TomlStatement[] = [];
  const top = program.body[0];
  origins.set(root, { kind: 'body', body: top, prefix: [] });
  const addKeyValues = (object: BuildNode, body: TomlBody, path: JSONPath): void => {
    for (const item of body.body) {
      if (item.type !== 'TOMLKeyValue') continue;
      statements.push({ path: [...path, ...item.key.keys.map(keyName)], offset: item.range[0], end: item.range[1], kind: 'key-value' });
      addKeyValue(object, item, build, { kind: 'body', body, prefix: [] });
    }
  };
  addKeyValues(root, top, []);
  for (const table of top.body) {
    if (table.type !== 'TOMLTable') continue;
    const keys = table.key.keys;
    checkDepth(keys.length, table.range[0]);
    let object = root;
    const path: JSONPath = [];
    keys.forEach((part, index) => {
      const name = keyName(part);
      const last = index === keys.length - 1;
      path.push(name);
      if (last && table.kind === 'array') {
        let array = build.childValue(object, name);
        if (array?.type !== 'array') {
          array = newNode('array', part.range[0], 0);
          addProperty(object, keyNode(part), array, -1);
        }
        const element = newNode('object', table.range[0], table.range[1] - table.range[0]);
        addItem(array, element);
        path.push((array.children?.length ?? 1) - 1);
        origins.set(element, { kind: 'body', body: table, prefix: [] });
        object = element;
        return;
      }
      object = descend(object, part, build, last ? { kind: 'body', body: table, prefix: [] } : { kind: 'implicit' });
      if (last) {
        object.offset = Math.min(object.offset, table.range[0]);
        object.length = Math.max(object.offset + object.length, table.range[1]) - object.offset;
      }
    });
    statements.push({ path: [...path], offset: table.range[0], end: table.range[1], kind: 'table' });
    addKeyValues(object, table, path);
  }
  coverChildren(root);
  root.offset = 0;
  root.length = text.length;
  return { root, origins, statements, program };
}

/** Adds `a.b.c = value` to `object`, creating the objects the dotted key implies. */
function addKeyValue(object: BuildNode, item: AST.TOMLKeyValue, build: TomlBuild, origin: TomlOrigin): void {
  const keys = item.key.keys;
  const prefix: string[] = origin.kind === 'implicit' ? [] : [...origin.prefix];
  // Each dotted part is a level, and its origin copies the parts before it: checked before any is built.
  checkDepth(depthOf(object) + keys.length, item.range[0]);
  let target = object;
  keys.forEach((part, index) => {
    if (index === keys.length - 1) return;
    prefix.push(keyName(part));
    target = descend(target, part, build, dottedOrigin(origin, prefix));
  });
  const last = keys[keys.length - 1] as AST.TOMLBare | AST.TOMLQuoted;
  const value = convertValue(item.value, build);
  addProperty(target, keyNode(last), value, build.text.indexOf('=', last.range[1]));
}

/** Objects and arrays from the root down to `node`. */
function depthOf(node: BuildNode): number {
  let depth = 0;
  for (let at: BuildNode | undefined = node; at; at = at.parent) if (at.type === 'object' || at.type === 'array') depth++;
  return depth;
}

function dottedOrigin(origin: TomlOrigin, prefix: readonly string[]): TomlOrigin {
  if (origin.kind === 'body') return { kind: 'body', body: origin.body, prefix: [...prefix] };
  if (origin.kind === 'inline') return { kind: 'inline', inline: origin.inline, prefix: [...prefix] };
  return origin;
}

/** The child object named by `part`, created (with `origin`) when absent; the last element of an array of tables. */
function descend(object: BuildNode, part: AST.TOMLBare | AST.TOMLQuoted, build: TomlBuild, origin: TomlOrigin): BuildNode {
  const { origins } = build;
  const name = keyName(part);
  const existing = build.childValue(object, name);
  if (existing?.type === 'object') {
    if (origin.kind === 'body' && origins.get(existing)?.kind === 'implicit') origins.set(existing, origin);
    return existing;
  }
  if (existing?.type === 'array') {
    const last = existing.children?.[existing.children.length - 1];
    if (last?.type === 'object') return last;
  }
  const child = newNode('object', part.range[0], 0);
  origins.set(child, origin);
  addProperty(object, keyNode(part), child, -1);
  return child;
}

function convertValue(value: AST.TOMLContentNode, build: TomlBuild): BuildNode {
  const [start, end] = value.range;
  switch (value.type) {
    case 'TOMLArray': {
      const array = newNode('array', start, end - start);
      for (const element of value.elements) addItem(array, convertValue(element, build));
      return array;
    }
    case 'TOMLInlineTable': {
      const object = newNode('object', start, end - start);
      const origin: TomlOrigin = { kind: 'inline', inline: value, prefix: [] };
      build.origins.set(object, origin);
      for (const item of value.body) addKeyValue(object, item, build, origin);
      return object;
    }
    default:
      return convertScalar(value, start, end);
  }
}

function convertScalar(value: AST.TOMLValue, start: number, end: number): BuildNode {
  switch (value.kind) {
    case 'string':
      return newNode('string', start, end - start, value.value);
    case 'integer':
    case 'float':
      return newNode('number', start, end - start, Number(value.value));
    case 'boolean':
      return newNode('boolean', start, end - start, value.value);
    default:
      // Dates and times have no JSON type; their text is what a user would compare.
      return newNode('string', start, end - start, value.datetime);
  }
}

function keyNode(part: AST.TOMLBare | AST.TOMLQuoted): BuildNode {
  return newNode('string', part.range[0], part.range[1] - part.range[0], keyName(part));
}

export function keyName(part: AST.TOMLBare | AST.TOMLQuoted): string {
  return part.type === 'TOMLBare' ? part.name : part.value;
}

function errorOffset(error: unknown): number | undefined {
  const index = (error as { index?: unknown } | undefined)?.index;
  return typeof index === 'number' ? index : undefined;
}

function messageOf(error: unknown): string {
  // The parser recurses per nested array or inline table.
  if (error instanceof RangeError) return 'nesting too deep for the TOML parser';
  const message = error instanceof Error ? error.message : String(error);
  return message.charAt(0).toLowerCase() + message.slice(1);
}

/** The offending token: the run of non-blank characters at `offset` (empty at the end of the file). */
function tokenSpan(text: string, offset: number): Span {
  if (offset >= text.length) return { offset: text.length, length: 0 };
  let end = offset;
  while (end < text.length && !/\s/.test(text.charAt(end))) end++;
  return { offset, length: Math.max(1, end - offset) };
}

function lineNumberAt(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function onlyBlankBetween(text: string, afterLine: number, line: number): boolean {
  if (afterLine < 0) return false;
  const lines = text.split('\n');
  for (let i = afterLine + 1; i < line; i++) if ((lines[i] ?? '').trim().length > 0) return false;
  return true;
}

/**
 * Blanks out the line holding `offset` (or, when that line is already blank, the last non-blank line before it) with
 * spaces of the same length, so every offset stays that of the original text. Undefined when nothing is left.
 */
function maskAround(text: string, offset: number): { text: string; line: number } | undefined {
  const lines = text.split('\n');
  let line = lineNumberAt(text, offset);
  while (line >= 0 && (lines[line] ?? '').trim().length === 0) line--;
  if (line < 0) return undefined;
  lines[line] = (lines[line] ?? '').replace(/[^\r]/g, ' ');
  return { text: lines.join('\n'), line };
}
