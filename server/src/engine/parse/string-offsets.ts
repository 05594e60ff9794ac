/**
 * Maps indexes in decoded string values back to source offsets. Each syntax walks the source of a string from its
 * start (escapes and line folding take more source than they decode to); the rules often ask for many indexes of one
 * string in ascending order (every word of a long command line), so a query continues from the previous answer when
 * it can, and a command of 40,000 characters takes linear time instead of seconds.
 */
import type { DocNode } from './document';

/** A point reached inside a string: `decoded` characters of the value end at source offset `source`. */
export interface StringCursor {
  readonly decoded: number;
  readonly source: number;
}

/** The source offset of `index`, walking from `from` when given (a point reached earlier in the same string). */
export type StringOffsetWalk = (node: DocNode, index: number, from: StringCursor | undefined) => number;

/** `walk`, resumed from the last answer when the next query is for the same string at the same or a later index. */
export function resumableStringOffsets(walk: StringOffsetWalk): (node: DocNode, index: number) => number {
  let lastNode: DocNode | undefined;
  let lastDecoded = 0;
  let lastSource = 0;
  return (node, index) => {
    const resume = node === lastNode && index >= lastDecoded;
    const source = walk(node, index, resume ? { decoded: lastDecoded, source: lastSource } : undefined);
    lastNode = node;
    lastDecoded = index;
    lastSource = source;
    return source;
  };
}
