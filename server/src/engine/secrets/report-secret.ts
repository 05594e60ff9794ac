/** Turns a secret hit into a finding: kind and redacted value in the message, exposure-graded severity, host fixes. */
import type { Fix } from '../findings/fix';
import type { Severity } from '../findings/finding';
import type { Exposure, RuleContext } from '../rules/rule';
import type { SecretHit } from './find-secrets';
import { redact } from './redact';
import { hostExpandsAt, noInterpolationAdvice, secretFixes } from './secret-fixes';

/** Tracked by git, or inside a repository and not ignored: the next commit (or the last one) carries the secret. */
export function isExposed(exposure: Exposure | undefined): boolean {
  return exposure !== undefined && (exposure.tracked || (exposure.inRepository && !exposure.ignored));
}

/** Where the secret sits, in words: `env GITHUB_TOKEN of server "github"`. */
export function placeOf(hit: SecretHit): string {
  const server = hit.server ? ` of server "${hit.server.name}"` : '';
  switch (hit.place) {
    case 'env': return `env ${hit.name ?? ''}${server}`;
    case 'header': return `header ${hit.name ?? ''}${server}`;
    case 'arg': return `the arguments${server}`;
    case 'command': return `the command${server}`;
    case 'url': return `the URL${server}`;
    case 'field': return `field ${hit.name ?? ''}${server}`;
    case 'input-default': return `the default of input "${hit.name ?? ''}"`;
  }
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface SecretReportOptions {
  /** Why this place is dangerous beyond the file being readable. */
  readonly why?: string;
  /** Fixes offered before the generic ones (e.g. secret-in-args' move into env). */
  readonly leadingFixes?: readonly Fix[];
}

/** Reports one hit through `context`. */
export function reportSecret(hit: SecretHit, context: RuleContext, options: SecretReportOptions = {}): void {
  const exposed = isExposed(context.exposure);
  const fixes = [...(options.leadingFixes ?? []), ...secretFixes(hit, context)];
  const interpolates = context.host.capabilities.envReference !== undefined;
  // While the file has a syntax error the engine drops the fixes: the advice still names the move, and says when it comes.
  const advice = fixes.length > 0
    ? `Move it out: ${lowerFirst(fixes[0]?.title ?? '')}.${context.fixable ? '' : ' That quick fix is offered again once the syntax error is fixed.'}`
    : !interpolates
      ? `${noInterpolationAdvice(context)}.`
      : hostExpandsAt(hit, context)
        ? 'Replace it with a reference to an environment variable.'
        : `${context.host.displayName} expands variables only in env and headers: pass the value to the server through env instead.`;
  const exposure = exposed
    ? context.exposure?.tracked ? ' This file is tracked by git, so the secret is in its history: rotate it.' : ' This file is in a git repository and not ignored: the next commit would publish it.'
    : '';
  const why = options.why ?? 'anyone who can read this file (a backup, a sync folder, a repository) can use it';
  const severity: Severity | undefined = exposed ? 'error' : hit.confidence === 'low' ? 'info' : undefined;
  context.report({
    message: `${capitalize(hit.kind)} ${redact(hit.secret)} is written literally in ${placeOf(hit)}: ${why}.${exposure} ${advice}`,
    span: hit.span,
    path: hit.holder.path,
    confidence: hit.confidence,
    secretSpans: [hit.span],
    discriminator: String(hit.start),
    fixes,
    ...(severity ? { severity } : {}),
    ...(hit.server ? { server: hit.server.name } : {}),
  });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
