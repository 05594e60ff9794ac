/**
 * Text edits to TOML computed from the parsed tree: a value is replaced in place, a new key becomes one line in the
 * table that owns it, removals take whole lines, so comments and formatting elsewhere stay byte for byte.
 */
import { findNodeAtLocation, type JSONPath } from 'jsonc-parser';
import type { DocNode, DocumentEditor } from './document';
import type { TextEdit } from '../findings/fix';
import type { TomlBody, TomlStatement, TomlTree } from './parse-toml';
import type { BuildNode } from './tree-builder';
import { tomlDottedKey, tomlKey, tomlQuote, tomlValue } from './toml-strings';
import { leadingIndent, lineEndAt, lineRemoval, lineStartAt, listItemRemoval } from './text-edits';

export function createTomlEditor(text: string, tree: TomlTree | undefined): DocumentEditor {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const nodeAt = (path: JSONPath): BuildNode | undefined => (tree ? (findNodeAtLocation(tree.root as DocNode, path) as BuildNode | undefined) : undefined);

  const setValue = (path: JSONPath, value: unknown): TextEdit[] => {
    if (!tree || path.length === 0) return [];
    const existing = nodeAt(path);
    if (existing) return replaceValue(path, existing, value);
    for (let depth = path.length - 1; depth >= 0; depth--) {
      const ancestor = nodeAt(path.slice(0, depth));
      if (!ancestor) continue;
      const rest = path.slice(depth);
      if (ancestor.type !== 'object' || rest.some((key) => typeof key !== 'string')) return [];
      return insertKey(ancestor, path.slice(0, depth), rest as string[], value);
    }
    return [];
  };

  /** An existing value: replaced in place; a table given an object gets each key set (keeps its header and comments). */
  const replaceValue = (path: JSONPath, node: BuildNode, value: unknown): TextEdit[] => {
    const origin = tree?.origins.get(node);
    if (node.type === 'object' && origin && origin.kind !== 'inline') {
      if (!isPlainObject(value)) return [];
      const current = (node.children ?? []).map((property) => String(property.children?.[0]?.value));
      return [
        ...Object.entries(value).flatMap(([key, item]) => setValue([...path, key], item)),
        ...current.filter((key) => !(key in value)).flatMap((key) => remove([...path, key])),
      ];
    }
    if (node.type === 'array' && node.children?.some((child) => tree?.origins.get(child)?.kind === 'body')) return [];
    return [{ offset: node.offset, length: node.length, content: tomlValue(value) }];
  };

  const insertKey = (ancestor: BuildNode, ancestorPath: JSONPath, rest: string[], value: unknown): TextEdit[] => {
    const origin = tree?.origins.get(ancestor);
    const [first, ...deeper] = rest as [string, ...string[]];
    const nested = deeper.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
    if (origin?.kind === 'inline') {
      const line = `${tomlDottedKey([...origin.prefix, first])} = ${tomlValue(nested)}`;
      const inline = origin.inline;
      const close = inline.range[1] - 1;
      const last = inline.body[inline.body.length - 1];
      return last
        ? [{ offset: last.range[1], length: 0, content: `, ${line}` }]
        : [{ offset: inline.range[0] + 1, length: close - inline.range[0] - 1, content: ` ${line} ` }];
    }
    if (origin?.kind === 'body' && !(ancestor === tree?.root && isPlainObject(nested))) {
      return [insertLine(origin.body, `${tomlDottedKey([...origin.prefix, first])} = ${tomlValue(nested)}`)];
    }
    // A table implied only by deeper headers (or a new table at the top): write a new `[header]` at the end.
    const tablePath = isPlainObject(value) ? [...ancestorPath, ...rest] : [...ancestorPath, ...rest.slice(0, -1)];
    const entries = isPlainObject(value) ? Object.entries(value) : [[rest[rest.length - 1] as string, value] as const];
    const lines = entries.filter(([, item]) => item !== undefined).map(([key, item]) => `${tomlKey(key)} = ${tomlValue(item)}`);
    const separator = text.length === 0 ? '' : text.endsWith('\n') ? eol : eol + eol;
    return [{ offset: text.length, length: 0, content: `${separator}[${tomlDottedKey(tablePath)}]${eol}${lines.join(eol)}${eol}` }];
  };

  /** One new `key = value` line after the last key of a table (or after its header), indented like its siblings. */
  const insertLine = (body: TomlBody, line: string): TextEdit => {
    const keyValues = body.body.filter((item) => item.type === 'TOMLKeyValue');
    const last = keyValues[keyValues.length - 1];
    if (last) {
      const end = lineEndAt(text, last.range[1]);
      return { offset: end, length: 0, content: `${eol}${leadingIndent(text, last.range[0])}${line}` };
    }
    if (body.type === 'TOMLTable') return { offset: lineEndAt(text, body.key.range[1]), length: 0, content: `${eol}${line}` };
    const firstTable = body.body.find((item) => item.type === 'TOMLTable');
    if (firstTable) {
      const start = text.lastIndexOf('\n', firstTable.range[0] - 1) + 1;
      return { offset: start, length: 0, content: `${line}${eol}${eol}` };
    }
    return { offset: text.length, length: 0, content: `${text.length > 0 && !text.endsWith('\n') ? eol : ''}${line}${eol}` };
  };

  const remove = (path: JSONPath): TextEdit[] => {
    if (!tree || path.length === 0) return [];
    const matching = outermost(tree.statements.filter((statement) => startsWith(statement.path, path)));
    if (matching.length > 0) return matching.map((statement) => statementRemoval(text, statement));
    const node = nodeAt(path);
    const holder = node?.parent?.type === 'property' ? node.parent : node;
    const container = holder?.parent;
    if (!holder || !container?.children) return [];
    if (container.type === 'object' && tree.origins.get(container)?.kind !== 'inline') return [];
    return [listItemRemoval(text, container.children, container.children.indexOf(holder), container.offset + container.length - 1)];
  };

  const appendToArray = (path: JSONPath, value: unknown): TextEdit[] => {
    const array = nodeAt(path);
    if (!array) return setValue(path, [value]);
    if (array.type !== 'array' || array.children?.some((child) => tree?.origins.get(child)?.kind === 'body')) return [];
    const close = array.offset + array.length - 1;
    const last = array.children?.[array.children.length - 1];
    const item = tomlValue(value);
    if (!last) return [{ offset: array.offset + 1, length: close - array.offset - 1, content: item }];
    const lastEnd = last.offset + last.length;
    const comma = text.slice(lastEnd, close).indexOf(',');
    const multiline = text.slice(array.offset, last.offset).includes('\n');
    const indent = leadingIndent(text, last.offset);
    // Each insertion carries its own comma: several at one place chain (see TextEdit).
    if (comma >= 0) {
      return [{ offset: lastEnd + comma + 1, length: 0, content: multiline ? `${eol}${indent}${item},` : ` ${item},`, chainable: true }];
    }
    return [{ offset: lastEnd, length: 0, content: multiline ? `,${eol}${indent}${item}` : `, ${item}`, chainable: true }];
  };

  return { setValue, remove, appendToArray, quote: tomlQuote };
}

/** A statement's whole lines; a table also takes the blank lines before it, which separated it from the previous one. */
function statementRemoval(text: string, statement: TomlStatement): TextEdit {
  const edit = lineRemoval(text, statement.offset, statement.end);
  if (statement.kind !== 'table' || edit.offset !== lineStartAt(text, statement.offset)) return edit;
  let start = edit.offset;
  while (start > 0) {
    const previousStart = lineStartAt(text, start - 1);
    if (text.slice(previousStart, start).trim().length > 0 || previousStart === start) break;
    start = previousStart;
  }
  return { offset: start, length: edit.offset + edit.length - start, content: '' };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function startsWith(path: JSONPath, prefix: JSONPath): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => path[index] === key);
}

/** Statements not inside another one of the list (a table's own key lines go with the table). */
function outermost(statements: readonly TomlStatement[]): TomlStatement[] {
  const sorted = [...statements].sort((a, b) => a.offset - b.offset);
  const result: TomlStatement[] = [];
  for (const statement of sorted) {
    const previous = result[result.length - 1];
    if (previous && statement.offset < previous.end) continue;
    result.push(statement);
  }
  return result;
}
