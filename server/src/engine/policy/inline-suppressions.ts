/** Inline suppressions: `// mcp-warden-ignore[rule-id, other-id] reason`, on the line before a finding or at its end. */
import type { Span } from '../text/span';
import type { LineIndex } from '../text/positions';

export interface InlineSuppression {
  readonly ruleIds: readonly string[];
  readonly reason: string;
  /** The line whose findings it suppresses (0-based). */
  readonly targetLine: number;
  readonly span: Span;
}

const MARKER = 'mcp-warden-ignore';

export function readInlineSuppressions(text: string, comments: readonly Span[], lines: LineIndex): InlineSuppression[] {
  const result: InlineSuppression[] = [];
  for (const comment of comments) {
    const raw = text.slice(comment.offset, comment.offset + comment.length);
    const body = raw.replace(/^\/\/|^\/\*|\*\/$|^#/g, '').trim();
    if (!body.startsWith(MARKER)) continue;
    const match = /^mcp-warden-ignore\s*\[([^\]]*)\]\s*(.*)$/s.exec(body);
    const ruleIds = match ? (match[1] ?? '').split(',').map((id) => id.trim()).filter((id) => id.length > 0) : [];
    const reason = match ? (match[2] ?? '').replace(/^[-:\u2013\u2014]\s*/, '').trim() : '';
    const start = lines.positionAt(comment.offset);
    const before = lines.lineText(start.line).slice(0, start.character);
    const targetLine = before.trim().length > 0 ? start.line : lines.positionAt(comment.offset + comment.length).line + 1;
    result.push({ ruleIds, reason, targetLine, span: comment });
  }
  return result;
}
