/**
 * Codex reads an HTTP server's token from the environment variable named by `bearer_token_env_var`. An inline
 * `bearer_token` is refused for HTTP servers (the server does not start) and is a literal secret in the file either way.
 */
import { bearerTokenEnvVarFix, bearerVariable } from '../hosts/host-secret-fixes';
import type { Located } from '../model/located';
import { redact } from '../secrets/redact';
import { defineRule } from './rule';

export const codexInlineBearerToken = defineRule({
  meta: {
    id: 'codex-inline-bearer-token',
    description: 'a Codex server writes its bearer token inline instead of naming an environment variable',
    category: 'secrets',
    defaultSeverity: 'error',
    fixable: 'unsafe',
  },
  checkServer(server, context) {
    if (context.host.id !== 'codex') return;
    const field = [...server.fields].reverse().find((entry) => entry.key === 'bearer_token');
    if (!field) return;
    const value = field.value;
    const token = typeof value.value === 'string' ? value.value : undefined;
    const effect = server.url
      ? `Codex refuses an inline bearer_token for HTTP servers, so "${server.name}" does not start`
      : `a stdio server never sends it`;
    const secretPart = token ? `, and the token ${redact(token)} is readable by anyone who can read this file` : '';
    const variable = bearerVariable(server, `${server.name.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'MCP'}_BEARER_TOKEN`);
    const fix = token ? bearerTokenEnvVarFix(server, value as Located<string>, variable, context) : undefined;
    context.report({
      message: `Server "${server.name}" writes its token inline in bearer_token: ${effect}${secretPart}. Put the token in an environment variable and name it with bearer_token_env_var`,
      span: field.keySpan,
      path: value.path,
      server: server.name,
      confidence: 'high',
      ...(server.url ? {} : { severity: 'warning' as const }),
      ...(token ? { secretSpans: [value.span] } : {}),
      fixes: fix ? [fix] : [],
    });
  },
});
