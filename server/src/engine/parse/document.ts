/**
 * The parsed form of a config file, whatever its syntax. JSON, TOML and YAML parsers all produce
 * jsonc-parser-shaped node trees, so host readers and rules work on one tree type.
 */
import type { JSONPath, Node } from 'jsonc-parser';
import type { Span } from '../text/span';
import type { TextEdit } from '../findings/fix';

/** A node of the syntax tree: jsonc-parser's `Node` (object, array, property, string, number, boolean, null). */
export type DocNode = Node;
export type { JSONPath };

/** The syntax family of a file. JSONC is JSON whose host accepts comments / trailing commas. */
export type SyntaxFamily = 'json' | 'toml' | 'yaml';

export interface SyntaxProblem {
  readonly message: string;
  readonly span: Span;
  /**
   * `error`: the file does not parse. `comment` / `trailing-comma` / `bom`: the file parses as
   * JSONC, but a strict-JSON host rejects it (reported only for such hosts).
   */
  readonly kind: 'error' | 'comment' | 'trailing-comma' | 'bom';
}

/** Builds text edits that keep the rest of the document byte for byte (comments, formatting). */
export interface DocumentEditor {
  /** Sets the value at `path`, inserting the property (and missing parents) when absent. */
  setValue(path: JSONPath, value: unknown): TextEdit[];
  /** Removes the property or array item at `path`. */
  remove(path: JSONPath): TextEdit[];
  /** Appends `value` to the array at `path`, creating the array when absent. */
  appendToArray(path: JSONPath, value: unknown): TextEdit[];
  /** How a string value is written in this syntax (JSON: with quotes and escapes). */
  quote(value: string): string;
}

export interface ParsedDocument {
  readonly text: string;
  readonly syntax: SyntaxFamily;
  /** Undefined when nothing could be parsed at all. */
  readonly root: DocNode | undefined;
  readonly problems: readonly SyntaxProblem[];
  /** Spans of every comment, used by inline suppressions. */
  readonly comments: readonly Span[];
  /** Creates an editor for this document. */
  editor(): DocumentEditor;
  /**
   * The source offset of character `index` of a string node's decoded value; escapes such as `\"`
   * or `\u00e9` make these differ. Lets rules point at a token inside a string.
   */
  sourceOffsetInString(node: DocNode, index: number): number;
}
