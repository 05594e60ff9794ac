/** Values read from the document, each with its symbolic path and the exact text range it came from. */
import type { DocNode, JSONPath } from '../parse/document';
import type { Span } from '../text/span';

export interface Located<T> {
  readonly value: T;
  /** Path from the document root (keys and array indexes). */
  readonly path: JSONPath;
  /** The value's range in the text (for strings: including quotes in JSON). */
  readonly span: Span;
  /** The node the value came from; rules may look deeper (e.g. string escapes). */
  readonly node: DocNode;
  /** The range of the property's key, when the value is a property value. */
  readonly keySpan?: Span;
}

/** A key/value pair of an object (env, headers, the server's own fields). */
export interface LocatedEntry {
  readonly key: string;
  readonly keySpan: Span;
  /** The property node (key and value). */
  readonly propertySpan: Span;
  readonly value: Located<unknown>;
}
