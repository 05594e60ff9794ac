/** Applies several editor steps one after the other and returns them as one edit, so dependent edits never overlap. */
import { applyEdits, editsOverlap, minimalEdit } from '../findings/apply-fixes';
import type { TextEdit } from '../findings/fix';
import type { DocumentEditor, ParsedDocument } from '../parse/document';
import { parseDocument } from '../parse/parse-document';

export type EditStep = (editor: DocumentEditor, text: string) => readonly TextEdit[];

/** Runs `steps` on successive versions of the document; the result is the minimal single edit from old to new text. */
export function sequentialEdits(document: ParsedDocument, steps: readonly EditStep[]): TextEdit[] {
  if (steps.length === 1) return [...(steps[0] as EditStep)(document.editor(), document.text)];
  let text = document.text;
  let current: ParsedDocument | undefined = document;
  steps.forEach((step, index) => {
    if (!current) return;
    text = applyEdits(text, step(current.editor(), text));
    // The last step's result is not parsed again: only the steps in between need a fresh tree.
    current = index < steps.length - 1 ? parseDocument(text, document.syntax) : undefined;
  });
  return [minimalEdit(document.text, text)];
}

/**
 * A replacement inside a string value, and one structural step. A string's content never changes the structure around
 * it, so when the step's edits do not touch the replacement, both are computed on the same text and kept apart: small
 * edits, and an appended array item stays chainable with other fixes' (fix-all applies them all in one pass). When
 * they touch (modify() re-formats the lines around an insertion), the step runs on the replaced text.
 */
export function replacementThenStep(document: ParsedDocument, replacement: TextEdit, step: EditStep | undefined): TextEdit[] {
  if (!step) return [replacement];
  const stepEdits = step(document.editor(), document.text);
  if (!stepEdits.some((edit) => editsOverlap(edit, replacement))) return [replacement, ...stepEdits];
  return sequentialEdits(document, [() => [replacement], step]);
}
