/** Applies several editor steps one after the other and returns them as one edit, so dependent edits never overlap. */
import { applyEdits } from '../findings/apply-fixes';
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

/** The single replacement that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { offset: start, length: endBefore - start, content: after.slice(start, endAfter) };
}
