/** Detection is not policy: rules report what they see; this decides what is dropped, re-graded or suppressed. */
import { confidenceRank, type Finding, type Severity, type Suppression } from '../findings/finding';
import type { LineIndex } from '../text/positions';
import type { EngineConfig } from './engine-config';
import { matchesGlob } from './glob';
import type { InlineSuppression } from './inline-suppressions';
import type { RuleMeta } from '../rules/rule';

export interface PolicyInput {
  readonly findings: readonly Finding[];
  readonly config: EngineConfig;
  readonly metaOf: (ruleId: string) => RuleMeta | undefined;
  readonly filePath: string;
  readonly lines: LineIndex;
  /** Empty for hosts whose files cannot hold comments. */
  readonly inlineSuppressions: readonly InlineSuppression[];
}

/** Rules that police suppressions themselves cannot be suppressed by them. */
const UNSUPPRESSIBLE = new Set(['invalid-suppression']);

export function applyPolicy(input: PolicyInput): Finding[] {
  const { config } = input;
  const minConfidence = confidenceRank(config.minConfidence);
  const result: Finding[] = [];
  for (const finding of input.findings) {
    const setting = config.rules[finding.ruleId];
    if (setting === 'off') continue;
    const meta = input.metaOf(finding.ruleId);
    if (meta?.pedanticOnly && config.profile !== 'pedantic') continue;
    if (confidenceRank(finding.confidence) < minConfidence) continue;
    const severity: Severity = setting && setting !== 'default' ? setting : finding.severity;
    const suppressed = UNSUPPRESSIBLE.has(finding.ruleId) ? undefined : suppressionFor(finding, input);
    // Most findings pass unchanged: keep the object rather than copy it.
    result.push(severity === finding.severity && !suppressed ? finding : { ...finding, severity, ...(suppressed ? { suppressed } : {}) });
  }
  return result;
}

function suppressionFor(finding: Finding, input: PolicyInput): Suppression | undefined {
  const line = input.inlineSuppressions.length > 0 ? input.lines.positionAt(finding.span.offset).line : undefined;
  for (const inline of input.inlineSuppressions) {
    if (inline.targetLine === line && inline.ruleIds.includes(finding.ruleId) && inline.reason !== '') {
      return { kind: 'inline', reason: inline.reason };
    }
  }
  for (const ignore of input.config.ignores) {
    if (ignore.rule !== finding.ruleId && ignore.rule !== '*') continue;
    if (ignore.server !== undefined && ignore.server !== finding.server) continue;
    if (!matchesGlob(input.filePath, ignore.file, input.config.policyDir)) continue;
    return { kind: 'policy', reason: ignore.reason };
  }
  return undefined;
}
