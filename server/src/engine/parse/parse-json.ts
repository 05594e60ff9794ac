/**
 * Parses JSON and JSONC into the node tree of jsonc-parser's `parseTree`, plus every comment, every trailing comma and a
 * depth guard (the parsers recurse once per nesting level). Well-formed text takes a fast path of our own; text with
 * any error takes jsonc-parser's visitor, which owns recovery and messages. Both build the same tree (tested).
 */
import { printParseErrorCode, visit, type JSONVisitor } from 'jsonc-parser';
import type { DocNode, ParsedDocument, SyntaxProblem } from './document';
import { createJsonEditor } from './json-editor';
import { jsonStringSourceOffset } from './json-strings';
import { resumableStringOffsets } from './string-offsets';
import { once } from './once';
import type { Span } from '../text/span';
import { MAX_NESTING_DEPTH } from './tree-builder';
import { COMMENT_MESSAGE, readWellFormedJson, TRAILING_COMMA_MESSAGE, treeNode as node, type TreeNode as MutableNode } from './well-formed-json';

/** Nesting beyond this is reported instead of parsed (the same limit as TOML and YAML trees). */
export const MAX_JSON_DEPTH = MAX_NESTING_DEPTH;

class TooDeep extends Error {
  constructor(readonly offset: number) {
    super('too deep');
  }
}

/** `fastPath: false` forces jsonc-parser (the tests compare the two paths). */
export function parseJson(text: string, options: { readonly fastPath?: boolean } = {}): ParsedDocument {
  const hasBom = text.charCodeAt(0) === 0xfeff;
  // Replace the BOM by a space of the same length, so offsets stay those of the original text.
  const source = hasBom ? ' ' + text.slice(1) : text;
  const { root, problems, comments } = (options.fastPath !== false && readWellFormedJson(source, MAX_JSON_DEPTH)) || parseWithJsoncParser(source);
  if (hasBom) problems.unshift({ kind: 'bom', span: { offset: 0, length: 1 }, message: 'file starts with a UTF-8 byte order mark (BOM)' });
  if (root === undefined && text.trim().length === 0) problems.push({ kind: 'error', span: { offset: 0, length: 0 }, message: 'file is empty' });

  return {
    text,
    syntax: 'json',
    root,
    problems,
    comments,
    editor: once(() => createJsonEditor(text, root)),
    sourceOffsetInString: resumableStringOffsets((node, index, from) => jsonStringSourceOffset(text, node, index, from)),
  };
}

/** The slow path, for text with errors (and odd cases the fast path leaves): jsonc-parser owns recovery and messages. */
function parseWithJsoncParser(source: string): { root: DocNode | undefined; problems: SyntaxProblem[]; comments: Span[] } {
  const problems: SyntaxProblem[] = [];
  const comments: Span[] = [];
  let root: DocNode | undefined;
  try {
    root = buildTree(source, problems, comments);
  } catch (error) {
    if (!(error instanceof TooDeep) && !(error instanceof RangeError)) throw error;
    const offset = error instanceof TooDeep ? error.offset : 0;
    problems.push({ kind: 'error', span: { offset, length: 1 }, message: `nesting deeper than ${MAX_JSON_DEPTH} levels; the file was not analysed further` });
    root = undefined;
  }
  return { root, problems, comments };
}

/** jsonc-parser's parseTree, extended to record comments, trailing commas and depth. */
function buildTree(text: string, problems: SyntaxProblem[], comments: Span[]): DocNode | undefined {
  const artificialRoot = node('array', -1, -1, undefined, undefined, []);
  let current: MutableNode = artificialRoot;
  let depth = 0;
  let pendingComma: number | undefined;
  const completeProperty = (endOffset: number): void => {
    if (current.type === 'property') {
      current.length = endOffset - current.offset;
      current = current.parent as MutableNode;
    }
  };
  const add = (node: MutableNode): MutableNode => {
    pendingComma = undefined;
    const children = current.children;
    // A property's key and value go in an exact two-slot array: one grown by push keeps 17 slots for the whole lint.
    if (current.type === 'property' && children?.length === 1) current.children = [children[0] as MutableNode, node];
    else children?.push(node);
    return node;
  };
  const open = (type: 'object' | 'array', offset: number): void => {
    depth++;
    if (depth > MAX_JSON_DEPTH) throw new TooDeep(offset);
    current = add(node(type, offset, -1, current, undefined, []));
  };
  const close = (offset: number, length: number): void => {
    if (pendingComma !== undefined) {
      problems.push({ kind: 'trailing-comma', span: { offset: pendingComma, length: 1 }, message: TRAILING_COMMA_MESSAGE });
      pendingComma = undefined;
    }
    depth--;
    completeProperty(offset + length);
    current.length = offset + length - current.offset;
    // An exact copy of the children: the array grown by push keeps its spare slots as long as the tree lives.
    if (current.children) current.children = current.children.slice();
    current = current.parent as MutableNode;
    completeProperty(offset + length);
  };
  const visitor: JSONVisitor = {
    onObjectBegin: (offset) => open('object', offset),
    onObjectProperty: (name, offset, length) => {
      current = add(node('property', offset, -1, current, undefined, undefined));
      current.children = [node('string', offset, length, current, name, undefined)];
    },
    onObjectEnd: (offset, length) => close(offset, length),
    onArrayBegin: (offset) => open('array', offset),
    onArrayEnd: (offset, length) => close(offset, length),
    onLiteralValue: (value, offset, length) => {
      add(node(literalType(value), offset, length, current, value, undefined));
      completeProperty(offset + length);
    },
    onSeparator: (separator, offset) => {
      if (separator === ',') pendingComma = offset;
      if (current.type !== 'property') return;
      if (separator === ':') current.colonOffset = offset;
      else if (separator === ',') completeProperty(offset);
    },
    onComment: (offset, length) => {
      // An unclosed block comment at the very end is reported one character past it: ranges stay inside the text.
      const inside = Math.min(length, text.length - offset);
      comments.push({ offset, length: inside });
      problems.push({ kind: 'comment', span: { offset, length: inside }, message: COMMENT_MESSAGE });
    },
    onError: (error, offset, length) => {
      problems.push({
        kind: 'error',
        span: { offset, length: Math.min(Math.max(length, offset < text.length ? 1 : 0), text.length - offset) },
        message: describeParseError(printParseErrorCode(error)),
      });
    },
  };
  visit(text, visitor, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const result = artificialRoot.children?.[0];
  if (result) result.parent = undefined;
  return result;
}

function literalType(value: unknown): 'string' | 'number' | 'boolean' | 'null' {
  if (value === null) return 'null';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'null';
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/^invalid symbol$/, 'unexpected character');
}
