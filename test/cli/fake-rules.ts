/**
 * Rules made for the CLI tests, so that fixes (safe, unsafe, external, sensitive), secret spans and related locations
 * are exercised whatever the real catalog holds today. Fake tokens are built at runtime from pieces.
 */
import { ruleById, type Rule } from '../../server/src/engine/index';
import { defineRule } from '../../server/src/engine/rules/rule';

/** An obviously fake token assembled at runtime (never a literal a secret scanner could flag). */
export function fakeToken(): string {
  return ['tok', 'en', '_'].join('') + 'FAKE'.repeat(5) + 'Wxyz';
}

/** Reports `env.TOKEN` values that are not references; unsafe fix moves them to `.env.mcp` and git-ignores it. */
export const demoLiteralToken = defineRule({
  meta: { id: 'demo-literal-token', description: 'a demo rule: env TOKEN holds a literal value', category: 'secrets', defaultSeverity: 'error', fixable: 'unsafe' },
  checkServer(server, context) {
    for (const entry of server.env) {
      if (entry.key !== 'TOKEN' || typeof entry.value.value !== 'string' || entry.value.value.startsWith('${')) continue;
      const value = entry.value.value;
      context.report({
        message: `server "${server.name}" has a literal TOKEN`,
        span: entry.value.span,
        path: entry.value.path,
        server: server.name,
        confidence: 'high',
        discriminator: 'TOKEN',
        secretSpans: [{ offset: entry.value.span.offset + 1, length: value.length }],
        fixes: [{
          title: 'Move TOKEN to .env.mcp',
          safe: false,
          edits: context.document.editor().setValue(entry.value.path, '${TOKEN}'),
          externalEdits: [
            { path: '.env.mcp', appendLines: [`TOKEN=${value}`], keyed: true, sensitive: true },
            { path: '.gitignore', appendLines: ['.env.mcp'] },
          ],
          note: 'export TOKEN from .env.mcp before starting the host',
        }],
      });
    }
  },
});

/** Reports a server named like one in another file of the session, with a related location there. */
export const demoSameName = defineRule({
  meta: { id: 'demo-same-name', description: 'a demo rule: the same server name in two files', category: 'structure', defaultSeverity: 'warning' },
  checkSet(configs, context) {
    const seen = new Map<string, { filePath: string; span: { offset: number; length: number } }>();
    for (const { filePath, config } of configs) {
      for (const server of config.servers) {
        const earlier = seen.get(server.name);
        if (earlier) {
          context.report(filePath, {
            message: `server "${server.name}" is also defined in another file`,
            span: server.nameSpan,
            server: server.name,
            confidence: 'medium',
            related: [{ file: earlier.filePath, span: earlier.span, message: 'first definition' }],
          });
        } else {
          seen.set(server.name, { filePath, span: server.nameSpan });
        }
      }
    }
  },
});

/** Reports servers "left" and "right" together (a stand-in for a risky combination), each with "Disable" as its fix. */
export const demoPair = defineRule({
  meta: { id: 'demo-pair', description: 'a demo rule: servers left and right are enabled together', category: 'combinations', defaultSeverity: 'error', fixable: 'unsafe' },
  checkConfig(config, context) {
    const pair = ['left', 'right'].map((name) => config.servers.find((server) => server.name === name && server.disabled?.value !== true));
    const [left, right] = pair;
    if (!left || !right) return;
    for (const [server, other] of [[left, right], [right, left]] as const) {
      context.report({
        message: `"${server.name}" runs together with "${other.name}"`,
        span: server.nameSpan,
        server: server.name,
        confidence: 'high',
        related: [{ span: other.nameSpan, message: `${other.name} is the other half` }],
        fixes: [{ title: `Disable server "${server.name}"`, safe: false, edits: context.document.editor().setValue([...server.path, 'disabled'], true) }],
      });
    }
  },
});

/**
 * The rules CLI tests run by default: the real `syntax-error` plus the demo rules, so that the CLI's behaviour is
 * tested independently of what the growing catalog reports (tests on examples/ use the whole catalog).
 */
export const TEST_RULES: readonly Rule[] = [demoLiteralToken, demoPair, demoSameName, ruleById('syntax-error') as Rule];
