/** Text output: `path:line:col severity rule-id message`, a masked one-line excerpt with carets, then a summary. */
import { ruleDocsUrl, type Finding, type Severity } from '../../engine/index';
import { palette, terminalSafe, type Palette } from '../display';
import { countFindings, shownFindings } from '../outcome';
import type { CheckedFile, Notice, Session } from '../session';

export interface TextOptions {
  readonly showSuppressed: boolean;
  readonly color: boolean;
}

/** Longest excerpt shown; longer lines (minified files) are cut around the finding. */
const EXCERPT_WIDTH = 100;

export function formatText(session: Session, options: TextOptions): string {
  const colors = palette(options.color);
  const blocks: string[] = [];
  for (const file of session.files) {
    for (const finding of shownFindings(file, options.showSuppressed)) blocks.push(formatFinding(session, file, finding, colors));
  }
  const out = blocks.join('\n\n');
  return (out ? `${out}\n\n` : '') + summaryLine(session, colors) + '\n' + fixableLine(session, colors);
}

/** `2 problems have a safe fix: run mcp-warden fix (3 more with --unsafe; try --dry-run first)`, or nothing. */
function fixableLine(session: Session, colors: Palette): string {
  let safe = 0;
  let unsafe = 0;
  for (const file of session.files) {
    for (const finding of file.result.findings) {
      if (finding.suppressed || finding.fixes.length === 0) continue;
      if (finding.fixes.some((fix) => fix.safe)) safe++;
      else unsafe++;
    }
  }
  if (safe === 0 && unsafe === 0) return '';
  const more = unsafe > 0 ? ` (${unsafe} more with --unsafe; try --dry-run first)` : '';
  return safe > 0
    ? colors.dim(`${plural(safe, 'problem has', 'problems have')} a safe fix: run mcp-warden fix${more}\n`)
    : colors.dim(`${plural(unsafe, 'problem has', 'problems have')} an unsafe fix: review with mcp-warden fix --unsafe --dry-run\n`);
}

function formatFinding(session: Session, file: CheckedFile, finding: Finding, colors: Palette): string {
  const { lines } = file.result;
  const range = lines.rangeOf(finding.span);
  const where = `${file.displayPath}:${range.start.line + 1}:${range.start.character + 1}`;
  const head = `${colors.bold(terminalSafe(where))} ${severityLabel(finding.severity, colors)} ${colors.gray(finding.ruleId)} ${terminalSafe(finding.message)}`;
  const out = [finding.suppressed ? `${head} ${colors.dim(`(suppressed: ${terminalSafe(finding.suppressed.reason)})`)}` : head];
  const gutterWidth = String(range.start.line + 1).length;
  const gutter = (label: string): string => colors.dim(`${label.padStart(gutterWidth + 2)} |`);
  const excerpt = excerptOf(file, range.start.line, range.start.character, range.end.line === range.start.line ? range.end.character : undefined);
  out.push(`${gutter(String(range.start.line + 1))} ${excerpt.line}`);
  out.push(`${gutter('')} ${' '.repeat(excerpt.caretStart)}${severityColor(finding.severity, colors)('^'.repeat(excerpt.caretLength))}`);
  const note = `${' '.repeat(gutterWidth + 3)}${colors.dim('=')}`;
  for (const related of finding.related) {
    const target = session.locate(related.file, file);
    const at = target ? target.lines.positionAt(related.span.offset) : undefined;
    const place = target && at ? `${target.displayPath}:${at.line + 1}:${at.character + 1}` : related.file ?? file.displayPath;
    out.push(`${note} related: ${terminalSafe(place)} ${terminalSafe(related.message)}`);
  }
  const fix = finding.fixes[0];
  if (fix) out.push(`${note} fix: ${terminalSafe(fix.title)} ${colors.dim(fix.safe ? '(safe: mcp-warden fix)' : '(unsafe: mcp-warden fix --unsafe)')}`);
  out.push(`${note} docs: ${ruleDocsUrl(finding.ruleId)}`);
  return out.join('\n');
}

/** The finding's line with every secret masked, cut to EXCERPT_WIDTH around the caret, made terminal-safe. */
function excerptOf(file: CheckedFile, line: number, start: number, end: number | undefined): { line: string; caretStart: number; caretLength: number } {
  const lines = file.result.lines;
  const lineStart = lines.offsetAt({ line, character: 0 });
  const masked = file.maskedText().slice(lineStart, lineStart + lines.lineText(line).length);
  const caretEnd = Math.max(start + 1, Math.min(end ?? masked.length, masked.length));
  let from = 0;
  if (masked.length > EXCERPT_WIDTH) from = Math.max(0, Math.min(start - 20, masked.length - EXCERPT_WIDTH));
  const to = Math.min(masked.length, from + EXCERPT_WIDTH);
  const prefix = from > 0 ? '…' : '';
  const suffix = to < masked.length ? '…' : '';
  const caretStart = prefix.length + start - from;
  const caretLength = Math.max(1, Math.min(caretEnd, to) - start);
  return { line: `${prefix}${terminalSafe(masked.slice(from, to))}${suffix}`, caretStart, caretLength };
}

function severityLabel(severity: Severity, colors: Palette): string {
  return severityColor(severity, colors)(severity);
}

function severityColor(severity: Severity, colors: Palette): (text: string) => string {
  return severity === 'error' ? colors.red : severity === 'warning' ? colors.yellow : severity === 'info' ? colors.blue : colors.gray;
}

/** `✖ 5 problems (2 errors, 3 warnings) in 4 files checked; 1 suppressed` or `✔ no problems in 4 files checked`. */
export function summaryLine(session: Session, colors: Palette): string {
  const counts = countFindings(session);
  const parts = (['error', 'warning', 'info', 'hint'] as const)
    .filter((severity) => counts.bySeverity[severity] > 0)
    .map((severity) => plural(counts.bySeverity[severity], severity === 'info' ? 'info' : severity, severity === 'info' ? 'info' : `${severity}s`));
  const total = Object.values(counts.bySeverity).reduce((sum, count) => sum + count, 0);
  const files = plural(counts.files, 'file', 'files');
  const suppressed = counts.suppressed > 0 ? `; ${counts.suppressed} suppressed` : '';
  if (total === 0) return colors.green(`✔ no problems in ${files} checked${suppressed}`);
  const mark = counts.bySeverity.error > 0 ? colors.red('✖') : colors.yellow('⚠');
  return `${mark} ${plural(total, 'problem', 'problems')} (${parts.join(', ')}) in ${files} checked${suppressed}`;
}

/** One line per notice, for stderr: `path[:line:col]: error: message`. */
export function formatNotices(notices: readonly Notice[], colors: Palette): string {
  return notices.map((notice) => {
    const where = notice.line !== undefined ? `${notice.path}:${notice.line + 1}:${(notice.character ?? 0) + 1}` : notice.path;
    const level = notice.level === 'error' ? colors.red('error') : colors.yellow('warning');
    return `mcp-warden: ${terminalSafe(where)}: ${level}: ${terminalSafe(notice.message)}\n`;
  }).join('');
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
