/** What a run amounts to: which findings are shown, the counts of the summary line, and the exit code. */
import { severityRank, SEVERITIES, type Finding, type Severity } from '../engine/index';
import { EXIT, worstExit } from './exit-codes';
import type { CheckedFile, Session } from './session';

/** Findings a report shows: suppressed ones only with `--no-ignores`. */
export function shownFindings(file: CheckedFile, showSuppressed: boolean): readonly Finding[] {
  return showSuppressed ? file.result.findings : file.result.findings.filter((finding) => !finding.suppressed);
}

export interface Counts {
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly suppressed: number;
  readonly files: number;
}

/** Unsuppressed findings per severity, suppressed findings, and files checked. */
export function countFindings(session: Session): Counts {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let suppressed = 0;
  for (const file of session.files) {
    for (const finding of file.result.findings) {
      if (finding.suppressed) suppressed++;
      else bySeverity[finding.severity]++;
    }
  }
  return { bySeverity, suppressed, files: session.files.length };
}

/** 3 for internal errors, 2 for unreadable input, 1 for unsuppressed findings at or above `minSeverity`, else 0. */
export function exitCodeOf(session: Session, minSeverity: Severity): number {
  const counts = countFindings(session);
  const failing = SEVERITIES.filter((severity) => severityRank(severity) >= severityRank(minSeverity))
    .some((severity) => counts.bySeverity[severity] > 0);
  return worstExit(
    failing ? EXIT.findings : EXIT.ok,
    session.notices.some((notice) => notice.level === 'error') ? EXIT.usageOrIo : EXIT.ok,
    session.internalErrors.length > 0 ? EXIT.internal : EXIT.ok,
  );
}
