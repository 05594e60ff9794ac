/**
 * OCI distribution API: tags of a repository and the manifest digest (and creation time) of a tag, with the anonymous
 * bearer-token flow Docker Hub and ghcr.io use (`WWW-Authenticate: Bearer realm=…,service=…,scope=…`).
 */
import { createHash } from 'node:crypto';
import { RegistryError, parseJson, type HttpClient, type HttpResponse } from './http-client';

export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export interface ImageLocation {
  /** `https://registry-1.docker.io` or the override. */
  readonly baseUrl: string;
  /** `library/nginx`, `github/github-mcp-server`. */
  readonly repository: string;
}

/** Where an image lives: Docker Hub for names without a registry host (`mcp/fetch`, `nginx` -> `library/nginx`). */
export function locateImage(image: string, override?: string): ImageLocation {
  const parts = image.split('/');
  const first = parts[0] ?? '';
  const hasHost = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const host = hasHost ? first : 'docker.io';
  let repository = (hasHost ? parts.slice(1) : parts).join('/');
  if ((host === 'docker.io' || host === 'index.docker.io') && !repository.includes('/')) repository = `library/${repository}`;
  if (override) return { baseUrl: override.replace(/\/+$/, ''), repository };
  const apiHost = host === 'docker.io' || host === 'index.docker.io' ? 'registry-1.docker.io' : host;
  const scheme = /^(localhost|127\.0\.0\.1)(:|$)/.test(apiHost) ? 'http' : 'https';
  return { baseUrl: `${scheme}://${apiHost}`, repository };
}

/** Parses `Bearer realm="…",service="…",scope="…"`. */
export function parseBearerChallenge(header: string): Record<string, string> | undefined {
  if (!/^bearer\s/i.test(header)) return undefined;
  const params: Record<string, string> = {};
  for (const match of header.slice(7).matchAll(/([a-zA-Z_]+)="([^"]*)"/g)) params[(match[1] as string).toLowerCase()] = match[2] as string;
  return params.realm ? params : undefined;
}

export interface OciClient {
  tags(): Promise<string[]>;
  digestOf(tag: string): Promise<string>;
  /** The image's `created` time from its config blob (first platform of an index), if recorded. */
  createdAt(reference: string): Promise<string | undefined>;
}

export function createOciClient(http: HttpClient, location: ImageLocation): OciClient {
  let token: string | undefined;
  const url = (path: string): string => `${location.baseUrl}/v2/${location.repository}/${path}`;

  const send = async (target: string, method: 'GET' | 'HEAD', accept?: string): Promise<HttpResponse> => {
    const headers: Record<string, string> = {};
    if (accept) headers.accept = accept;
    if (token) headers.authorization = `Bearer ${token}`;
    let response = await http.request(target, { method, headers, cache: false });
    if (response.status === 401 && !token) {
      const challenge = parseBearerChallenge(response.headers['www-authenticate'] ?? '');
      if (!challenge) throw new RegistryError('http', `${location.baseUrl} asks for credentials MCP Warden does not send`);
      token = await fetchToken(http, challenge, location.repository);
      response = await http.request(target, { method, headers: { ...headers, authorization: `Bearer ${token}` }, cache: false });
    }
    if (response.status === 404) throw new RegistryError('not-found', `${location.repository} or its tag does not exist on ${location.baseUrl}`);
    if (response.status !== 200) throw new RegistryError('http', `${location.baseUrl} answered ${response.status} for ${location.repository}`);
    return response;
  };

  const manifest = async (reference: string): Promise<{ body: Record<string, unknown>; digest: string }> => {
    const target = url(`manifests/${reference}`);
    const response = await send(target, 'GET', MANIFEST_ACCEPT);
    const digest = response.headers['docker-content-digest'] ?? `sha256:${createHash('sha256').update(response.body).digest('hex')}`;
    return { body: parseJson<Record<string, unknown>>(response, target), digest };
  };

  return {
    async tags() {
      const target = url('tags/list?n=1000');
      const response = await send(target, 'GET', 'application/json');
      return parseJson<{ tags?: string[] | null }>(response, target).tags ?? [];
    },
    async digestOf(tag) {
      const response = await send(url(`manifests/${tag}`), 'HEAD', MANIFEST_ACCEPT);
      const digest = response.headers['docker-content-digest'];
      if (digest && /^sha256:[0-9a-f]{64}$/.test(digest)) return digest;
      return (await manifest(tag)).digest;
    },
    async createdAt(reference) {
      let current = await manifest(reference);
      const children = current.body.manifests as { digest?: string; platform?: { os?: string; architecture?: string } }[] | undefined;
      if (Array.isArray(children)) {
        const chosen = children.find((child) => child.platform?.os === 'linux' && child.platform?.architecture === 'amd64') ?? children[0];
        if (!chosen?.digest) return undefined;
        current = await manifest(chosen.digest);
      }
      const configDigest = (current.body.config as { digest?: string } | undefined)?.digest;
      if (!configDigest) return undefined;
      const target = url(`blobs/${configDigest}`);
      const blob = await send(target, 'GET');
      const created = parseJson<{ created?: string }>(blob, target).created;
      return typeof created === 'string' ? created : undefined;
    },
  };
}

async function fetchToken(http: HttpClient, challenge: Record<string, string>, repository: string): Promise<string> {
  const realm = new URL(challenge.realm as string);
  if (challenge.service) realm.searchParams.set('service', challenge.service);
  realm.searchParams.set('scope', challenge.scope ?? `repository:${repository}:pull`);
  const response = await http.request(realm.toString(), { cache: false });
  if (response.status !== 200) throw new RegistryError('http', `${realm.host} refused an anonymous pull token (${response.status})`);
  const body = parseJson<{ token?: string; access_token?: string }>(response, realm.toString());
  const token = body.token ?? body.access_token;
  if (!token) throw new RegistryError('invalid', `${realm.host} returned no token`);
  return token;
}
