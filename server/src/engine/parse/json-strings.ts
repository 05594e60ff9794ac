/** Maps positions inside a decoded JSON string value back to source offsets (escapes take more source). */
import type { DocNode } from './document';
import type { StringCursor } from './string-offsets';

export function jsonStringSourceOffset(text: string, node: DocNode, index: number, from?: StringCursor): number {
  if (node.type !== 'string') return node.offset;
  const end = node.offset + node.length - 1; // the closing quote
  // Without escapes (nearly every string) the source is the value itself, one code unit each.
  if (typeof node.value === 'string' && node.value.length === node.length - 2) return Math.min(node.offset + 1 + index, end);
  let source = from?.source ?? node.offset + 1;
  for (let decoded = from?.decoded ?? 0; decoded < index && source < end; decoded++) {
    if (text.charCodeAt(source) === 92 /* backslash */) {
      source += text.charCodeAt(source + 1) === 117 /* u */ ? 6 : 2;
    } else {
      source += 1;
    }
  }
  return Math.min(source, end);
}
