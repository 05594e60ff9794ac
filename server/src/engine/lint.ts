/** The pipeline: parse -> detect host -> model -> rules (per file, then across files) -> policy. Pure and synchronous. */
import { forgetLatestAnalyses } from './bounded-memo';
import type { Finding } from './findings/finding';
import type { HostFormat } from './hosts/host-format';
import { detectHost } from './hosts/detect-host';
import { normalizePath } from './hosts/path-rules';
import type { ParsedDocument } from './parse/document';
import { parseDocument, syntaxOfPath } from './parse/parse-document';
import type { McpConfig } from './model/mcp-config';
import { applyPolicy } from './policy/apply-policy';
import { DEFAULT_ENGINE_CONFIG, type EngineConfig } from './policy/engine-config';
import { readInlineSuppressions } from './policy/inline-suppressions';
import { ALL_RULES } from './rules/all-rules';
import type { ConfigInSet, Exposure, ReportInput, Rule, RuleContext } from './rules/rule';
import { compareCodeUnits } from './text/compare';
import { createLineIndex, type LineIndex } from './text/positions';
import { boundedMessage } from './text/bounded-message';
import { EMPTY_LIST } from './empty-list';

export interface LintInput {
  readonly text: string;
  /** The file's path (any separators); decides the host and the scope. */
  readonly path: string;
  readonly config?: EngineConfig;
  /** The user's home folder, so that `~/.cursor/mcp.json` is known as user scope. */
  readonly homeDir?: string;
  /** Force a host id instead of detecting it (`--host`). */
  readonly hostOverride?: string;
  readonly exposure?: Exposure;
}

export interface LintResult {
  readonly path: string;
  readonly host?: HostFormat;
  readonly config?: McpConfig;
  readonly document: ParsedDocument;
  readonly lines: LineIndex;
  /** False when the file is not an MCP config (no findings are reported for it). */
  readonly isMcpConfig: boolean;
  /** Every finding after policy, suppressed ones included (marked), sorted by position. */
  readonly findings: readonly Finding[];
  /** Rules that threw; reported by adapters, never thrown past the engine. */
  readonly engineErrors: readonly string[];
}

export interface LintOptions {
  readonly rules?: readonly Rule[];
}

export function lint(input: LintInput, options: LintOptions = {}): LintResult {
  return lintFiles([input], options)[0] as LintResult;
}

interface FileState {
  readonly input: LintInput;
  readonly path: string;
  readonly document: ParsedDocument;
  readonly lines: LineIndex;
  readonly host?: HostFormat;
  readonly config?: McpConfig;
  readonly isMcpConfig: boolean;
  /** False while the file has a syntax error: only rules whose fixes survive that keep them (`fixesBrokenFiles`). */
  readonly fixable: boolean;
  readonly raw: Finding[];
  readonly errors: string[];
}

/** Lints several files as one session: per-file rules on each, then cross-file rules over all of them. */
export function lintFiles(inputs: readonly LintInput[], options: LintOptions = {}): LintResult[] {
  try {
    return lintSession(inputs, options);
  } finally {
    forgetLatestAnalyses();
  }
}

function lintSession(inputs: readonly LintInput[], options: LintOptions): LintResult[] {
  const rules = options.rules ?? ALL_RULES;
  const metaById = new Map(rules.map((rule) => [rule.meta.id, rule.meta]));
  const knownRuleIds = [...metaById.keys()];
  const states = inputs.map((input) => analyseFile(input, rules, knownRuleIds));

  const set: ConfigInSet[] = states.flatMap((state) =>
    state.config ? [{ filePath: state.path, config: state.config, document: state.document }] : []);
  const engineConfig = inputs[0]?.config ?? DEFAULT_ENGINE_CONFIG;
  const stateByPath = new Map(states.map((state) => [state.path, state]));
  for (const rule of rules) {
    if (!rule.checkSet || set.length === 0) continue;
    try {
      rule.checkSet(set, {
        engineConfig,
        options: engineConfig.ruleOptions[rule.meta.id] ?? {},
        report: (filePath, report) => {
          const state = stateByPath.get(filePath) ?? stateByPath.get(normalizePath(filePath));
          if (state) state.raw.push(toFinding(rule, report, state.lines, state.fixable));
        },
      });
    } catch (error) {
      states[0]?.errors.push(`rule ${rule.meta.id} failed: ${messageOf(error)}`);
    }
  }

  return states.map((state) => {
    const config = state.input.config ?? DEFAULT_ENGINE_CONFIG;
    const inlineSuppressions = state.host?.capabilities.comments ? readInlineSuppressions(state.document.text, state.document.comments, state.lines) : [];
    const findings = applyPolicy({
      findings: dedupe(state.raw),
      config,
      metaOf: (id) => metaById.get(id),
      filePath: state.path,
      lines: state.lines,
      inlineSuppressions,
    }).sort((a, b) => a.span.offset - b.span.offset || compareCodeUnits(a.ruleId, b.ruleId));
    return {
      path: state.input.path,
      document: state.document,
      lines: state.lines,
      isMcpConfig: state.isMcpConfig,
      findings,
      engineErrors: state.errors,
      ...(state.host ? { host: state.host } : {}),
      ...(state.config ? { config: state.config } : {}),
    };
  });
}

function analyseFile(input: LintInput, rules: readonly Rule[], knownRuleIds: readonly string[]): FileState {
  const path = normalizePath(input.path);
  const errors: string[] = [];
  const raw: Finding[] = [];
  const overrideHost = input.hostOverride;
  const syntax = syntaxOfPath(path);
  const document = parseDocument(input.text, syntax);
  const lines = createLineIndex(input.text);
  const fixable = !document.problems.some((problem) => problem.kind === 'error');
  let detection;
  try {
    detection = detectHost(document, path, input.homeDir ? { homeDir: input.homeDir } : {}, overrideHost);
  } catch (error) {
    errors.push(`host detection failed: ${messageOf(error)}`);
    detection = { notOurs: true } as const;
  }
  const { host, config } = detection;
  if (!host || detection.notOurs) {
    return { input, path, document, lines, isMcpConfig: false, fixable, raw, errors };
  }
  const engineConfig = input.config ?? DEFAULT_ENGINE_CONFIG;
  for (const rule of rules) {
    // Every property present (absent ones undefined): one hidden class for the contexts every rule reads.
    const context: RuleContext = {
      document,
      lines,
      filePath: path,
      host,
      config,
      exposure: input.exposure,
      engineConfig,
      options: engineConfig.ruleOptions[rule.meta.id] ?? {},
      knownRuleIds,
      fixable,
      report: (report) => raw.push(toFinding(rule, report, lines, fixable)),
    };
    try {
      rule.checkDocument?.(context);
      if (config) {
        rule.checkConfig?.(config, context);
        if (rule.checkServer) for (const server of config.servers) rule.checkServer(server, context);
      }
    } catch (error) {
      errors.push(`rule ${rule.meta.id} failed: ${messageOf(error)}`);
    }
  }
  return { input, path, document, lines, host, isMcpConfig: true, fixable, raw, errors, ...(config ? { config } : {}) };
}

/** An object being filled in; optional fields are only added when present (callers test with `in` and spreads). */
type Building<T> = { -readonly [K in keyof T]: T[K] };

/** Shared by findings without related locations or fixes. */
const NONE: readonly never[] = EMPTY_LIST;

function toFinding(rule: Rule, report: ReportInput, lines: LineIndex, fixable: boolean): Finding {
  const where = report.path ? report.path.join('/') : String(lines.positionAt(report.span.offset).line);
  const finding: Building<Finding> = {
    ruleId: rule.meta.id,
    message: boundedMessage(report.message),
    severity: report.severity ?? rule.meta.defaultSeverity,
    confidence: report.confidence,
    span: report.span,
    related: report.related ?? NONE,
    fixes: report.fixes && (fixable || rule.meta.fixesBrokenFiles) ? report.fixes : NONE,
    key: `${rule.meta.id}|${report.server ?? ''}|${where}|${report.discriminator ?? ''}`,
  };
  if (report.path) finding.path = report.path;
  if (report.server !== undefined) finding.server = report.server;
  if (report.secretSpans) finding.secretSpans = report.secretSpans;
  return finding;
}

/** One finding per key and offset (a rule reaching the same place twice through two hooks reports once). */
function dedupe(findings: readonly Finding[]): Finding[] {
  // Keys are nearly always distinct: remember each key's first offset, and build key|offset ids only for repeats.
  const firstOffset = new Map<string, number>();
  const repeats = new Set<string>();
  return findings.filter((finding) => {
    const offset = finding.span.offset;
    const first = firstOffset.get(finding.key);
    if (first === undefined) {
      firstOffset.set(finding.key, offset);
      return true;
    }
    if (first === offset) return false;
    const id = `${finding.key}|${offset}`;
    if (repeats.has(id)) return false;
    repeats.add(id);
    return true;
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
