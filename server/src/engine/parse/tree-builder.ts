/** Builds jsonc-parser-shaped node trees for the TOML and YAML parsers, so that every reader sees one tree type. */
import type { NodeType } from 'jsonc-parser';
import type { DocNode, SyntaxProblem } from './document';

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

/**
 * A look-up of the value node of the last property named `key` in an object under construction. Each object's
 * properties are indexed as they are appended, so that building a table of thousands of entries stays linear: a scan
 * of the children per look-up made `[mcp_servers.sN]` headers quadratic (16,000 servers: 3.4 s).
 */
export function createChildLookup(): (object: BuildNode, key: string) => BuildNode | undefined {
  const indexes = new Map<BuildNode, { indexed: number; readonly byKey: Map<unknown, BuildNode | undefined> }>();
  return (object, key) => {
    const children = object.children ?? [];
    let index = indexes.get(object);
    if (!index) {
      index = { indexed: 0, byKey: new Map() };
      indexes.set(object, index);
    }
    // Children are only ever appended while a tree is built: the ones added since the last look-up are indexed now.
    for (; index.indexed < children.length; index.indexed++) {
      const property = children[index.indexed] as BuildNode;
      index.byKey.set(property.children?.[0]?.value, property.children?.[1]);
    }
    return index.byKey.get(key);
  };
}

/**
 * Widens every object, array and property to cover its children (tables assembled from several TOML headers, or
 * implicit parents of dotted keys, get their span from what they contain). Without recursion: a dotted key of 20,000
 * parts nests as deep as that.
 */
export function coverChildren(root: BuildNode): void {
  // Parents come before their children in this order, so walking it backwards widens children first.
  const order: BuildNode[] = [];
  for (const stack = [root]; stack.length > 0;) {
    const node = stack.pop() as BuildNode;
    order.push(node);
    // A loop, not a spread: a list can be longer than a call may take arguments.
    for (const child of node.children ?? []) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i] as BuildNode;
    if (!node.children || node.children.length === 0) continue;
    let start = node.offset;
    let end = node.offset + node.length;
    for (const child of node.children) {
      start = Math.min(start, child.offset);
      end = Math.max(end, child.offset + child.length);
    }
    node.offset = start;
    node.length = end - start;
  }
}

/** Nesting beyond this many objects and arrays is reported instead of analysed (the engine's readers recurse per level). */
export const MAX_NESTING_DEPTH = 2000;

/** The first object or array nested deeper than `MAX_NESTING_DEPTH`, if any. */
export function nestedTooDeep(root: BuildNode): BuildNode | undefined {
  const stack: [BuildNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [BuildNode, number];
    const level = node.type === 'object' || node.type === 'array' ? depth + 1 : depth;
    if (level > MAX_NESTING_DEPTH) return node;
    for (const child of node.children ?? []) stack.push([child, level]);
  }
  return undefined;
}

export function tooDeepProblem(offset: number): SyntaxProblem {
  return { kind: 'error', span: { offset, length: 1 }, message: `nesting deeper than ${MAX_NESTING_DEPTH} levels; the file was not analysed further` };
}

export function asDocNode(node: BuildNode): DocNode {
  return node as DocNode;
}
