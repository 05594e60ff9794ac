/** Lookup of known MCP servers (known-servers.json) by npm/PyPI package, container image or remote URL. */
import data from './known-servers.json';
import { memoize, memoize2 } from '../bounded-memo';

export type Capability =
  | 'reads_private_data' | 'reads_untrusted_content' | 'external_communication'
  | 'writes' | 'executes_code' | 'sensitive_account';

export interface KnownServer {
  readonly id: string;
  readonly ecosystem: 'npm' | 'pypi' | 'oci' | 'remote';
  readonly package: string;
  readonly official: boolean;
  readonly publisher: string;
  readonly status: string;
  readonly successor: string | null;
  readonly capabilities: Readonly<Record<Capability, boolean>>;
  readonly env_vars: readonly string[];
  readonly aliases: readonly string[];
  readonly notes: string;
  readonly source: string;
}

export const KNOWN_SERVERS: readonly KnownServer[] = (data as { servers: KnownServer[] }).servers;

/** PEP 503: names compare case-insensitively with runs of `-`, `_`, `.` as one `-`. */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** An OCI image without registry prefix `docker.io/` / `index.docker.io/` / `library/`, tag or digest. */
export function normalizeImageName(image: string): string {
  const withoutDigest = image.split('@')[0] ?? image;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  const name = (colon === -1 ? withoutDigest : withoutDigest.slice(0, colon)).toLowerCase();
  return name.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
}

function keyOf(ecosystem: string, name: string): string {
  if (ecosystem === 'pypi') return `pypi:${normalizePypiName(name)}`;
  if (ecosystem === 'oci') return `oci:${normalizeImageName(name)}`;
  return `${ecosystem}:${name.toLowerCase()}`;
}

const BY_KEY = new Map<string, KnownServer>();
const REMOTES: { prefix: string; server: KnownServer }[] = [];
for (const server of KNOWN_SERVERS) {
  const identities = [`${server.ecosystem}:${server.package}`, ...server.aliases];
  for (const identity of identities) {
    const colon = identity.indexOf(':');
    const ecosystem = identity.slice(0, colon);
    const name = identity.slice(colon + 1);
    if (ecosystem === 'remote') REMOTES.push({ prefix: urlPrefixOf(name), server });
    else if (!BY_KEY.has(keyOf(ecosystem, name))) BY_KEY.set(keyOf(ecosystem, name), server);
  }
}
REMOTES.sort((a, b) => b.prefix.length - a.prefix.length);

/** The known server launched as `name` from `ecosystem` (npm, pypi, oci). */
export const knownServerByPackage: (ecosystem: string, name: string) => KnownServer | undefined =
  memoize2((ecosystem, name) => BY_KEY.get(keyOf(ecosystem, name)));

/** The known hosted server whose URL prefix matches (scheme ignored, query string ignored). */
export const knownServerByUrl: (url: string) => KnownServer | undefined = memoize((url) => {
  const prefix = urlPrefixOf(url);
  return REMOTES.find((remote) => prefix === remote.prefix || prefix.startsWith(remote.prefix.endsWith('/') ? remote.prefix : `${remote.prefix}/`))?.server;
});

function urlPrefixOf(url: string): string {
  return url.replace(/^[a-z]+:\/\//i, '').split(/[?#]/)[0]?.replace(/\/+$/, '').toLowerCase() ?? '';
}
