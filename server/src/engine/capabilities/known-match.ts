/**
 * Finds the known server behind a config entry: by the launched package or image, by the remote URL, through a proxy
 * (`mcp-remote URL`, `mcp-proxy URL`, `supergateway --sse URL`) to its target, or through `@smithery/cli run <name>`.
 */
import { memoizeOnObject } from '../bounded-memo';
import { knownServerByPackage, knownServerByUrl, type KnownServer } from '../data/known-servers';
import type { ServerEntry } from '../model/server-entry';
import { redactUrl } from '../secrets/redact-url';

export interface KnownMatch {
  readonly server: KnownServer;
  readonly via: 'package' | 'image' | 'url' | 'proxy' | 'smithery';
  /** `npm:@scope/name`, `oci:mcp/fetch`, `remote:https://…` (URL without its query string). */
  readonly identity: string;
}

/** Known proxy packages: their own capabilities are those of the server they forward to. */
const PROXY_IDS = new Set(['mcp-remote', 'mcp-proxy-ts', 'mcp-proxy-py', 'supergateway', 'aws-proxy']);

export function isProxy(known: KnownServer | undefined): boolean {
  return known !== undefined && PROXY_IDS.has(known.id);
}

/** The URL a proxy forwards to (first http(s) argument), when the server is launched through a known proxy. */
export function proxyTarget(server: ServerEntry): string | undefined {
  const pkg = server.launch?.package;
  if (!pkg) return undefined;
  const known = knownServerByPackage(pkg.ecosystem, pkg.name);
  if (!isProxy(known)) return undefined;
  return server.launch?.programArgs.find((token) => /^https?:\/\//i.test(token.value))?.value;
}

/** `npx @smithery/cli run <name>`: the server actually run. */
export function smitheryTarget(server: ServerEntry): string | undefined {
  const launch = server.launch;
  if (launch?.package?.name !== '@smithery/cli') return undefined;
  const args = launch.programArgs;
  return args[0]?.value === 'run' ? args[1]?.value : undefined;
}

/** Kept with the entry: the capability analysis, the roots and several rules ask for every server. */
export const knownServerFor: (server: ServerEntry) => KnownMatch | undefined = memoizeOnObject(findKnownServer);

function findKnownServer(server: ServerEntry): KnownMatch | undefined {
  const pkg = server.launch?.package;
  if (pkg && (pkg.ecosystem === 'npm' || pkg.ecosystem === 'pypi' || pkg.ecosystem === 'oci')) {
    const target = proxyTarget(server);
    if (target) {
      const remote = knownServerByUrl(target);
      return remote ? { server: remote, via: 'proxy', identity: `remote:${stripQuery(target)}` } : undefined;
    }
    const smithery = smitheryTarget(server);
    if (smithery) {
      const known = knownServerByPackage('npm', smithery);
      return known ? { server: known, via: 'smithery', identity: `npm:${smithery}` } : undefined;
    }
    const known = knownServerByPackage(pkg.ecosystem, pkg.name);
    // A proxy without a target URL says nothing about what it forwards to.
    if (known && !isProxy(known)) return { server: known, via: pkg.ecosystem === 'oci' ? 'image' : 'package', identity: `${pkg.ecosystem}:${pkg.name}` };
  }
  if (server.url && /^https?:\/\//i.test(server.url.value)) {
    const known = knownServerByUrl(server.url.value);
    if (known) return { server: known, via: 'url', identity: `remote:${stripQuery(server.url.value)}` };
  }
  return undefined;
}

/** A URL without query string or fragment (they may hold keys). */
export function stripQuery(url: string): string {
  // Userinfo passwords and capability paths (Composio, Slack webhooks) are credentials too: never print them.
  const end = url.search(/[?#]/);
  return redactUrl(end === -1 ? url : url.slice(0, end));
}
