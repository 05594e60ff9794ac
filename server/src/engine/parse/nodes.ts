/** Small, allocation-light helpers over the syntax tree. */
import { findNodeAtLocation, getNodeValue } from 'jsonc-parser';
import type { DocNode, JSONPath } from './document';
import type { Span } from '../text/span';
import type { Located, LocatedEntry } from '../model/located';

export function spanOfNode(node: DocNode): Span {
  return { offset: node.offset, length: node.length };
}

/**
 * `[...basePath, key]` in an exact-size array. A spread copy keeps about 18 spare slots (250 instead of 100 bytes), and
 * the model keeps the paths of servers and of their args, env and headers for as long as the config lives.
 */
export function childPath(basePath: JSONPath, key: string | number): JSONPath {
  const at = (index: number): string | number => basePath[index] as string | number;
  switch (basePath.length) {
    case 0: return [key];
    case 1: return [at(0), key];
    case 2: return [at(0), at(1), key];
    case 3: return [at(0), at(1), at(2), key];
    case 4: return [at(0), at(1), at(2), at(3), key];
    default: return basePath.concat(key);
  }
}

export interface PropertyView {
  readonly key: string;
  readonly keyNode: DocNode;
  readonly valueNode: DocNode | undefined;
  readonly property: DocNode;
}

/** The properties of an object node, in document order (duplicates included). */
export function propertiesOf(node: DocNode | undefined): PropertyView[] {
  if (node?.type !== 'object' || !node.children) return [];
  const result: PropertyView[] = [];
  for (const property of node.children) {
    const keyNode = property.children?.[0];
    if (!keyNode || typeof keyNode.value !== 'string') continue;
    result.push({ key: keyNode.value, keyNode, valueNode: property.children?.[1], property });
  }
  return result;
}

/** The last property node named `key` (the one JSON.parse would keep); builds no views, as lookups run per field. */
function lastPropertyNode(node: DocNode | undefined, key: string): DocNode | undefined {
  if (node?.type !== 'object' || !node.children) return undefined;
  let found: DocNode | undefined;
  for (const property of node.children) if (property.children?.[0]?.value === key) found = property;
  return found;
}

/** The value node of the last property named `key` (the one JSON.parse would keep). */
export function valueOf(node: DocNode | undefined, key: string): DocNode | undefined {
  return lastPropertyNode(node, key)?.children?.[1];
}

export function keyNodeOf(node: DocNode | undefined, key: string): DocNode | undefined {
  return lastPropertyNode(node, key)?.children?.[0];
}

export function nodeAt(root: DocNode | undefined, path: JSONPath): DocNode | undefined {
  return root ? findNodeAtLocation(root, path) : undefined;
}

/** The plain JavaScript value of a node (objects and arrays included). */
export function plainValue(node: DocNode | undefined): unknown {
  if (!node) return undefined;
  if (node.type === 'string' || node.type === 'number' || node.type === 'boolean') return node.value;
  if (node.type === 'null') return null;
  try {
    return getNodeValue(node);
  } catch {
    return undefined;
  }
}

/**
 * A located value whose plain value is computed on first read: objects and arrays are materialised only when a
 * rule asks, which keeps large files cheap (most rules look at a few scalar fields).
 */
function lazyLocated(node: DocNode, parentPath: JSONPath, key: string, keyNode: DocNode | undefined): Located<unknown> {
  const scalar = node.type !== 'object' && node.type !== 'array';
  return scalar ? new NodeLocated(node, plainValue(node), parentPath, key, keyNode) : new LazyLocated(node, parentPath, key, keyNode);
}

/**
 * Where a value of the tree is. The span, key span and path are read from the nodes when asked, not stored: a large
 * config holds tens of thousands of located values for a whole lint, and rules ask where only to report. The getters
 * live on the prototype (a getter in an object literal is a new closure and hidden class per value).
 */
abstract class PlaceInTree {
  readonly node: DocNode;
  /** The path of the value, or of its parent when `pathKey` is set (the path is then built on each read). */
  private readonly pathBase: JSONPath;
  private readonly pathKey: string | number | undefined;
  private readonly keyNode: DocNode | undefined;

  constructor(node: DocNode, pathBase: JSONPath, pathKey: string | number | undefined, keyNode: DocNode | undefined) {
    this.node = node;
    this.pathBase = pathBase;
    this.pathKey = pathKey;
    this.keyNode = keyNode;
  }

  get path(): JSONPath {
    return this.pathKey === undefined ? this.pathBase : childPath(this.pathBase, this.pathKey);
  }

  get span(): Span {
    return spanOfNode(this.node);
  }

  get keySpan(): Span | undefined {
    return this.keyNode && spanOfNode(this.keyNode);
  }
}

class NodeLocated<T> extends PlaceInTree implements Located<T> {
  readonly value: T;

  constructor(node: DocNode, value: T, pathBase: JSONPath, pathKey: string | number | undefined, keyNode: DocNode | undefined) {
    super(node, pathBase, pathKey, keyNode);
    this.value = value;
  }
}

class LazyLocated extends PlaceInTree implements Located<unknown> {
  #value: unknown;
  #computed = false;

  get value(): unknown {
    if (!this.#computed) {
      this.#value = plainValue(this.node);
      this.#computed = true;
    }
    return this.#value;
  }
}

export function located<T>(node: DocNode, value: T, path: JSONPath, keyNode?: DocNode): Located<T> {
  return new NodeLocated(node, value, path, undefined, keyNode);
}

/** A string value at `key` of `object`, or undefined when absent or not a string. */
export function stringAt(object: DocNode | undefined, key: string, basePath: JSONPath): Located<string> | undefined {
  const property = lastPropertyNode(object, key);
  const valueNode = property?.children?.[1];
  if (!valueNode || valueNode.type !== 'string') return undefined;
  return new NodeLocated(valueNode, valueNode.value as string, basePath, key, property?.children?.[0]);
}

/** Any value at `key` of `object`. */
export function valueAt(object: DocNode | undefined, key: string, basePath: JSONPath): Located<unknown> | undefined {
  const property = lastPropertyNode(object, key);
  const valueNode = property?.children?.[1];
  if (!valueNode) return undefined;
  return lazyLocated(valueNode, basePath, key, property?.children?.[0]);
}

export function lastProperty(object: DocNode | undefined, key: string): PropertyView | undefined {
  const property = lastPropertyNode(object, key);
  const keyNode = property?.children?.[0];
  return property && keyNode ? { key, keyNode, valueNode: property.children?.[1], property } : undefined;
}

/** A property as a located key/value pair; its spans are read from the nodes when asked (see PlaceInTree). */
class PropertyEntry implements LocatedEntry {
  readonly key: string;
  readonly value: Located<unknown>;
  private readonly property: DocNode;
  private readonly keyNode: DocNode;

  constructor(key: string, property: DocNode, keyNode: DocNode, value: Located<unknown>) {
    this.key = key;
    this.value = value;
    this.property = property;
    this.keyNode = keyNode;
  }

  get keySpan(): Span {
    return spanOfNode(this.keyNode);
  }

  get propertySpan(): Span {
    return spanOfNode(this.property);
  }
}

/** Entries of an object as located key/value pairs (env, headers, fields). */
export function entriesOf(object: DocNode | undefined, basePath: JSONPath): LocatedEntry[] {
  if (object?.type !== 'object' || !object.children) return [];
  const entries: LocatedEntry[] = [];
  for (const property of object.children) {
    const keyNode = property.children?.[0];
    if (!keyNode || typeof keyNode.value !== 'string') continue;
    const valueNode = property.children?.[1];
    const value = valueNode ? lazyLocated(valueNode, basePath, keyNode.value, keyNode) : new NodeLocated(keyNode, undefined, basePath, keyNode.value, keyNode);
    entries.push(new PropertyEntry(keyNode.value, property, keyNode, value));
  }
  return withoutSpareSlots(entries);
}

/** String items of an array; other scalars are stringified so that launch parsing still sees them. */
export function stringItems(array: DocNode | undefined, basePath: JSONPath): Located<string>[] {
  if (array?.type !== 'array' || !array.children) return [];
  const items: Located<string>[] = [];
  const children = array.children;
  for (let index = 0; index < children.length; index++) {
    const item = children[index] as DocNode;
    if (item.type === 'string' || item.type === 'number' || item.type === 'boolean') {
      items.push(new NodeLocated(item, String(item.value), basePath, index, undefined));
    }
  }
  return withoutSpareSlots(items);
}

/**
 * An exact-size copy of a list built by push (which leaves up to 16 spare slots): env, headers, fields and args live
 * as long as the config, so the spare slots would be copied by every garbage collection of a large lint.
 */
function withoutSpareSlots<T>(items: T[]): T[] {
  return items.length === 0 ? items : items.slice();
}
