/** A server with neither a command to run nor a URL to connect to cannot start; the host skips or rejects it. */
import type { ServerEntry } from '../model/server-entry';
import { defineRule, type RuleContext } from './rule';

export const missingCommandOrUrl = defineRule({
  meta: {
    id: 'missing-command-or-url',
    description: 'a server has neither a command nor a URL, or is not an object',
    category: 'structure',
    defaultSeverity: 'error',
  },
  checkServer(server, context) {
    const { host } = context;
    const confidence = context.config?.detectedBy === 'shape' ? 'medium' : 'high';
    if (server.node.type !== 'object') {
      context.report({
        message: `server "${server.name}" must be an object with ${endpointWords(context, 'or')}, but it is ${describeValue(server.node.type)}`,
        span: { offset: server.node.offset, length: server.node.length },
        path: server.path,
        server: server.name,
        confidence,
      });
      return;
    }
    // Zed: servers provided by an extension are configured by the extension (`source: "extension"`).
    if (host.id === 'zed' && server.fields.some((f) => f.key === 'source' && f.value.value === 'extension')) return;
    // `"command": null` next to a URL is a placeholder the host treats as absent.
    const badCommand = server.fields.find((f) => f.key === 'command' && typeof f.value.value !== 'string' && !isZedNestedCommand(f.value.value, context)
      && !(f.value.value === null && server.url));
    if (badCommand) {
      context.report({
        message: `"command" of server "${server.name}" must be a string${Array.isArray(badCommand.value.value) ? ' (put the program in "command" and its arguments in "args")' : ''}`,
        span: badCommand.value.span,
        path: badCommand.value.path,
        server: server.name,
        confidence,
      });
      return;
    }
    if (server.command && server.command.value.trim() === '') {
      context.report({
        message: `"command" of server "${server.name}" is empty; ${host.displayName} has nothing to run`,
        span: server.command.span,
        path: server.command.path,
        server: server.name,
        confidence,
      });
      return;
    }
    if (server.url && server.url.value.trim() === '') {
      context.report({
        message: `the URL of server "${server.name}" is empty; ${host.displayName} has nothing to connect to`,
        span: server.url.span,
        path: server.url.path,
        server: server.name,
        confidence,
      });
      return;
    }
    if (server.command || server.url || hasOtherEndpoint(server, context)) return;
    context.report({
      message: `server "${server.name}" has neither ${endpointWords(context, 'nor')}; ${host.displayName} cannot start it`,
      span: server.nameSpan,
      path: server.path,
      server: server.name,
      confidence,
    });
  },
});

/** Zed before 2025 nested `command: { path, args, env }`; a nested object without `path` is still missing its command. */
function isZedNestedCommand(value: unknown, context: RuleContext): boolean {
  return context.host.dialect?.nestedCommandObject === true && typeof value === 'object' && value !== null && !Array.isArray(value)
    && typeof (value as Record<string, unknown>).path === 'string';
}

/** Gemini CLI also connects over `tcp` (WebSocket). */
function hasOtherEndpoint(server: ServerEntry, context: RuleContext): boolean {
  return context.host.id === 'gemini-cli' && server.fields.some((f) => f.key === 'tcp' && typeof f.value.value === 'string' && f.value.value !== '');
}

/** `"command" or "url"`, with the host's own URL keys (`serverUrl`, `httpUrl`). */
function endpointWords(context: RuleContext, conjunction: 'or' | 'nor'): string {
  const urlKeys = context.host.dialect?.urlKeys.map((k) => `"${k.key}"`) ?? ['"url"'];
  return `"command" ${conjunction} ${urlKeys.join(' / ')}`;
}

function describeValue(type: string): string {
  switch (type) {
    case 'array': return 'an array';
    case 'string': return 'a string';
    case 'number': return 'a number';
    case 'boolean': return 'a boolean';
    case 'null': return 'null';
    default: return type;
  }
}
