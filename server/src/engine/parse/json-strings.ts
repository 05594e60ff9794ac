/** Maps positions inside a decoded JSON string value back to source offsets (escapes take more source). */
import type { DocNode } from './document';

export function jsonStringSourceOffset(text: string, node: DocNode, index: number): number {
  if (node.type !== 'string') return node.offset;
  const end = node.offset + node.length - 1; // the closing quote
  let source = node.offset + 1;
  for (let decoded = 0; decoded < index && source < end; decoded++) {
    if (text.charCodeAt(source) === 92 /* backslash */) {
      source += text.charCodeAt(source + 1) === 117 /* u */ ? 6 : 2;
    } else {
      source += 1;
    }
  }
  return Math.min(source, end);
}
