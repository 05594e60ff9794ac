/** Applies text edits: sorted, non-overlapping, and repeated over fixes until none is left (ESLint's fixer loop). */
import type { Fix, TextEdit } from './fix';

/** Applies one set of non-overlapping edits to `text`. Throws on overlap: that is a rule bug. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  let result = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.offset < cursor) throw new Error(`overlapping edits at offset ${edit.offset}`);
    result += text.slice(cursor, edit.offset) + edit.content;
    cursor = edit.offset + edit.length;
  }
  return result + text.slice(cursor);
}

export interface FixSelection {
  /** Fixes applied, in order. */
  readonly applied: readonly Fix[];
  /** Fixes skipped because they overlapped an earlier one (a later pass may apply them). */
  readonly skipped: readonly Fix[];
  readonly text: string;
}

/** Applies as many fixes as possible in one pass; a fix whose edits overlap an applied one is skipped. */
export function applyFixes(text: string, fixes: readonly Fix[]): FixSelection {
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const fix of fixes) {
    const overlaps = fix.edits.some((edit) => taken.some((other) => editsOverlap(edit, other)));
    if (overlaps || fix.edits.length === 0) {
      if (overlaps) skipped.push(fix);
      else applied.push(fix);
      continue;
    }
    taken.push(...fix.edits);
    applied.push(fix);
  }
  return { applied, skipped, text: applyEdits(text, taken) };
}

function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  const aEnd = a.offset + a.length;
  const bEnd = b.offset + b.length;
  if (a.length === 0 && b.length === 0) return a.offset === b.offset;
  return a.offset < bEnd && b.offset < aEnd || (a.length === 0 && a.offset > b.offset && a.offset < bEnd) || (b.length === 0 && b.offset > a.offset && b.offset < aEnd);
}
