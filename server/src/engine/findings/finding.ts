/** What a rule reports: richer than an editor diagnostic, so CLI, JSON, SARIF and LSP can all be built from it. */
import type { JSONPath } from 'jsonc-parser';
import type { Span } from '../text/span';
import type { Fix } from './fix';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Confidence = 'high' | 'medium' | 'low';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

/** Higher is more severe: error 3, warning 2, info 1, hint 0. */
export function severityRank(severity: Severity): number {
  return 3 - SEVERITIES.indexOf(severity);
}

const CONFIDENCE_RANKS: Readonly<Record<Confidence, number>> = { high: 2, medium: 1, low: 0 };

/** Higher is more certain: high 2, medium 1, low 0. */
export function confidenceRank(confidence: Confidence): number {
  return CONFIDENCE_RANKS[confidence];
}

/** A place in some file. `file` is absent for the linted file itself. */
export interface RelatedLocation {
  readonly file?: string;
  readonly span: Span;
  readonly message: string;
}

export interface Suppression {
  readonly kind: 'inline' | 'policy' | 'setting';
  readonly reason: string;
}

export interface Finding {
  readonly ruleId: string;
  /** Never contains a full secret value (see engine/secrets/redact.ts). */
  readonly message: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly span: Span;
  /** Symbolic location of the primary span (keys and indexes), when it lies in the model. */
  readonly path?: JSONPath;
  /** The server this finding concerns, by name. */
  readonly server?: string;
  readonly related: readonly RelatedLocation[];
  readonly fixes: readonly Fix[];
  /** Present when a suppression matched; suppressed findings stay in results for audits. */
  readonly suppressed?: Suppression;
  /** Spans of secret values this finding is about; renderers mask them in source excerpts. */
  readonly secretSpans?: readonly Span[];
  /** Stable identity of the finding within its file (rule, server, path), used for fingerprints and LSP data. */
  readonly key: string;
}
