/**
 * Text edits to YAML computed from the parsed tree: values replaced in place, new keys and items written as lines
 * in the style of their collection (block or flow), removals take whole lines, so comments and layout elsewhere
 * stay byte for byte. Values reached through an alias are not edited (that would change every use of the anchor).
 */
import { findNodeAtLocation, type JSONPath } from 'jsonc-parser';
import type { DocNode, DocumentEditor } from './document';
import type { TextEdit } from '../findings/fix';
import type { YamlTree } from './parse-yaml';
import type { BuildNode } from './tree-builder';
import { leadingIndent, lineEndAt, lineRemoval, lineStartAt, listItemRemoval } from './text-edits';
import { yamlBlock, yamlFlow, yamlInline } from './yaml-strings';

export function createYamlEditor(text: string, tree: YamlTree): DocumentEditor {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const nodeAt = (path: JSONPath): BuildNode | undefined =>
    tree.root ? (findNodeAtLocation(tree.root as DocNode, path) as BuildNode | undefined) : undefined;
  const inFlow = (node: BuildNode | undefined): boolean => {
    for (let current = node; current; current = current.parent) if (tree.styles.get(current) === 'flow') return true;
    return false;
  };
  const editable = (node: BuildNode): boolean => !tree.aliased.has(node);

  const setValue = (path: JSONPath, value: unknown): TextEdit[] => {
    if (path.length === 0) return [];
    const existing = nodeAt(path);
    if (existing) return editable(existing) ? replaceValue(path, existing, value) : [];
    for (let depth = path.length - 1; depth >= 0; depth--) {
      const ancestor = depth === 0 ? tree.root : nodeAt(path.slice(0, depth));
      if (depth === 0 && !ancestor) return insertAtEnd(path as string[], value);
      if (!ancestor) continue;
      const rest = path.slice(depth);
      if (!editable(ancestor) || rest.some((key) => typeof key !== 'string')) return [];
      const [first, ...deeper] = rest as [string, ...string[]];
      const nested = deeper.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
      if (ancestor.type === 'null' && ancestor.length === 0) return fillEmptyValue(ancestor, { [first]: nested });
      if (ancestor.type !== 'object') return [];
      return insertKey(ancestor, first, nested);
    }
    return [];
  };

  const replaceValue = (path: JSONPath, node: BuildNode, value: unknown): TextEdit[] => {
    if (node.type === 'object' && tree.styles.get(node) === 'block' && isPlainObject(value)) {
      const current = (node.children ?? []).map((property) => String(property.children?.[0]?.value));
      return [
        ...Object.entries(value).flatMap(([key, item]) => setValue([...path, key], item)),
        ...current.filter((key) => !(key in value)).flatMap((key) => remove([...path, key])),
      ];
    }
    if (node.type === 'null' && node.length === 0 && value !== null && typeof value === 'object') return fillEmptyValue(node, value);
    return [{ offset: node.offset, length: node.length, content: inFlow(node) ? yamlFlow(value) : yamlInline(value) }];
  };

  /** `key:` with nothing after it, given a collection: written as an indented block below the key. */
  const fillEmptyValue = (node: BuildNode, value: unknown): TextEdit[] => {
    const keyNode = node.parent?.children?.[0];
    const indent = (keyNode ? leadingIndent(text, keyNode.offset) : '') + '  ';
    return [{ offset: node.offset, length: 0, content: eol + yamlBlock(value, indent, eol) }];
  };

  const insertKey = (object: BuildNode, key: string, value: unknown): TextEdit[] => {
    const properties = object.children ?? [];
    const last = properties[properties.length - 1];
    if (tree.styles.get(object) === 'flow' || inFlow(object)) {
      const entry = `${yamlFlow(key)}: ${yamlFlow(value)}`;
      const close = object.offset + object.length - 1;
      return last
        ? [{ offset: last.offset + last.length, length: 0, content: `, ${entry}` }]
        : [{ offset: object.offset + 1, length: close - object.offset - 1, content: ` ${entry} ` }];
    }
    const firstKey = properties[0]?.children?.[0];
    const column = firstKey ? firstKey.offset - lineStartAt(text, firstKey.offset) : 0;
    const block = yamlBlock({ [key]: value }, ' '.repeat(column), eol);
    const end = last ? lineEndAt(text, last.offset + last.length) : lineEndAt(text, object.offset);
    return [{ offset: end, length: 0, content: eol + block }];
  };

  const insertAtEnd = (path: string[], value: unknown): TextEdit[] => {
    const nested = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
    const separator = text.length > 0 && !text.endsWith('\n') ? eol : '';
    return [{ offset: text.length, length: 0, content: separator + yamlBlock(nested, '', eol) + eol }];
  };

  const remove = (path: JSONPath): TextEdit[] => {
    const node = nodeAt(path);
    if (!node || path.length === 0 || !editable(node)) return [];
    const holder = node.parent?.type === 'property' ? node.parent : node;
    const container = holder.parent;
    if (!container?.children) return [];
    const siblings = container.children;
    const index = siblings.indexOf(holder);
    if (inFlow(container)) return [listItemRemoval(text, siblings, index, container.offset + container.length - 1)];
    const start = container.type === 'array' ? dashBefore(holder.offset) : holder.offset;
    const end = holder.offset + holder.length;
    const ownLine = text.slice(lineStartAt(text, start), start).trim().length === 0;
    const empty = container.type === 'array' ? '[]' : '{}';
    if (siblings.length === 1) {
      // `env:\n  A: x` becomes `env: {}` (the key keeps its line and any comment after it).
      const property = container.parent?.type === 'property' ? container.parent : undefined;
      const colon = property?.colonOffset;
      if (colon !== undefined && colon >= 0 && colon < start && text.slice(colon + 1, lineEndAt(text, colon)).trim().length === 0) {
        return [{ offset: colon + 1, length: end - colon - 1, content: ` ${empty}` }];
      }
      return [{ offset: start, length: end - start, content: empty }];
    }
    const next = siblings[index + 1];
    // Shares its line with a `- ` of the enclosing list: the next key moves up onto that line.
    const removal = ownLine || !next ? lineRemoval(text, start, end) : { offset: start, length: next.offset - start, content: '' };
    return index <= 1 ? [firstTwoGuard(container), removal] : [removal];
  };

  /**
   * An empty edit just before a block map or list, carried by the removals of its first two entries: they overlap, so
   * fix-all never removes every entry in one pass (`env:` would be left with nothing, which YAML reads as null). The
   * entry left is removed in the next pass, where it is the only one and its map becomes `{}`.
   */
  const firstTwoGuard = (container: BuildNode): TextEdit => {
    const colon = container.parent?.type === 'property' ? container.parent.colonOffset : undefined;
    return { offset: colon !== undefined && colon >= 0 && colon < container.offset ? colon + 1 : lineStartAt(text, container.offset), length: 0, content: '' };
  };

  /** The `-` that opens a block sequence item. */
  const dashBefore = (offset: number): number => {
    let at = offset - 1;
    while (at >= 0 && /[ \t]/.test(text.charAt(at))) at--;
    return text.charAt(at) === '-' ? at : offset;
  };

  const appendToArray = (path: JSONPath, value: unknown): TextEdit[] => {
    const array = nodeAt(path);
    if (!array) return setValue(path, [value]);
    if (array.type !== 'array' || !editable(array)) return [];
    const last = array.children?.[array.children.length - 1];
    if (tree.styles.get(array) === 'flow' || inFlow(array)) {
      const close = array.offset + array.length - 1;
      if (!last) return [{ offset: array.offset + 1, length: close - array.offset - 1, content: yamlFlow(value) }];
      const lastEnd = last.offset + last.length;
      const multiline = text.slice(array.offset, last.offset).includes('\n');
      // Each insertion carries its own separator: several at one place chain (see TextEdit).
      return [{ offset: lastEnd, length: 0, content: multiline ? `,${eol}${leadingIndent(text, last.offset)}${yamlFlow(value)}` : `, ${yamlFlow(value)}`, chainable: true }];
    }
    if (!last) return [];
    const dash = dashBefore(last.offset);
    const indent = ' '.repeat(dash - lineStartAt(text, dash));
    return [{ offset: lineEndAt(text, last.offset + last.length), length: 0, content: eol + yamlBlock([value], indent, eol), chainable: true }];
  };

  return { setValue, remove, appendToArray, quote: (value) => JSON.stringify(value) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
