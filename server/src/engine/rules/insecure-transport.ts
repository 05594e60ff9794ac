/**
 * Traffic that others on the network can read or change: `http://`/`ws://` to a host that is not this machine (in
 * `url`, arguments or env values), TLS verification turned off, insecure flags, and servers listening on every interface.
 */
import { scalarText } from '../capabilities/scalar-text';
import { withLazyEdits, type Fix } from '../findings/fix';
import type { Located, LocatedEntry } from '../model/located';
import type { ServerEntry } from '../model/server-entry';
import { defineRule, type RuleContext } from './rule';

const PLAIN_URL = /\b(http|ws):\/\/([^\s/"'?#]+)/gi;
const INSECURE_FLAG = /^--?(insecure|allow-http|allow-insecure|allow-insecure-host|trusted-host|no-verify-ssl|no-ssl-verify|no-tls-verify|ignore-certificate-errors|ignore-https-errors|skip-tls-verify|tls-skip-verify|insecure-skip-tls-verify|disable-ssl|disable-tls|no-check-certificate)(=.*)?$/i;
const BIND_FLAG = /^--?(host|bind|listen|address|addr|bind-address|listen-address)$/i;
const ALL_INTERFACES = /^(0\.0\.0\.0|::|\[::\]|\*)(:\d+)?$/;
const DASH = 45;

/** `0.0.0.0`, `::`, `[::]` or `*`, with an optional port; the first character rules out nearly every value. */
function isAllInterfaces(text: string): boolean {
  const first = text.charAt(0);
  return (first === '0' || first === ':' || first === '[' || first === '*') && ALL_INTERFACES.test(text);
}

export type HostKind = 'loopback' | 'private' | 'public' | 'variable';

/** Loopback (this machine), private network, public internet, or not knowable (a variable). */
export function hostKind(hostPort: string): HostKind {
  const host = hostPort.replace(/^[^@]*@/, '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase();
  if (/[$%{]/.test(host)) return 'variable';
  if (host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0' || host === 'host.docker.internal') return 'loopback';
  if (/^10\./.test(host) || /^192\.168\./.test(host) || /^172\.(1[6-9]|2\d|3[01])\./.test(host) || /^169\.254\./.test(host) || /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./.test(host)
    || /\.(local|internal|lan|home|corp|intranet)$/.test(host) || !host.includes('.')) return 'private';
  return 'public';
}

export const insecureTransport = defineRule({
  meta: {
    id: 'insecure-transport',
    description: 'server traffic is unencrypted or unverified, or the server listens on every network interface',
    category: 'transport',
    defaultSeverity: 'warning',
    fixable: 'unsafe',
  },
  checkServer(server, context) {
    if (server.url) checkString(server, server.url, 'url', context);
    server.args.forEach((arg) => checkString(server, arg, 'argument', context));
    for (const entry of server.env) {
      const value = entry.value;
      if (typeof value.value === 'string') checkString(server, value as Located<string>, `env ${entry.key}`, context);
      checkTlsEnv(server, entry, context);
    }
    checkFlags(server, context);
  },
});

function checkString(server: ServerEntry, value: Located<string>, where: string, context: RuleContext): void {
  // Most arguments hold no URL: skip the match iterator (and the regex copy it makes) for them.
  if (!value.value.includes('://')) return;
  for (const match of value.value.matchAll(PLAIN_URL)) {
    const hostPort = match[2] ?? '';
    const kind = hostKind(hostPort);
    if (kind === 'loopback' || kind === 'variable') continue;
    const scheme = (match[1] ?? 'http').toLowerCase();
    const start = match.index ?? 0;
    const from = context.document.sourceOffsetInString(value.node, start);
    const to = context.document.sourceOffsetInString(value.node, start + match[0].length);
    const carriesCredentials = where === 'url' && (server.headers.length > 0 || /[?&][^=]*(key|token|secret|auth)/i.test(value.value) || /^[a-z]+:\/\/[^/@]+@/i.test(value.value));
    const secure = scheme === 'ws' ? 'wss' : 'https';
    const fix: Fix = {
      title: `Use ${secure}://`,
      safe: false,
      edits: [{ offset: from, length: scheme.length, content: secure }],
      note: `Check that ${hostPort} serves ${secure.toUpperCase()} first.`,
    };
    context.report({
      message: `"${server.name}" talks to ${hostPort} over plain ${scheme.toUpperCase()} (${where}): anyone on the network path can read ${carriesCredentials ? 'the credentials it sends, ' : ''}the tool calls and results, and change them. Use ${secure}://${kind === 'private' ? ', or a tunnel, even on a private network' : ''}.`,
      span: { offset: from, length: to - from },
      path: value.path,
      severity: carriesCredentials ? 'error' : 'warning',
      confidence: kind === 'public' ? 'high' : 'medium',
      server: server.name,
      discriminator: `${where}:${match[0]}`,
      fixes: [fix],
    });
  }
}

/** Values that turn a setting off or on (`false` is the longest). */
const OFF_VALUES = new Set(['0', 'false', 'no', 'off']);
const ON_VALUES = new Set(['1', 'true', 'yes', 'on']);
const LONGEST_SWITCH = 'false'.length;

function checkTlsEnv(server: ServerEntry, entry: LocatedEntry, context: RuleContext): void {
  const { key, value } = entry;
  const raw = scalarText(value.value);
  if (raw === undefined) return;
  const trimmed = raw.trim();
  // Most env values are paths, names and tokens: neither a switch nor an every-interface address, so nothing to check.
  if (trimmed.length > LONGEST_SWITCH && !isAllInterfaces(trimmed)) return;
  const text = trimmed.toLowerCase();
  const upper = key.toUpperCase();
  const off = OFF_VALUES.has(text);
  const on = ON_VALUES.has(text);
  let what: string | undefined;
  if (upper === 'NODE_TLS_REJECT_UNAUTHORIZED' && off) what = 'turns off TLS certificate checks for every HTTPS request the Node.js server makes';
  else if (upper === 'PYTHONHTTPSVERIFY' && off) what = 'turns off HTTPS certificate checks in Python';
  else if (upper === 'GIT_SSL_NO_VERIFY' && on) what = 'turns off certificate checks for git over HTTPS';
  else if (/(^|_)(VERIFY_SSL|SSL_VERIFY|TLS_VERIFY|VERIFY_TLS|SSL_VERIFICATION|CERT_VERIFY)$/.test(upper) && off) what = 'turns off certificate checks';
  else if (/(^|_)(INSECURE|SKIP_TLS_VERIFY|TLS_SKIP_VERIFY|INSECURE_SKIP_VERIFY|ALLOW_INSECURE|ALLOW_HTTP)$/.test(upper) && on) what = 'allows unverified or unencrypted connections';
  else if (/(^|_)(HOST|BIND|LISTEN|ADDRESS|ADDR|BIND_ADDRESS)$/.test(upper) && isAllInterfaces(text)) {
    context.report({
      message: `"${server.name}" listens on every network interface (${key}=${text}): anyone who can reach this machine can call its tools. Bind to 127.0.0.1.`,
      span: entry.keySpan, path: value.path, confidence: 'medium', server: server.name, discriminator: `bind:${key}`,
    });
    return;
  }
  if (!what) return;
  context.report({
    message: `${key}=${raw} ${what}: a machine in the middle can read and change "${server.name}"'s traffic, credentials included. Remove it; trust a private CA with NODE_EXTRA_CA_CERTS or the system store instead.`,
    span: entry.keySpan,
    path: value.path,
    severity: 'error',
    confidence: 'high',
    server: server.name,
    discriminator: `tls:${key}`,
    fixes: [withLazyEdits({ title: `Remove ${key}`, safe: false }, () => context.document.editor().remove(value.path))],
  });
}

function checkFlags(server: ServerEntry, context: RuleContext): void {
  const args = server.args;
  args.forEach((arg, index) => {
    const value = arg.value;
    // Both patterns are flags: most args (packages, paths, values) are not, and need no regular expression.
    if (value.charCodeAt(0) !== DASH) return;
    if (INSECURE_FLAG.test(value)) {
      context.report({
        message: `"${server.name}" is started with ${value.split('=')[0]}: it accepts unencrypted or unverified connections, so a machine in the middle can read and change its traffic. Remove the flag.`,
        span: arg.span, path: arg.path, confidence: 'high', server: server.name, discriminator: `flag:${value}`,
      });
      return;
    }
    const eq = value.indexOf('=');
    const flag = eq === -1 ? value : value.slice(0, eq);
    const bound = eq === -1 ? args[index + 1]?.value : value.slice(eq + 1);
    if (BIND_FLAG.test(flag) && bound !== undefined && isAllInterfaces(bound.trim())) {
      const target = eq === -1 ? (args[index + 1] as Located<string>) : arg;
      context.report({
        message: `"${server.name}" listens on every network interface (${flag} ${bound}): anyone who can reach this machine can call its tools. Bind to 127.0.0.1.`,
        span: target.span, path: target.path, confidence: 'high', server: server.name, discriminator: `bind:${flag}`,
      });
    }
  });
}
