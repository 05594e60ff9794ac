/** Walks every string value under a node (object keys excluded), with its JSON path. */
import type { DocNode, JSONPath } from './document';

export interface StringValue {
  readonly node: DocNode;
  readonly value: string;
  readonly path: JSONPath;
}

/** String values in document order; `skip` prunes subtrees (e.g. an `inputs` array). Iterative: deep trees cannot overflow the stack. */
export function stringValuesUnder(root: DocNode | undefined, basePath: JSONPath, skip?: (node: DocNode) => boolean): StringValue[] {
  const result: StringValue[] = [];
  if (!root) return result;
  const stack: { node: DocNode; path: JSONPath }[] = [{ node: root, path: basePath }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: DocNode; path: JSONPath };
    if (skip?.(node)) continue;
    if (node.type === 'string') {
      if (typeof node.value === 'string') result.push({ node, value: node.value, path });
      continue;
    }
    const children = node.children ?? [];
    const next: { node: DocNode; path: JSONPath }[] = [];
    if (node.type === 'object') {
      for (const property of children) {
        const key = property.children?.[0];
        const value = property.children?.[1];
        if (key && value && typeof key.value === 'string') next.push({ node: value, path: [...path, key.value] });
      }
    } else if (node.type === 'array') {
      children.forEach((item, index) => next.push({ node: item, path: [...path, index] }));
    }
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i] as { node: DocNode; path: JSONPath });
  }
  return result;
}
