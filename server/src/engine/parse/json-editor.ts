/** JSON edits formatted like the surrounding file: in its layout where that is simple, else through jsonc-parser's `modify`. */
import { modify, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import type { DocNode, DocumentEditor } from './document';
import type { TextEdit } from '../findings/fix';
import { createLayoutEditor, lastNodeAt } from './json-layout-edits';
import { plainValue } from './nodes';

/** `root` is the document's tree of `text` (it tells which definitions of a duplicated key are earlier ones). */
export function createJsonEditor(text: string, root: DocNode | undefined): DocumentEditor {
  const formattingOptions = inferFormatting(text);
  const inLayout = createLayoutEditor(text, root, formattingOptions);
  // modify() cannot see past a BOM; edits are computed on a same-length copy, so offsets still match.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const run = (path: JSONPath, value: unknown, isArrayInsertion = false): TextEdit[] =>
    modify(withoutEarlierDuplicates(source, root, path), path, value, { formattingOptions, isArrayInsertion })
      .map((e) => ({ offset: e.offset, length: e.length, content: e.content }));
  return {
    setValue: (path, value) => inLayout.setValue(path, value) ?? run(path, value),
    remove: (path) => typeof path[path.length - 1] === 'number'
      ? inLayout.removeItem(path) ?? withoutItem(path)
      : inLayout.removeProperty(path) ?? run(path, undefined),
    appendToArray: (path, value) => inLayout.appendToArray(path, value) ?? run([...path, -1], value, true),
    quote: (value) => JSON.stringify(value),
  };

  /**
   * The array written again without the item at `path`, where a comment sits beside it. modify() can break an array
   * it removes an item from (`["x","y"]` without "y" became `["x""]`); this loses the comments inside the array instead.
   */
  function withoutItem(path: JSONPath): TextEdit[] {
    const arrayPath = path.slice(0, -1);
    const items = plainValue(lastNodeAt(root, arrayPath));
    if (!Array.isArray(items)) return run(path, undefined);
    const rest = items.filter((_, index) => index !== path[path.length - 1]);
    return inLayout.setValue(arrayPath, rest) ?? run(arrayPath, rest);
  }
}

/** Formatting options with every field `inferFormatting` decides. */
export type InferredFormatting = FormattingOptions & { readonly insertSpaces: boolean; readonly tabSize: number; readonly eol: string };

/** Indentation and line breaks as the file already uses them, so inserted text blends in. */
export function inferFormatting(text: string): InferredFormatting {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const indented = /\n([ \t]+)\S/.exec(text);
  const indent = indented?.[1] ?? '  ';
  const insertSpaces = !indent.startsWith('\t');
  return { insertSpaces, tabSize: insertSpaces ? Math.min(Math.max(indent.length, 1), 8) : 1, eol, insertFinalNewline: false };
}

/**
 * `source` with the keys of earlier duplicates along `path` blanked out (same length, so offsets hold). A key defined
 * twice means its last value to JSON.parse and to every host, and to the engine, but modify() edits the first one: a
 * fix could change the entry nobody reads, or fail when that one lacks the path.
 */
function withoutEarlierDuplicates(source: string, root: DocNode | undefined, path: JSONPath): string {
  let node = root;
  let result = source;
  for (const segment of path) {
    if (typeof segment === 'number') {
      node = node?.type === 'array' ? node.children?.[segment] : undefined;
      continue;
    }
    if (node?.type !== 'object') break;
    const matches = (node.children ?? []).filter((property) => property.children?.[0]?.value === segment);
    for (const earlier of matches.slice(0, -1)) {
      const key = earlier.children?.[0] as DocNode;
      result = result.slice(0, key.offset + 1) + ' '.repeat(key.length - 2) + result.slice(key.offset + key.length - 1);
    }
    node = matches[matches.length - 1]?.children?.[1];
  }
  return result;
}
