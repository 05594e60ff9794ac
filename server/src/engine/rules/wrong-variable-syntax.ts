/**
 * Each host expands its own variable syntax and passes anything else through as literal text: `${env:TOKEN}` in
 * Claude Code, `${TOKEN}` in VS Code or any `${...}` in Claude Desktop reaches the server as those very characters.
 */
import type { InterpolationKind } from '../hosts/host-format';
import { envReferenceToNameListFix } from '../hosts/host-secret-fixes';
import { baseName } from '../model/launch-spec';
import type { ServerEntry } from '../model/server-entry';
import { findVariableReferences, hostExpands, referenceCandidatesOf, type VariableReference } from '../model/variables';
import type { Fix } from '../findings/fix';
import { defineRule, type RuleContext } from './rule';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'ash', 'cmd', 'powershell', 'pwsh']);

export const wrongVariableSyntax = defineRule({
  meta: {
    id: 'wrong-variable-syntax',
    description: 'a variable reference the host does not expand reaches the server as literal text',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: 'safe',
  },
  checkServer(server, context) {
    const kind = context.host.capabilities.interpolation;
    // Copilot agent env values name secrets instead of referencing them; unknown hosts: nothing to say.
    if (kind === 'unknown' || kind === 'copilot' || server.node.type !== 'object') return;
    const viaShell = server.command !== undefined && SHELLS.has(baseName(server.command.value));
    for (const value of referenceCandidatesOf(server, context.document)) {
      const inArgs = value.path[server.path.length] === 'args';
      const inEnv = value.path[server.path.length] === 'env';
      for (const ref of findVariableReferences(value.value)) {
        if (expands(kind, ref, context)) continue;
        if (continueImportsAsSecret(kind, ref, inEnv, context)) continue;
        // `$HOME` in a `sh -c` script is the shell's business, and a lone `$` word is rarely a reference in other hosts.
        if (ref.syntax === 'dollar' && (kind !== 'braces' || (inArgs && viaShell))) continue;
        report(server, value.node, value.path, ref, kind, context);
      }
    }
  },
});

/** Continue rewrites `${VAR}` in the `env` of an imported JSON file to `${{ secrets.VAR }}` (hosts.md, Continue). */
function continueImportsAsSecret(kind: InterpolationKind, ref: VariableReference, inEnv: boolean, context: RuleContext): boolean {
  return kind === 'continue' && inEnv && context.document.syntax === 'json' && (ref.syntax === 'braces' || (ref.syntax === 'predefined' && !ref.text.includes(':')));
}

function expands(kind: InterpolationKind, ref: VariableReference, context: RuleContext): boolean {
  const { predefinedVariables } = context.host.capabilities;
  const result = hostExpands(kind, ref.syntax, predefinedVariables, ref.name);
  if (result !== false) return true;
  // `${HOME}` is a plain environment reference for hosts that expand `${NAME}` (the model classifies it as predefined).
  return ref.syntax === 'predefined' && (kind === 'braces' || kind === 'shell') && !ref.text.includes(':') && /^[A-Z_][A-Z0-9_]*$/.test(ref.name);
}

function report(
  server: ServerEntry,
  node: Parameters<RuleContext['document']['sourceOffsetInString']>[0],
  path: readonly (string | number)[],
  ref: VariableReference,
  kind: InterpolationKind,
  context: RuleContext,
): void {
  const { document, host } = context;
  const start = document.sourceOffsetInString(node, ref.start);
  const end = document.sourceOffsetInString(node, ref.end);
  const replacement = rewrite(ref, context);
  const exact = document.text.slice(start, end) === ref.text;
  const fixes: Fix[] = replacement && exact
    ? [{ title: `Write it as "${replacement}"`, safe: true, edits: [{ offset: start, length: end - start, content: replacement }] }]
    : [];
  // Codex passes env values literally but forwards the variables listed in env_vars: `X = "${X}"` becomes `env_vars = ["X"]`.
  const envKey = path.length === server.path.length + 2 && path[server.path.length] === 'env' ? path[server.path.length + 1] : undefined;
  if (kind === 'codex-names' && envKey === ref.name && ref.start === 0 && ref.end === String(node.value ?? '').length) {
    const nameFix = envReferenceToNameListFix(server, [...path], ref.name, context);
    if (nameFix) fixes.push(nameFix);
  }
  const literal = `the server receives the literal text "${ref.text}"`;
  const message = kind === 'none' || kind === 'codex-names'
    ? `${host.displayName} does not expand variables; ${literal}${kind === 'codex-names' ? ' (name the variable in env_vars instead)' : ''}`
    : replacement
      ? `${host.displayName} does not expand "${ref.text}"; ${literal}. Write "${replacement}"`
      : `${host.displayName} does not expand "${ref.text}"; ${literal}`;
  const shape = context.config?.detectedBy === 'shape';
  context.report({
    message,
    span: { offset: start, length: end - start },
    path: [...path],
    server: server.name,
    confidence: shape ? 'low' : kind === 'none' ? 'high' : ref.syntax === 'dollar' ? 'medium' : 'high',
    discriminator: `${path.join('/')}@${ref.start}`,
    fixes,
  });
}

/** The same reference in the host's own syntax, when there is an exact equivalent. */
function rewrite(ref: VariableReference, context: RuleContext): string | undefined {
  const envReference = context.host.capabilities.envReference;
  if (!envReference || !ENV_NAME.test(ref.name)) return undefined;
  // `${NAME:-default}` has no equivalent in `${env:NAME}` hosts: rewriting would drop the default.
  if (ref.text.includes(':-')) return undefined;
  if (ref.syntax === 'env-colon' || ref.syntax === 'braces' || ref.syntax === 'dollar') return envReference(ref.name);
  return undefined;
}
