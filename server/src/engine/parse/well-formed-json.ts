/**
 * The fast path of the JSON parser: one pass over well-formed JSONC (comments and trailing commas allowed) that builds
 * exactly the tree, comments and problems of the jsonc-parser path, without its per-token callbacks, whitespace strings
 * and path copies. Anything else (a syntax error, exotic whitespace, nesting beyond the limit, empty content) returns
 * undefined, and the caller parses with jsonc-parser, which owns every error message and recovery.
 */
import type { NodeType } from 'jsonc-parser';
import type { DocNode, SyntaxProblem } from './document';
import type { Span } from '../text/span';
import { internedSlice, MAX_INTERNED_LENGTH } from './string-interner';

export type TreeNode = DocNode & { length: number; children?: TreeNode[]; parent?: TreeNode; colonOffset?: number };

/**
 * Every node has the same properties in the same order (absent ones undefined): one hidden class, so the many places
 * that read nodes stay monomorphic. jsonc-parser's own trees mix five shapes.
 */
export function treeNode(type: NodeType, offset: number, length: number, parent: TreeNode | undefined, value: unknown, children: TreeNode[] | undefined): TreeNode {
  return { type, value, offset, length, parent, children, colonOffset: undefined };
}

export interface WellFormedJson {
  readonly root: DocNode;
  readonly problems: SyntaxProblem[];
  readonly comments: Span[];
}

export const COMMENT_MESSAGE = 'comments are not allowed in strict JSON';
export const TRAILING_COMMA_MESSAGE = 'trailing commas are not allowed in strict JSON';

/** Thrown inside the reader when the text leaves the well-formed subset; never escapes this module. */
const LEAVE_FAST_PATH = Symbol('leave the fast path');

// Character codes.
const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const QUOTE = 34;
const ASTERISK = 42;
const PLUS = 43;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const ZERO = 48;
const NINE = 57;
const COLON = 58;
const UPPER_E = 69;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const LOWER_E = 101;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** The tree of `text` when it is well-formed JSONC no deeper than `maxDepth`; undefined sends the caller to jsonc-parser. */
export function readWellFormedJson(text: string, maxDepth: number): WellFormedJson | undefined {
  const reader = new WellFormedJsonReader(text, maxDepth);
  try {
    return reader.read();
  } catch (error) {
    // A stack overflow is left to the slow path too, which reports it.
    if (error === LEAVE_FAST_PATH || error instanceof RangeError) return undefined;
    throw error;
  }
}

class WellFormedJsonReader {
  private readonly problems: SyntaxProblem[] = [];
  private readonly comments: Span[] = [];
  private pos = 0;
  private depth = 0;

  constructor(private readonly text: string, private readonly maxDepth: number) {}

  read(): WellFormedJson | undefined {
    this.skipTrivia();
    if (this.pos >= this.text.length) return undefined;
    const root = this.value(undefined);
    this.skipTrivia();
    if (this.pos < this.text.length) throw LEAVE_FAST_PATH;
    return { root, problems: this.problems, comments: this.comments };
  }

  private value(parent: TreeNode | undefined): TreeNode {
    const text = this.text;
    const start = this.pos;
    const code = text.charCodeAt(start);
    if (code === QUOTE) {
      const value = this.string();
      return treeNode('string', start, this.pos - start, parent, value, undefined);
    }
    if (code === OPEN_BRACE) return this.object(parent);
    if (code === OPEN_BRACKET) return this.array(parent);
    if (code === MINUS || (code >= ZERO && code <= NINE)) {
      this.number();
      return treeNode('number', start, this.pos - start, parent, Number(text.slice(start, this.pos)), undefined);
    }
    if (text.startsWith('true', start)) return this.keyword('boolean', true, 4, parent);
    if (text.startsWith('false', start)) return this.keyword('boolean', false, 5, parent);
    if (text.startsWith('null', start)) return this.keyword('null', null, 4, parent);
    throw LEAVE_FAST_PATH;
  }

  private keyword(type: NodeType, value: boolean | null, length: number, parent: TreeNode | undefined): TreeNode {
    const node = treeNode(type, this.pos, length, parent, value, undefined);
    this.pos += length;
    // jsonc-parser reads a whole word: `truex` is one unknown token, not `true` then `x`.
    if (this.pos < this.text.length && !endsWord(this.text.charCodeAt(this.pos))) throw LEAVE_FAST_PATH;
    return node;
  }

  private object(parent: TreeNode | undefined): TreeNode {
    const object = this.open('object', parent);
    const children: TreeNode[] = [];
    const text = this.text;
    while (text.charCodeAt(this.pos) !== CLOSE_BRACE) {
      if (text.charCodeAt(this.pos) !== QUOTE) throw LEAVE_FAST_PATH;
      const keyStart = this.pos;
      const name = this.string();
      const property = treeNode('property', keyStart, -1, object, undefined, undefined);
      const key = treeNode('string', keyStart, this.pos - keyStart, property, name, undefined);
      this.skipTrivia();
      if (text.charCodeAt(this.pos) !== COLON) throw LEAVE_FAST_PATH;
      property.colonOffset = this.pos;
      this.pos++;
      this.skipTrivia();
      const value = this.value(property);
      property.children = [key, value];
      property.length = value.offset + value.length - keyStart;
      children.push(property);
      if (this.afterItem(CLOSE_BRACE)) break;
    }
    return this.close(object, children);
  }

  private array(parent: TreeNode | undefined): TreeNode {
    const array = this.open('array', parent);
    const children: TreeNode[] = [];
    const text = this.text;
    while (text.charCodeAt(this.pos) !== CLOSE_BRACKET) {
      children.push(this.value(array));
      if (this.afterItem(CLOSE_BRACKET)) break;
    }
    return this.close(array, children);
  }

  /** After an item: true at the closing character (a trailing comma is recorded), false before the next item. */
  private afterItem(closing: number): boolean {
    this.skipTrivia();
    const code = this.text.charCodeAt(this.pos);
    if (code === closing) return true;
    if (code !== COMMA) throw LEAVE_FAST_PATH;
    const comma = this.pos;
    this.pos++;
    this.skipTrivia();
    if (this.text.charCodeAt(this.pos) !== closing) return false;
    this.problems.push({ kind: 'trailing-comma', span: { offset: comma, length: 1 }, message: TRAILING_COMMA_MESSAGE });
    return true;
  }

  /** At the opening character: the node, with `pos` moved past the character and the trivia after it. */
  private open(type: 'object' | 'array', parent: TreeNode | undefined): TreeNode {
    if (++this.depth > this.maxDepth) throw LEAVE_FAST_PATH;
    const node = treeNode(type, this.pos, -1, parent, undefined, undefined);
    this.pos++;
    this.skipTrivia();
    return node;
  }

  /** At the closing character (the loops leave only there). */
  private close(node: TreeNode, children: TreeNode[]): TreeNode {
    this.depth--;
    this.pos++;
    node.length = this.pos - node.offset;
    // An exact copy: the array grown by push keeps its spare slots as long as the tree lives.
    node.children = children.slice();
    return node;
  }

  /** The decoded string starting at the quote under `pos`; leaves `pos` after the closing quote. */
  private string(): string {
    const text = this.text;
    let pos = this.pos + 1;
    let start = pos;
    let result = '';
    for (;;) {
      if (pos >= text.length) throw LEAVE_FAST_PATH;
      const code = text.charCodeAt(pos);
      if (code === QUOTE) break;
      // Control characters (line breaks included) are errors in jsonc-parser's scanner.
      if (code < SPACE) throw LEAVE_FAST_PATH;
      if (code !== BACKSLASH) {
        pos++;
        continue;
      }
      result += text.substring(start, pos);
      result += unescaped(text, pos + 1);
      pos += text.charCodeAt(pos + 1) === 117 /* u */ ? 6 : 2;
      start = pos;
    }
    this.pos = pos + 1;
    // Without an escape (each adds a character to `result`) a short string is the one interned for its characters.
    if (result === '' && pos - start <= MAX_INTERNED_LENGTH) return internedSlice(text, start, pos);
    // `'' + substring` is the substring itself, as in jsonc-parser (no copy when the string holds no escape).
    return result + text.substring(start, pos);
  }

  /** jsonc-parser's number grammar; anything it would flag (`1.`, `1e`, `-x`) or split (`01`) leaves the fast path. */
  private number(): void {
    const text = this.text;
    let pos = this.pos;
    if (text.charCodeAt(pos) === MINUS) pos++;
    if (!isDigit(text.charCodeAt(pos))) throw LEAVE_FAST_PATH;
    if (text.charCodeAt(pos) === ZERO) pos++;
    else while (isDigit(text.charCodeAt(pos))) pos++;
    if (text.charCodeAt(pos) === DOT) {
      pos++;
      if (!isDigit(text.charCodeAt(pos))) throw LEAVE_FAST_PATH;
      while (isDigit(text.charCodeAt(pos))) pos++;
    }
    const exponent = text.charCodeAt(pos);
    if (exponent === LOWER_E || exponent === UPPER_E) {
      pos++;
      const sign = text.charCodeAt(pos);
      if (sign === PLUS || sign === MINUS) pos++;
      if (!isDigit(text.charCodeAt(pos))) throw LEAVE_FAST_PATH;
      while (isDigit(text.charCodeAt(pos))) pos++;
    }
    if (pos < text.length && !endsWord(text.charCodeAt(pos))) throw LEAVE_FAST_PATH;
    this.pos = pos;
  }

  /** Skips spaces, tabs, line breaks and comments (recorded); other whitespace is an error to jsonc-parser. */
  private skipTrivia(): void {
    const text = this.text;
    let pos = this.pos;
    for (;;) {
      const code = text.charCodeAt(pos);
      if (code === SPACE || code === LINE_FEED || code === CARRIAGE_RETURN || code === TAB) {
        pos++;
      } else if (code === SLASH) {
        pos = this.comment(pos);
      } else {
        break;
      }
    }
    this.pos = pos;
  }

  /** Records the comment at `start` and returns the offset after it (a line comment ends before the line break). */
  private comment(start: number): number {
    const text = this.text;
    const kind = text.charCodeAt(start + 1);
    let end: number;
    if (kind === SLASH) {
      end = start + 2;
      while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
    } else if (kind === ASTERISK) {
      const close = text.indexOf('*/', start + 2);
      if (close < 0) throw LEAVE_FAST_PATH;
      end = close + 2;
    } else {
      throw LEAVE_FAST_PATH;
    }
    const span = { offset: start, length: end - start };
    this.comments.push(span);
    this.problems.push({ kind: 'comment', span: { offset: start, length: end - start }, message: COMMENT_MESSAGE });
    return end;
  }
}

/** The character after a `\` in a string: what it stands for, or leaving the fast path for an invalid escape. */
function unescaped(text: string, at: number): string {
  switch (text.charCodeAt(at)) {
    case QUOTE: return '"';
    case BACKSLASH: return '\\';
    case SLASH: return '/';
    case 98 /* b */: return '\b';
    case 102 /* f */: return '\f';
    case 110 /* n */: return '\n';
    case 114 /* r */: return '\r';
    case 116 /* t */: return '\t';
    case 117 /* u */: {
      const hex = text.slice(at + 1, at + 5);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw LEAVE_FAST_PATH;
      return String.fromCharCode(parseInt(hex, 16));
    }
    default: throw LEAVE_FAST_PATH;
  }
}

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

function isLineBreak(code: number): boolean {
  return code === LINE_FEED || code === CARRIAGE_RETURN;
}

/** Characters that end a word in jsonc-parser's scanner (whitespace, line breaks, structure, quotes, slashes). */
function endsWord(code: number): boolean {
  switch (code) {
    case SPACE: case TAB: case LINE_FEED: case CARRIAGE_RETURN:
    case CLOSE_BRACE: case CLOSE_BRACKET: case OPEN_BRACE: case OPEN_BRACKET:
    case QUOTE: case COLON: case COMMA: case SLASH:
      return true;
    default:
      return false;
  }
}
