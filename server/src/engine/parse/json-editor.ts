/** JSON edits through jsonc-parser's `modify`, formatted like the surrounding file. */
import { modify, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import type { DocumentEditor } from './document';
import type { TextEdit } from '../findings/fix';

export function createJsonEditor(text: string): DocumentEditor {
  const formattingOptions = inferFormatting(text);
  // modify() cannot see past a BOM; edits are computed on a same-length copy, so offsets still match.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const run = (path: JSONPath, value: unknown, isArrayInsertion = false): TextEdit[] =>
    modify(source, path, value, { formattingOptions, isArrayInsertion }).map((e) => ({ offset: e.offset, length: e.length, content: e.content }));
  return {
    setValue: (path, value) => run(path, value),
    remove: (path) => run(path, undefined),
    appendToArray: (path, value) => run([...path, -1], value, true),
    quote: (value) => JSON.stringify(value),
  };
}

/** Indentation and line breaks as the file already uses them, so inserted text blends in. */
export function inferFormatting(text: string): FormattingOptions {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const indented = /\n([ \t]+)\S/.exec(text);
  const indent = indented?.[1] ?? '  ';
  const insertSpaces = !indent.startsWith('\t');
  return { insertSpaces, tabSize: insertSpaces ? Math.min(Math.max(indent.length, 1), 8) : 1, eol, insertFinalNewline: false };
}
