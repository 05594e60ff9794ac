/**
 * SARIF 2.1.0 output for code-scanning services: one run, rule descriptors from rule meta, 1-based UTF-16 regions,
 * line-independent fingerprints, related locations, and suppressed findings marked with `suppressions`.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocsUrl, type Finding, type LineIndex, type Range, type Rule, type RuleMeta, type Severity, type Span } from '../../engine/index';
import type { CheckedFile, Session } from '../session';
import { INFORMATION_URI, TOOL_NAME, toolVersion } from '../version';

const SRCROOT = '%SRCROOT%';

/** Rule categories that concern security (GitHub code scanning sorts these by `security-severity`). */
const SECURITY_CATEGORIES = new Set(['secrets', 'supply-chain', 'combinations', 'consent', 'transport']);

type Json = Record<string, unknown>;

export function sarifLog(session: Session, cwd: string, rules: readonly Rule[]): Json {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]));
  const results: Json[] = [];
  for (const file of session.files) {
    for (const finding of file.result.findings) results.push(sarifResult(session, file, finding, cwd, ruleIndex));
  }
  const errors = session.notices.filter((notice) => notice.level === 'error');
  const notifications = [
    ...session.notices.map((notice) => ({
      level: notice.level,
      message: { text: `${notice.path}${notice.line !== undefined ? `:${notice.line + 1}:${(notice.character ?? 0) + 1}` : ''}: ${notice.message}` },
    })),
    ...session.internalErrors.map((error) => ({ level: 'error', message: { text: `internal error: ${error}` } })),
  ];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: TOOL_NAME,
          version: toolVersion(),
          semanticVersion: toolVersion(),
          informationUri: INFORMATION_URI,
          rules: rules.map((rule) => ruleDescriptor(rule.meta)),
        },
      },
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
      invocations: [{
        executionSuccessful: errors.length === 0 && session.internalErrors.length === 0,
        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
      }],
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}

export function formatSarif(session: Session, cwd: string, rules: readonly Rule[]): string {
  return JSON.stringify(sarifLog(session, cwd, rules), null, 2) + '\n';
}

function ruleDescriptor(meta: RuleMeta): Json {
  const security = SECURITY_CATEGORIES.has(meta.category);
  const description = meta.description.charAt(0).toUpperCase() + meta.description.slice(1);
  return {
    id: meta.id,
    name: meta.id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, letter: string) => letter.toUpperCase()),
    shortDescription: { text: description },
    fullDescription: { text: `${description}. Category: ${meta.category}${meta.fixable ? `; fixable (${meta.fixable})` : ''}. See ${ruleDocsUrl(meta.id)}` },
    helpUri: ruleDocsUrl(meta.id),
    help: { text: `${description}. Documentation: ${ruleDocsUrl(meta.id)}` },
    defaultConfiguration: { level: sarifLevel(meta.defaultSeverity) },
    properties: {
      tags: security ? [meta.category, 'security'] : [meta.category],
      ...(security ? { 'security-severity': securitySeverity(meta.defaultSeverity) } : {}),
    },
  };
}

function sarifResult(session: Session, file: CheckedFile, finding: Finding, cwd: string, ruleIndex: ReadonlyMap<string, number>): Json {
  const artifact = artifactLocation(file.absPath, cwd);
  const index = ruleIndex.get(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: sarifLevel(finding.severity),
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: artifact, region: region(file.result.lines, finding.span) } }],
    partialFingerprints: { 'mcpWarden/v1': fingerprint(String(artifact.uri), file, finding) },
    ...(finding.related.length > 0 ? {
      relatedLocations: finding.related.flatMap((related, id) => {
        const target = session.locate(related.file, file);
        if (!target) return [];
        const absPath = related.file === undefined ? file.absPath : absolutePathOf(file, related.file);
        return [{
          id,
          physicalLocation: { artifactLocation: artifactLocation(absPath, cwd), region: region(target.lines, related.span) },
          message: { text: related.message },
        }];
      }),
    } : {}),
    ...(finding.suppressed ? {
      suppressions: [{ kind: finding.suppressed.kind === 'inline' ? 'inSource' : 'external', justification: finding.suppressed.reason }],
    } : {}),
    properties: { confidence: finding.confidence, ...(finding.server !== undefined ? { server: finding.server } : {}) },
  };
}

/** 1-based lines and columns; `endColumn` is one past the last code unit, as SARIF defines it. */
function region(lines: LineIndex, span: Span): Json {
  const range: Range = lines.rangeOf(span);
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/** Relative to the working folder (with `uriBaseId`) when inside it, else an absolute `file:` URI. */
function artifactLocation(absPath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const path = relative(cwd, absPath);
  if (path !== '' && !path.startsWith('..') && !isAbsolute(path)) {
    return { uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(absPath).href };
}

function absolutePathOf(file: CheckedFile, relatedFile: string): string {
  return resolve(file.absPath, '..', relatedFile);
}

/**
 * Stable across edits that move lines: rule, file, server and the finding's symbolic location (its JSON path), hashed.
 * A finding without a path is identified by its (secret-masked) source text instead of the line in its key.
 */
function fingerprint(uri: string, file: CheckedFile, finding: Finding): string {
  const [ruleId, server, , ...discriminator] = finding.key.split('|');
  const where = finding.path
    ? `path:${finding.path.join('/')}`
    : `text:${file.maskedText().slice(finding.span.offset, finding.span.offset + finding.span.length)}`;
  return createHash('sha256').update([uri, ruleId, server, where, ...discriminator].join('|')).digest('hex').slice(0, 32);
}

function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function securitySeverity(severity: Severity): string {
  return severity === 'error' ? '8.0' : severity === 'warning' ? '5.5' : '2.0';
}
