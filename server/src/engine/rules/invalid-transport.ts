/**
 * The transport a host picks decides whether a server starts at all: an unknown `type`, a URL that Claude Code
 * launches as a program, or stdio and remote fields mixed in one entry all leave the server dead or surprising.
 */
import type { ServerEntry, Transport } from '../model/server-entry';
import { withLazyEdits, type Fix } from '../findings/fix';
import { closestMatch } from '../text/edit-distance';
import { defineRule, type RuleContext } from './rule';

/** Spellings users carry over from other hosts, mapped to the transport they mean. */
const ALIASES: Readonly<Record<string, Transport>> = {
  'streamable-http': 'http', streamablehttp: 'http', streamable_http: 'http', 'streamable http': 'http', https: 'http',
  remote: 'http', http: 'http', sse: 'sse', stdio: 'stdio', local: 'stdio', command: 'stdio', process: 'stdio',
};
const STDIO_FIELDS = ['command', 'args', 'env', 'cwd', 'envFile'];
const REMOTE_FIELDS = ['url', 'serverUrl', 'httpUrl', 'headers'];

export const invalidTransport = defineRule({
  meta: {
    id: 'invalid-transport',
    description: 'the transport is unknown to the host, or does not match the fields given',
    category: 'structure',
    defaultSeverity: 'error',
    // Fixes here make a dead server start; never unattended.
    fixable: 'unsafe',
  },
  checkServer(server, context) {
    if (server.node.type !== 'object' || !context.host.dialect) return;
    const confidence = context.config?.detectedBy === 'shape' ? 'medium' : 'high';
    if (server.type && server.transport === 'unknown') {
      reportUnknownType(server, context, confidence);
      return;
    }
    if (context.host.id === 'roo-code') {
      reportRooMix(server, context, confidence);
    } else if (server.command && server.url) {
      context.report({
        message: `server "${server.name}" sets both "command" and "${keyOf(server.url.path)}"; ${context.host.displayName} uses only one of them (${server.transport === 'stdio' ? 'it runs the command' : 'it connects to the URL'}). Remove the one you do not mean`,
        span: server.url.keySpan ?? server.url.span,
        path: server.url.path,
        server: server.name,
        severity: 'warning',
        confidence,
        discriminator: 'command-and-url',
      });
    }
    if (!server.type && server.url && !server.command && server.transport === 'stdio') {
      const transport = /\/sse\/?(\?.*)?$/i.test(server.url.value) ? 'sse' : 'http';
      context.report({
        message: `${context.host.displayName} treats a server with "url" but no "type" as a stdio program and fails to start "${server.name}"; add "type": "${transport}"`,
        span: server.url.keySpan ?? server.url.span,
        path: server.url.path,
        server: server.name,
        confidence,
        discriminator: 'url-without-type',
        fixes: [withLazyEdits({ title: `Add "type": "${transport}"`, safe: false }, () => context.document.editor().setValue([...server.path, 'type'], transport))],
      });
      return;
    }
    const stdioWithoutCommand = server.transport === 'stdio' && !server.command && server.url;
    const remoteWithoutUrl = (server.transport === 'http' || server.transport === 'sse' || server.transport === 'ws') && !server.url && server.command;
    if (server.type && (stdioWithoutCommand || remoteWithoutUrl)) {
      const written = String(server.type.value);
      context.report({
        message: server.transport === 'stdio'
          ? `server "${server.name}" has "type": "${written}" but no "command"; a stdio server is a program to run`
          : `server "${server.name}" has "type": "${written}" but no URL; a remote server needs "${context.host.dialect.urlKeys[0]?.key ?? 'url'}"`,
        span: server.type.span,
        path: server.type.path,
        server: server.name,
        confidence,
        discriminator: 'type-mismatch',
      });
    }
  },
});

function reportUnknownType(server: ServerEntry, context: RuleContext, confidence: 'high' | 'medium'): void {
  const type = server.type;
  const dialect = context.host.dialect;
  if (!type || !dialect) return;
  const accepted = Object.keys(dialect.typeValues);
  const written = typeof type.value === 'string' ? type.value : JSON.stringify(type.value);
  const meant = typeof type.value === 'string' ? meantTransport(type.value, server, accepted, dialect.typeValues) : undefined;
  const fixes: Fix[] = meant && context.document.syntax === 'json'
    ? [{ title: `Change the type to "${meant}"`, safe: false, edits: [{ offset: type.span.offset, length: type.span.length, content: JSON.stringify(meant) }] }]
    : [];
  context.report({
    message: `${context.host.displayName} does not know the transport type ${JSON.stringify(written)} of server "${server.name}"; it accepts ${accepted.map((v) => `"${v}"`).join(', ')}${meant ? ` (did you mean "${meant}"?)` : ''}`,
    span: type.span,
    path: type.path,
    server: server.name,
    confidence,
    discriminator: 'unknown-type',
    fixes,
  });
}

/** The accepted `type` value the user most likely meant: a near spelling, or the host's word for a known alias. */
function meantTransport(value: string, server: ServerEntry, accepted: readonly string[], typeValues: Readonly<Record<string, Transport>>): string | undefined {
  const near = closestMatch(value, accepted);
  if (near) return near.value;
  const transport = ALIASES[value.toLowerCase().trim()] ?? (server.command && !server.url ? 'stdio' : undefined);
  if (!transport) return undefined;
  return accepted.find((candidate) => typeValues[candidate] === transport);
}

/** Roo Code validates each entry as stdio or remote and rejects an entry that mixes both (hosts.md §7). */
function reportRooMix(server: ServerEntry, context: RuleContext, confidence: 'high' | 'medium'): void {
  const stdio = server.fields.filter((f) => STDIO_FIELDS.includes(f.key));
  const remote = server.fields.filter((f) => REMOTE_FIELDS.includes(f.key));
  if (stdio.length === 0 || remote.length === 0) return;
  const isRemote = server.transport === 'http' || server.transport === 'sse';
  const stray = isRemote ? stdio : remote;
  const first = stray[0];
  if (!first) return;
  context.report({
    message: `Roo Code rejects server "${server.name}": it mixes stdio fields (${stdio.map((f) => f.key).join(', ')}) with remote fields (${remote.map((f) => f.key).join(', ')}); keep only the ${isRemote ? 'remote' : 'stdio'} ones`,
    span: first.keySpan,
    path: first.value.path,
    server: server.name,
    confidence,
    discriminator: 'roo-mix',
  });
}

function keyOf(path: readonly (string | number)[]): string {
  return String(path[path.length - 1] ?? 'url');
}
