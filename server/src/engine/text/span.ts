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

/** Whether `inner` lies completely inside `outer`. */
export function spanContains(outer: Span, inner: Span): boolean {
  return inner.offset >= outer.offset && spanEnd(inner) <= spanEnd(outer);
}

/** The empty span at the start of a document; used where nothing better is known. */
export const DOCUMENT_START: Span = { offset: 0, length: 0 };
