/**
 * The public JSON report, version 1 (docs/cli.md). Its types are frozen here, apart from the engine's, so that engine
 * refactors never change what scripts parse. Positions are 0-based, UTF-16, as in LSP.
 */
import type { Finding, Range } from '../../engine/index';
import { shownFindings } from '../outcome';
import type { CheckedFile, Session } from '../session';

export interface JsonReportV1 {
  readonly version: 1;
  readonly files: readonly JsonFileV1[];
}

export interface JsonFileV1 {
  /** Relative to the working folder, `/`-separated (`~/…` for user files outside it). */
  readonly path: string;
  /** Host id (`vscode`, `claude-desktop`, ...). */
  readonly host: string | null;
  readonly findings: readonly JsonFindingV1[];
}

export interface JsonFindingV1 {
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info' | 'hint';
  readonly confidence: 'high' | 'medium' | 'low';
  readonly message: string;
  readonly range: Range;
  readonly server: string | null;
  readonly related: readonly { readonly path: string; readonly range: Range | null; readonly message: string }[];
  readonly fixes: readonly { readonly title: string; readonly safe: boolean }[];
  /** Null unless suppressed (shown only with --no-ignores). */
  readonly suppressed: { readonly kind: 'inline' | 'policy' | 'setting'; readonly reason: string } | null;
}

export function jsonReport(session: Session, showSuppressed: boolean): JsonReportV1 {
  return {
    version: 1,
    files: session.files.map((file) => ({
      path: file.displayPath,
      host: file.result.host?.id ?? null,
      findings: shownFindings(file, showSuppressed).map((finding) => jsonFinding(session, file, finding)),
    })),
  };
}

export function formatJson(session: Session, showSuppressed: boolean): string {
  return JSON.stringify(jsonReport(session, showSuppressed), null, 2) + '\n';
}

function jsonFinding(session: Session, file: CheckedFile, finding: Finding): JsonFindingV1 {
  return {
    rule: finding.ruleId,
    severity: finding.severity,
    confidence: finding.confidence,
    message: finding.message,
    range: file.result.lines.rangeOf(finding.span),
    server: finding.server ?? null,
    related: finding.related.map((related) => {
      const target = session.locate(related.file, file);
      return { path: target?.displayPath ?? related.file ?? file.displayPath, range: target ? target.lines.rangeOf(related.span) : null, message: related.message };
    }),
    fixes: finding.fixes.map((fix) => ({ title: fix.title, safe: fix.safe })),
    suppressed: finding.suppressed ? { kind: finding.suppressed.kind, reason: finding.suppressed.reason } : null,
  };
}
