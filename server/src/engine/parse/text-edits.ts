/** Line- and list-aware text edits shared by the TOML and YAML editors (remove a line, an item with its comma). */
import type { TextEdit } from '../findings/fix';

interface Ranged {
  readonly offset: number;
  readonly length: number;
}

/** The offset of the line break ending the line that holds `offset` (or the end of the text). */
export function lineEndAt(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline === -1) return text.length;
  return text.charAt(newline - 1) === '\r' ? newline - 1 : newline;
}

export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The spaces and tabs that open the line holding `offset`. */
export function leadingIndent(text: string, offset: number): string {
  const start = lineStartAt(text, offset);
  return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}

/** Removes `start..end`, widened to whole lines (with the line break) when nothing else shares those lines. */
export function lineRemoval(text: string, start: number, end: number): TextEdit {
  const lineStart = lineStartAt(text, start);
  const ownLine = text.slice(lineStart, start).trim().length === 0;
  const from = ownLine ? lineStart : start;
  let to = lineEndAt(text, end);
  if (ownLine) {
    if (text.startsWith('\r\n', to)) to += 2;
    else if (text.charAt(to) === '\n') to += 1;
  }
  return { offset: from, length: to - from, content: '' };
}

/** Removes item `index` of a comma-separated list (array or inline table) with one adjacent comma. */
export function listItemRemoval(text: string, items: readonly Ranged[], index: number, closeOffset: number): TextEdit {
  const item = items[index] as Ranged;
  const itemEnd = item.offset + item.length;
  const next = items[index + 1];
  const previous = items[index - 1];
  if (next) return { offset: item.offset, length: next.offset - item.offset, content: '' };
  if (previous) {
    const previousEnd = previous.offset + previous.length;
    return { offset: previousEnd, length: itemEnd - previousEnd, content: '' };
  }
  // The only item: the list becomes `[]` / `{}` (everything between the brackets goes, a trailing comma included).
  const open = text.lastIndexOf(text.charAt(closeOffset) === '}' ? '{' : '[', item.offset);
  if (open >= 0 && text.slice(open + 1, item.offset).trim() === '' && /^[\s,]*$/.test(text.slice(itemEnd, closeOffset))) {
    return { offset: open + 1, length: closeOffset - open - 1, content: '' };
  }
  const trailing = /^\s*,/.exec(text.slice(itemEnd, closeOffset));
  return { offset: item.offset, length: itemEnd - item.offset + (trailing ? trailing[0].length : 0), content: '' };
}
