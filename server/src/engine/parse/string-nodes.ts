/** Walks every string value under a node (object keys excluded), with its JSON path. */
import type { DocNode, JSONPath } from './document';

export interface StringValue {
  readonly node: DocNode;
  readonly value: string;
  readonly path: JSONPath;
}

/** A node waiting to be visited; its path is only spelled out for strings that are returned. */
interface Pending {
  readonly node: DocNode;
  readonly parent: Pending | undefined;
  readonly key: string | number;
}

export interface StringWalkOptions {
  /** Prunes subtrees (e.g. an `inputs` array). */
  readonly skip?: (node: DocNode) => boolean;
  /** Keeps only the strings it accepts (e.g. those that can hold a variable reference). */
  readonly accept?: (value: string) => boolean;
}

/** String values in document order. Iterative: deep trees cannot overflow the stack. */
export function stringValuesUnder(root: DocNode | undefined, basePath: JSONPath, options: StringWalkOptions = {}): StringValue[] {
  const result: StringValue[] = [];
  if (!root) return result;
  const { skip, accept } = options;
  // Only containers and the strings to return are pushed: other leaves would yield nothing, and most strings are
  // rejected (no `$`), so skipping them here saves a pending entry per leaf.
  const yields = (node: DocNode): boolean =>
    node.children !== undefined || (node.type === 'string' && typeof node.value === 'string' && (!accept || accept(node.value)));
  const stack: (Pending | undefined)[] = [];
  let next: Pending | undefined = { node: root, parent: undefined, key: '' };
  for (; next; next = stack.pop()) {
    const node = next.node;
    if (skip?.(node)) continue;
    if (node.type === 'string') {
      if (typeof node.value === 'string' && (!accept || accept(node.value))) result.push({ node, value: node.value, path: pathOf(next, basePath) });
      continue;
    }
    const children = node.children;
    if (!children) continue;
    // Pushed last to first, so that they are visited in document order.
    if (node.type === 'object') {
      for (let i = children.length - 1; i >= 0; i--) {
        const property = children[i] as DocNode;
        const key = property.children?.[0];
        const value = property.children?.[1];
        if (key && value && typeof key.value === 'string' && yields(value)) stack.push({ node: value, parent: next, key: key.value });
      }
    } else if (node.type === 'array') {
      for (let i = children.length - 1; i >= 0; i--) {
        const item = children[i] as DocNode;
        if (yields(item)) stack.push({ node: item, parent: next, key: i });
      }
    }
  }
  return result;
}

function pathOf(pending: Pending, basePath: JSONPath): JSONPath {
  const keys: (string | number)[] = [];
  for (let at: Pending | undefined = pending; at?.parent; at = at.parent) keys.push(at.key);
  return [...basePath, ...keys.reverse()];
}
