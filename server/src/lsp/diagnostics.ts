/**
 * Finding -> LSP Diagnostic. Severity is mapped from severity × confidence, deliberately:
 *
 * | rule severity | high confidence | medium      | low         |
 * |---------------|-----------------|-------------|-------------|
 * | error         | Error           | Error       | Warning     |
 * | warning       | Warning         | Warning     | Information |
 * | info          | Information     | Information | Hint        |
 * | hint          | Hint            | Hint        | Hint        |
 *
 * A low-confidence finding is a guess: it drops one level so red squiggles stay reserved for what is certain.
 * Suppressed findings are not published (they stay in the lint cache for audits).
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { ruleDocsUrl, type Confidence, type Finding, type LineIndex, type Severity } from '../engine/index';
import type { DiagnosticData } from '../protocol/protocol';

export const DIAGNOSTIC_SOURCE = 'mcp-warden';

const SEVERITY_TABLE: Readonly<Record<Severity, Readonly<Record<Confidence, DiagnosticSeverity>>>> = {
  error: { high: DiagnosticSeverity.Error, medium: DiagnosticSeverity.Error, low: DiagnosticSeverity.Warning },
  warning: { high: DiagnosticSeverity.Warning, medium: DiagnosticSeverity.Warning, low: DiagnosticSeverity.Information },
  info: { high: DiagnosticSeverity.Information, medium: DiagnosticSeverity.Information, low: DiagnosticSeverity.Hint },
  hint: { high: DiagnosticSeverity.Hint, medium: DiagnosticSeverity.Hint, low: DiagnosticSeverity.Hint },
};

/** Rules whose findings the editor renders specially: faded (unused) or struck through (archived). */
const TAGS: Readonly<Record<string, readonly DiagnosticTag[]>> = {
  'unused-input': [DiagnosticTag.Unnecessary],
  'archived-server': [DiagnosticTag.Deprecated],
};

export function diagnosticSeverity(severity: Severity, confidence: Confidence): DiagnosticSeverity {
  return SEVERITY_TABLE[severity][confidence];
}

/** Where a related location in another file is: its URI and line index (undefined when the file is unknown). */
export type LocateFile = (file: string) => { readonly uri: string; readonly lines: LineIndex } | undefined;

export interface DiagnosticOptions {
  readonly uri: string;
  readonly lines: LineIndex;
  /** Resolves a related location's `file` (relative to the linted file's folder). */
  readonly locate: LocateFile;
  /** The client renders `relatedInformation`; otherwise related locations are described in the message. */
  readonly relatedInformation: boolean;
}

export function toDiagnostics(findings: readonly Finding[], options: DiagnosticOptions): Diagnostic[] {
  return findings.filter((finding) => !finding.suppressed).map((finding) => toDiagnostic(finding, options));
}

export function toDiagnostic(finding: Finding, options: DiagnosticOptions): Diagnostic {
  const data: DiagnosticData = { ruleId: finding.ruleId, key: finding.key };
  const related = relatedInformation(finding, options);
  const tags = TAGS[finding.ruleId];
  let message = finding.message;
  if (!options.relatedInformation && finding.related.length > 0) {
    message += finding.related.map((item) => `\n- ${item.message}${item.file ? ` (${item.file})` : ''}`).join('');
  }
  return {
    range: options.lines.rangeOf(finding.span),
    severity: diagnosticSeverity(finding.severity, finding.confidence),
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    source: DIAGNOSTIC_SOURCE,
    message,
    data,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    ...(tags ? { tags: [...tags] } : {}),
  };
}

function relatedInformation(finding: Finding, options: DiagnosticOptions): DiagnosticRelatedInformation[] {
  if (!options.relatedInformation) return [];
  const result: DiagnosticRelatedInformation[] = [];
  for (const item of finding.related) {
    const target = item.file === undefined ? { uri: options.uri, lines: options.lines } : options.locate(item.file);
    if (!target) continue;
    result.push({ location: { uri: target.uri, range: target.lines.rangeOf(item.span) }, message: item.message });
  }
  return result;
}
