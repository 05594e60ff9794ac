/**
 * A server's env that sets variables which inject code or hijack lookups (`LD_PRELOAD`, `NODE_OPTIONS`, `PATH`, ...):
 * the config then decides which code runs, whatever the command line says (Goose refuses these keys outright).
 */
import { scalarText } from '../capabilities/scalar-text';
import data from '../data/dangerous-env.json';
import { defineRule } from './rule';

interface DangerousVariable {
  readonly name: string;
  readonly kind: 'injection' | 'hijack';
  readonly reason: string;
}

const VARIABLES = new Map((data as { variables: DangerousVariable[] }).variables.map((variable) => [variable.name, variable]));

/** NODE_OPTIONS flags that only tune the runtime (memory, warnings) do not load code. */
const HARMLESS_NODE_OPTIONS = /^(\s*--(max-old-space-size|max-semi-space-size|stack-size|no-warnings|no-deprecation|enable-source-maps|trace-warnings|dns-result-order|use-openssl-ca|use-system-ca|tls-min-v1\.[0-3]|unhandled-rejections)(=\S*)?\s*)+$/;

export const dangerousEnvOverride = defineRule({
  meta: {
    id: 'dangerous-env-override',
    description: "a server's env sets a variable that injects code or changes which programs and libraries are loaded",
    category: 'policy',
    defaultSeverity: 'warning',
  },
  checkServer(server, context) {
    for (const entry of server.env) {
      // Windows env names are case-insensitive (`Path`); elsewhere these names are conventionally upper case.
      const variable = VARIABLES.get(entry.key.toUpperCase());
      if (!variable) continue;
      const value = scalarText(entry.value.value);
      if (value === undefined || value.trim() === '') continue;
      if (variable.name === 'NODE_OPTIONS' && HARMLESS_NODE_OPTIONS.test(value)) continue;
      // `PATH=/opt/tool/bin:${env:PATH}` keeps the system folders: usually a tool install, less likely an attack.
      const extendsExisting = /\$\{?(env:)?(PATH|Path)\}?|%PATH%/.test(value);
      const injection = variable.kind === 'injection';
      context.report({
        message: `"${entry.key}" ${variable.reason}: whoever controls this config or the folders it names decides what code runs inside "${server.name}". ${
          injection ? 'Remove it, or acknowledge it with a suppression and a reason.' : 'Prefer an absolute command path over changing the lookup, or acknowledge it with a reason.'}`,
        span: entry.keySpan,
        path: entry.value.path,
        severity: injection ? 'error' : 'warning',
        confidence: extendsExisting ? 'medium' : 'high',
        server: server.name,
        discriminator: entry.key,
      });
    }
  },
});
