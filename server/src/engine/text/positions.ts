/** Converts offsets to LSP-style line/character positions (0-based, UTF-16, CRLF/CR/LF line breaks). */
import type { Span } from './span';

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Line-start table of one text; build once per document, query many times. */
export interface LineIndex {
  readonly lineCount: number;
  positionAt(offset: number): Position;
  rangeOf(span: Span): Range;
  offsetAt(position: Position): number;
  /** The text of a line without its line break. */
  lineText(line: number): string;
}

/** Builds the line-start table on first use: files without findings never pay for it. */
export function createLineIndex(text: string): LineIndex {
  let table: number[] | undefined;
  const lineStarts = (): number[] => (table ??= computeLineStarts(text));
  return createIndexOver(text, lineStarts);
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  // Without carriage returns (most files), indexOf finds each line break much faster than a loop over characters.
  if (text.indexOf('\r') === -1) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

function createIndexOver(text: string, lineStarts: () => number[]): LineIndex {
  const clamp = (offset: number): number => Math.max(0, Math.min(offset, text.length));
  const positionAt = (rawOffset: number): Position => {
    const offset = clamp(rawOffset);
    const starts = lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - (starts[low] as number) };
  };
  const lineEnd = (line: number): number => {
    const next = lineStarts()[line + 1];
    if (next === undefined) return text.length;
    let end = next;
    if (end > 0 && text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && text.charCodeAt(end - 1) === 13) end--;
    return end;
  };
  return {
    get lineCount(): number {
      return lineStarts().length;
    },
    positionAt,
    rangeOf: (span) => ({ start: positionAt(span.offset), end: positionAt(span.offset + span.length) }),
    offsetAt: (position) => {
      const start = lineStarts()[position.line];
      if (start === undefined) return text.length;
      return Math.min(start + Math.max(0, position.character), lineEnd(position.line));
    },
    lineText: (line) => {
      const start = lineStarts()[line];
      return start === undefined ? '' : text.slice(start, lineEnd(line));
    },
  };
}
