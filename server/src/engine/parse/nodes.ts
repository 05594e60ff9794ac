/** Small, allocation-light helpers over the syntax tree. */
import { findNodeAtLocation, getNodeValue } from 'jsonc-parser';
import type { DocNode, JSONPath } from './document';
import type { Span } from '../text/span';
import type { Located, LocatedEntry } from '../model/located';

export function spanOfNode(node: DocNode): Span {
  return { offset: node.offset, length: node.length };
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

/** The value node of the last property named `key` (the one JSON.parse would keep). */
export function valueOf(node: DocNode | undefined, key: string): DocNode | undefined {
  let found: DocNode | undefined;
  for (const property of propertiesOf(node)) if (property.key === key) found = property.valueNode;
  return found;
}

export function keyNodeOf(node: DocNode | undefined, key: string): DocNode | undefined {
  let found: DocNode | undefined;
  for (const property of propertiesOf(node)) if (property.key === key) found = property.keyNode;
  return found;
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
export function lazyLocated(node: DocNode, path: JSONPath, keyNode?: DocNode): Located<unknown> {
  const scalar = node.type !== 'object' && node.type !== 'array';
  if (scalar) return located(node, plainValue(node), path, keyNode);
  let cached: unknown;
  let computed = false;
  return {
    get value(): unknown {
      if (!computed) {
        cached = plainValue(node);
        computed = true;
      }
      return cached;
    },
    path,
    span: spanOfNode(node),
    node,
    ...(keyNode ? { keySpan: spanOfNode(keyNode) } : {}),
  };
}

export function located<T>(node: DocNode, value: T, path: JSONPath, keyNode?: DocNode): Located<T> {
  return keyNode
    ? { value, path, span: spanOfNode(node), node, keySpan: spanOfNode(keyNode) }
    : { value, path, span: spanOfNode(node), node };
}

/** A string value at `key` of `object`, or undefined when absent or not a string. */
export function stringAt(object: DocNode | undefined, key: string, basePath: JSONPath): Located<string> | undefined {
  const view = lastProperty(object, key);
  if (!view?.valueNode || view.valueNode.type !== 'string') return undefined;
  return located(view.valueNode, view.valueNode.value as string, [...basePath, key], view.keyNode);
}

/** Any value at `key` of `object`. */
export function valueAt(object: DocNode | undefined, key: string, basePath: JSONPath): Located<unknown> | undefined {
  const view = lastProperty(object, key);
  if (!view?.valueNode) return undefined;
  return lazyLocated(view.valueNode, [...basePath, key], view.keyNode);
}

export function lastProperty(object: DocNode | undefined, key: string): PropertyView | undefined {
  let found: PropertyView | undefined;
  for (const property of propertiesOf(object)) if (property.key === key) found = property;
  return found;
}

/** Entries of an object as located key/value pairs (env, headers, fields). */
export function entriesOf(object: DocNode | undefined, basePath: JSONPath): LocatedEntry[] {
  return propertiesOf(object).map((property) => ({
    key: property.key,
    keySpan: spanOfNode(property.keyNode),
    propertySpan: spanOfNode(property.property),
    value: property.valueNode
      ? lazyLocated(property.valueNode, [...basePath, property.key], property.keyNode)
      : located(property.keyNode, undefined, [...basePath, property.key], property.keyNode),
  }));
}

/** String items of an array; other scalars are stringified so that launch parsing still sees them. */
export function stringItems(array: DocNode | undefined, basePath: JSONPath): Located<string>[] {
  if (array?.type !== 'array' || !array.children) return [];
  const items: Located<string>[] = [];
  array.children.forEach((item, index) => {
    if (item.type === 'string' || item.type === 'number' || item.type === 'boolean') {
      items.push(located(item, String(item.value), [...basePath, index]));
    }
  });
  return items;
}
