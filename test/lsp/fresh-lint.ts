/** What the server should publish for a text: a fresh engine lint, shaped like the diagnostics it sends. */
import { DEFAULT_ENGINE_CONFIG, lint, ruleDocsUrl } from '../../server/src/engine/index';
import { diagnosticSeverity } from '../../server/src/lsp/diagnostics';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export interface ComparableDiagnostic {
  readonly code: unknown;
  readonly range: unknown;
  readonly severity: unknown;
  readonly message: unknown;
  readonly href: unknown;
}

export function freshDiagnostics(text: string, path: string, homeDir: string): ComparableDiagnostic[] {
  const today = new Date().toISOString().slice(0, 10);
  const fresh = lint({ text, path, config: { ...DEFAULT_ENGINE_CONFIG, today }, homeDir });
  return fresh.findings.filter((finding) => !finding.suppressed).map((finding) => ({
    code: finding.ruleId,
    range: fresh.lines.rangeOf(finding.span),
    severity: diagnosticSeverity(finding.severity, finding.confidence),
    message: finding.message,
    href: ruleDocsUrl(finding.ruleId),
  }));
}

export function publishedDiagnostics(params: PublishDiagnosticsParams): ComparableDiagnostic[] {
  return params.diagnostics.map((d) => ({ code: d.code, range: d.range, severity: d.severity, message: d.message, href: d.codeDescription?.href }));
}
