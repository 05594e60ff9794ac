/** A small unified diff (3 lines of context), enough for `fix --dry-run`: common ends trimmed, LCS in the middle. */

/** Above this many changed lines on each side, the middle is shown as one replacement instead of an LCS. */
const MAX_LCS_LINES = 2000;
const CONTEXT = 3;

type Op = { readonly kind: ' ' | '-' | '+'; readonly text: string };

/**
 * `--- a/<path>` / `+++ b/<path>` and `@@` hunks; empty string when the texts are equal. `before` undefined means the
 * file is created (`--- /dev/null`).
 */
export function unifiedDiff(path: string, before: string | undefined, after: string): string {
  if (before === after) return '';
  const oldLines = splitLines(before ?? '');
  const newLines = splitLines(after);
  const ops = diffLines(oldLines, newLines);
  const header = `--- ${before === undefined ? '/dev/null' : `a/${path}`}\n+++ b/${path}\n`;
  return header + hunks(ops).join('');
}

/** Lines without their breaks; a last line without a break is marked for the `\ No newline` note. */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += '\u0000nonl';
  return lines;
}

function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  // Array spreads, not push(...): a file can have more lines than a call may take arguments.
  return [
    ...a.slice(0, start).map((text): Op => ({ kind: ' ', text })),
    ...middle(a.slice(start, endA), b.slice(start, endB)),
    ...a.slice(endA).map((text): Op => ({ kind: ' ', text })),
  ];
}

function middle(a: readonly string[], b: readonly string[]): Op[] {
  if (a.length > MAX_LCS_LINES || b.length > MAX_LCS_LINES) {
    return [...a.map((text): Op => ({ kind: '-', text })), ...b.map((text): Op => ({ kind: '+', text }))];
  }
  // lengths[i][j] = LCS length of a[i..] and b[j..]
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lengths[i] as Uint32Array;
      row[j] = a[i] === b[j] ? ((lengths[i + 1] as Uint32Array)[j + 1] as number) + 1 : Math.max((lengths[i + 1] as Uint32Array)[j] as number, row[j + 1] as number);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i++] as string });
      j++;
    } else if (((lengths[i + 1] as Uint32Array)[j] as number) >= ((lengths[i] as Uint32Array)[j + 1] as number)) {
      ops.push({ kind: '-', text: a[i++] as string });
    } else {
      ops.push({ kind: '+', text: b[j++] as string });
    }
  }
  while (i < a.length) ops.push({ kind: '-', text: a[i++] as string });
  while (j < b.length) ops.push({ kind: '+', text: b[j++] as string });
  return ops;
}

function hunks(ops: readonly Op[]): string[] {
  const changed = ops.map((op, index) => (op.kind === ' ' ? -1 : index)).filter((index) => index >= 0);
  const result: string[] = [];
  // Line numbers at `counted` in `ops`, advanced hunk by hunk: counting from the start for every hunk was quadratic.
  let counted = 0;
  let oldLine = 1;
  let newLine = 1;
  let cursor = 0;
  while (cursor < changed.length) {
    const first = changed[cursor] as number;
    let last = first;
    while (cursor + 1 < changed.length && (changed[cursor + 1] as number) - last <= 2 * CONTEXT + 1) last = changed[++cursor] as number;
    cursor++;
    const from = Math.max(0, first - CONTEXT);
    const to = Math.min(ops.length, last + CONTEXT + 1);
    for (; counted < from; counted++) {
      const op = ops[counted] as Op;
      if (op.kind !== '+') oldLine++;
      if (op.kind !== '-') newLine++;
    }
    const slice = ops.slice(from, to);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    result.push(`@@ -${oldCount === 0 ? oldLine - 1 : oldLine},${oldCount} +${newCount === 0 ? newLine - 1 : newLine},${newCount} @@\n`);
    // One push per line, not push(...lines): a hunk can have more lines than a call may take arguments.
    for (const op of slice) {
      const noNewline = op.text.endsWith('\u0000nonl');
      const text = noNewline ? op.text.slice(0, -'\u0000nonl'.length) : op.text;
      result.push(`${op.kind}${text}\n${noNewline ? '\\ No newline at end of file\n' : ''}`);
    }
  }
  return result;
}
