/**
 * JSON edits written from the tree in the file's own layout: a value replaced in place, a property or array item
 * inserted after the last one of its object or array, on a line of its own, a property or array item removed with its
 * comma. jsonc-parser's modify() parses the whole
 * text again for each edit (a fix-all of 800 secrets in a 1 MB file took minutes) and re-formats the lines it touches,
 * so two items appended to one array always overlapped and fix-all added one per pass. Each method returns undefined
 * where the layout is not that simple (an empty object or array, a line shared with other content), and modify() decides.
 */
import type { JSONPath } from 'jsonc-parser';
import type { DocNode } from './document';
import type { InferredFormatting } from './json-editor';
import type { TextEdit } from '../findings/fix';
import { lastProperty, valueOf } from './nodes';

export interface LayoutEditor {
  setValue(path: JSONPath, value: unknown): TextEdit[] | undefined;
  appendToArray(path: JSONPath, value: unknown): TextEdit[] | undefined;
  removeItem(path: JSONPath): TextEdit[] | undefined;
  /** The last property named by `path` (the one hosts read), as modify() removes. */
  removeProperty(path: JSONPath): TextEdit[] | undefined;
}

export function createLayoutEditor(text: string, root: DocNode | undefined, formatting: InferredFormatting): LayoutEditor {
  const unit = formatting.insertSpaces ? ' '.repeat(formatting.tabSize) : '\t';
  const eol = formatting.eol;
  /** The indentation of the line `node` starts on, when only whitespace precedes it there. */
  const ownLineIndent = (node: DocNode): string | undefined => {
    const indent = text.slice(text.lastIndexOf('\n', node.offset - 1) + 1, node.offset);
    return /^[ \t]*$/.test(indent) ? indent : undefined;
  };
  /** `value` as JSON whose later lines are indented by `indent`; undefined for a multi-line value without one. */
  const written = (value: unknown, indent: string | undefined): string | undefined => {
    const json = JSON.stringify(value, null, unit) as string | undefined;
    if (json === undefined || (indent === undefined && json.includes('\n'))) return undefined;
    return json.replace(/\n/g, eol + (indent ?? ''));
  };
  /** `content` on a new line after `last`, in its indentation, with the comma before it. */
  const after = (last: DocNode | undefined, content: (indent: string) => string | undefined, chainable: boolean): TextEdit[] | undefined => {
    const indent = last && ownLineIndent(last);
    const line = indent === undefined ? undefined : content(indent);
    if (!last || indent === undefined || line === undefined) return undefined;
    return [{ offset: last.offset + last.length, length: 0, content: `,${eol}${indent}${line}`, ...(chainable ? { chainable } : {}) }];
  };

  const setValue = (path: JSONPath, value: unknown): TextEdit[] | undefined => {
    const key = path[path.length - 1];
    const parent = lastNodeAt(root, path.slice(0, -1));
    if (typeof key !== 'string' || parent?.type !== 'object') return undefined;
    const property = lastProperty(parent, key);
    const valueNode = property?.valueNode;
    if (property && valueNode) {
      const content = written(value, ownLineIndent(property.property));
      return content === undefined ? undefined : [{ offset: valueNode.offset, length: valueNode.length, content }];
    }
    if (property) return undefined;
    return after(parent.children?.[parent.children.length - 1], (indent) => {
      const content = written(value, indent);
      return content === undefined ? undefined : `${JSON.stringify(key)}: ${content}`;
    }, false);
  };

  return {
    setValue,
    // A new item after the last one carries its own comma: several appends to one array chain (see TextEdit).
    appendToArray: (path, value) => {
      const array = lastNodeAt(root, path);
      if (!array) return setValue(path, [value]);
      if (array.type !== 'array') return undefined;
      return after(array.children?.[array.children.length - 1], (indent) => written(value, indent), true);
    },
    removeItem: (path) => {
      const index = path[path.length - 1];
      const array = lastNodeAt(root, path.slice(0, -1));
      const items = array?.type === 'array' ? array.children ?? [] : [];
      return typeof index === 'number' && array ? removeMember(array, items, index) : undefined;
    },
    removeProperty: (path) => {
      const key = path[path.length - 1];
      const object = lastNodeAt(root, path.slice(0, -1));
      const properties = object?.type === 'object' ? object.children ?? [] : [];
      let index = -1;
      properties.forEach((property, at) => {
        if (property.children?.[0]?.value === key) index = at;
      });
      return typeof key === 'string' && object && index >= 0 ? removeMember(object, properties, index) : undefined;
    },
  };

  /**
   * A member of an object or array removed with the separator before it (after it, for the first): removals of members
   * further apart never overlap, so fix-all takes many in one pass. Any layout, as long as only commas and whitespace
   * go with the member.
   */
  function removeMember(container: DocNode, members: readonly DocNode[], index: number): TextEdit[] | undefined {
    const member = members[index];
    if (!member) return undefined;
    const previous = members[index - 1];
    const next = members[index + 1];
    const start = previous ? previous.offset + previous.length : next ? member.offset : container.offset + 1;
    const end = previous ? member.offset + member.length : next ? next.offset : container.offset + container.length - 1;
    const separators = text.slice(start, member.offset) + text.slice(member.offset + member.length, end);
    return /^[ \t\r\n,]*$/.test(separators) ? [{ offset: start, length: end - start, content: '' }] : undefined;
  }
}

/** The node at `path`, taking the last of duplicated keys (the one JSON.parse and the hosts read, and modify() edits). */
export function lastNodeAt(root: DocNode | undefined, path: JSONPath): DocNode | undefined {
  let node = root;
  for (const segment of path) {
    if (!node) return undefined;
    node = typeof segment === 'number'
      ? node.type === 'array' ? node.children?.[segment] : undefined
      : valueOf(node, segment);
  }
  return node;
}
