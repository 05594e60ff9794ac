/** Builds jsonc-parser-shaped node trees for the TOML and YAML parsers, so that every reader sees one tree type. */
import type { NodeType } from 'jsonc-parser';
import type { DocNode } from './document';

/** A node under construction; structurally a jsonc-parser `Node` once built. */
export interface BuildNode {
  type: NodeType;
  value?: unknown;
  offset: number;
  length: number;
  colonOffset?: number;
  parent?: BuildNode;
  children?: BuildNode[];
}

/** Same properties in the same order as the JSON parser's nodes (one hidden class for every tree). */
export function newNode(type: NodeType, offset: number, length: number, value?: unknown): BuildNode {
  const children = type === 'object' || type === 'array' ? [] : undefined;
  return { type, value, offset, length, parent: undefined, children, colonOffset: undefined };
}

/** Appends `key: value` to `object` and returns the property node (spanning the key to the end of the value). */
export function addProperty(object: BuildNode, key: BuildNode, value: BuildNode, colonOffset?: number): BuildNode {
  const start = Math.min(key.offset, value.offset);
  const end = Math.max(key.offset + key.length, value.offset + value.length);
  const property = newNode('property', start, end - start);
  property.children = [key, value];
  property.parent = object;
  if (colonOffset !== undefined && colonOffset >= 0) property.colonOffset = colonOffset;
  key.parent = property;
  value.parent = property;
  object.children?.push(property);
  return property;
}

export function addItem(array: BuildNode, item: BuildNode): void {
  item.parent = array;
  array.children?.push(item);
}

/** The value node of the last property named `key`. */
export function childValue(object: BuildNode, key: string): BuildNode | undefined {
  let found: BuildNode | undefined;
  for (const property of object.children ?? []) {
    if (property.children?.[0]?.value === key) found = property.children[1];
  }
  return found;
}

/**
 * Widens every object, array and property to cover its children (tables assembled from several TOML headers, or
 * implicit parents of dotted keys, get their span from what they contain).
 */
export function coverChildren(node: BuildNode): void {
  if (!node.children || node.children.length === 0) return;
  let start = node.offset;
  let end = node.offset + node.length;
  for (const child of node.children) {
    coverChildren(child);
    start = Math.min(start, child.offset);
    end = Math.max(end, child.offset + child.length);
  }
  node.offset = start;
  node.length = end - start;
}

export function asDocNode(node: BuildNode): DocNode {
  return node as DocNode;
}
