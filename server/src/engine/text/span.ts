/** Offsets into a document's text (UTF-16 code units, as JavaScript strings and jsonc-parser count them). */

/** A range of text: `offset` from the start of the document, `length` code units long. */
export interface Span {
  readonly offset: number;
  readonly length: number;
}

export function spanOf(offset: number, length: number): Span {
  return { offset, length };
}

export function spanEnd(span: Span): number {
  return span.offset + span.length;
}
