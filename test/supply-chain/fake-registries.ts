/** Small HTTP servers on 127.0.0.1 that speak the npm packument, PyPI JSON and OCI distribution APIs with fixture data. */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const DAY = 86_400_000;

export interface FakeRegistry {
  readonly url: string;
  /** Every request line received (`GET /path`), to check what left the machine. */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function listen(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

const iso = (now: number, daysAgo: number): string => new Date(now - daysAgo * DAY).toISOString();

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(text);
}

/** npm: `fixture-pkg` (a version from yesterday, a deprecated one, a pre-release), `@fixture/scoped`, `mcp-remote` (advisories). */
export async function startNpmRegistry(now: number): Promise<FakeRegistry> {
  const requests: string[] = [];
  const packuments: Record<string, unknown> = {
    'fixture-pkg': {
      name: 'fixture-pkg',
      'dist-tags': { latest: '1.2.0', next: '2.0.0-beta.1' },
      versions: { '1.0.0': {}, '1.1.0': {}, '1.1.5': { deprecated: 'broken build' }, '1.2.0': {}, '2.0.0-beta.1': {} },
      time: { created: iso(now, 60), '1.0.0': iso(now, 30), '1.1.0': iso(now, 12), '1.1.5': iso(now, 10), '1.2.0': iso(now, 1), '2.0.0-beta.1': iso(now, 20) },
    },
    '@fixture/scoped': {
      name: '@fixture/scoped',
      'dist-tags': { latest: '0.3.0' },
      versions: { '0.2.0': {}, '0.3.0': {} },
      time: { '0.2.0': iso(now, 40), '0.3.0': iso(now, 5) },
    },
    'mcp-remote': {
      name: 'mcp-remote',
      'dist-tags': { latest: '0.1.16' },
      versions: { '0.1.14': {}, '0.1.15': {}, '0.1.16': {} },
      time: { '0.1.14': iso(now, 40), '0.1.15': iso(now, 20), '0.1.16': iso(now, 1) },
    },
  };
  const { server, url } = await listen((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const name = decodeURIComponent((request.url ?? '/').slice(1));
    const packument = packuments[name];
    if (packument) json(response, 200, packument);
    else json(response, 404, { error: 'Not found' });
  });
  return { url: `${url}/`, requests, close: () => stop(server) };
}

/** PyPI: `fixture-py` (a yanked release, one from yesterday), `mcp-server-git` (old releases with advisories). */
export async function startPypiRegistry(now: number): Promise<FakeRegistry> {
  const requests: string[] = [];
  const file = (daysAgo: number, yanked = false) => ({ filename: 'x.whl', upload_time_iso_8601: iso(now, daysAgo), yanked });
  const projects: Record<string, unknown> = {
    'fixture-py': {
      info: { name: 'fixture-py', version: '1.2.0' },
      releases: { '1.0.0': [file(30)], '1.0.1': [file(15)], '1.1.0': [file(12, true)], '1.2.0': [file(1)], '1.3.0rc1': [file(5)], '0.9.0': [] },
    },
    'mcp-server-git': {
      info: { name: 'mcp-server-git', version: '2026.1.14' },
      releases: { '2025.9.25': [file(400)], '2025.12.18': [file(340)], '2026.1.14': [file(300)] },
    },
  };
  const { server, url } = await listen((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const match = /^\/pypi\/([^/]+)\/json$/.exec(request.url ?? '');
    const project = match ? projects[decodeURIComponent(match[1] as string)] : undefined;
    if (project) json(response, 200, project);
    else json(response, 404, { message: 'Not Found' });
  });
  return { url: `${url}/`, requests, close: () => stop(server) };
}

/** OCI registry for `mcp/fetch` behind an anonymous bearer-token flow; tags 1.0 .. 1.2 (1.2 pushed yesterday), latest, 2.0-rc1. */
export async function startOciRegistry(now: number): Promise<FakeRegistry & { digests: Record<string, string> }> {
  const requests: string[] = [];
  const TOKEN = 'fixture-anonymous-token';
  const blobs = new Map<string, string>();
  const manifests = new Map<string, string>();
  const digests: Record<string, string> = {};
  const sha = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;
  const tagAges: Record<string, number> = { '1.0': 60, '1.1': 12, '1.2': 1, latest: 1, '2.0-rc1': 30 };
  for (const [tag, age] of Object.entries(tagAges)) {
    const config = JSON.stringify({ created: iso(now, age), architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } });
    blobs.set(sha(config), config);
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha(config), size: config.length },
      layers: [],
    });
    manifests.set(tag, manifest);
    manifests.set(sha(manifest), manifest);
    digests[tag] = sha(manifest);
  }
  let base = '';
  const { server, url } = await listen((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const path = request.url ?? '';
    if (path.startsWith('/token')) {
      const query = new URL(path, base).searchParams;
      if (query.get('service') !== 'fixture-registry' || query.get('scope') !== 'repository:mcp/fetch:pull') return json(response, 400, { error: 'bad scope' });
      return json(response, 200, { token: TOKEN });
    }
    if (request.headers.authorization !== `Bearer ${TOKEN}`) {
      return json(response, 401, { errors: [{ code: 'UNAUTHORIZED' }] }, {
        'www-authenticate': `Bearer realm="${base}/token",service="fixture-registry",scope="repository:mcp/fetch:pull"`,
      });
    }
    if (path.startsWith('/v2/mcp/fetch/tags/list')) return json(response, 200, { name: 'mcp/fetch', tags: Object.keys(tagAges) });
    const manifest = /^\/v2\/mcp\/fetch\/manifests\/(.+)$/.exec(path);
    if (manifest) {
      const body = manifests.get(decodeURIComponent(manifest[1] as string));
      if (!body) return json(response, 404, { errors: [{ code: 'MANIFEST_UNKNOWN' }] });
      response.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json', 'docker-content-digest': sha(body), 'content-length': String(Buffer.byteLength(body)) });
      return response.end(request.method === 'HEAD' ? undefined : body);
    }
    const blob = /^\/v2\/mcp\/fetch\/blobs\/(.+)$/.exec(path);
    if (blob && blobs.has(blob[1] as string)) return json(response, 200, JSON.parse(blobs.get(blob[1] as string) as string));
    return json(response, 404, { errors: [{ code: 'NAME_UNKNOWN' }] });
  });
  base = url;
  return { url, requests, digests, close: () => stop(server) };
}

/** Accepts connections but never answers within the client's timeout. */
export async function startSlowServer(delayMs: number): Promise<FakeRegistry> {
  const requests: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const { server, url } = await listen((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const timer = setTimeout(() => json(response, 200, {}), delayMs);
    timers.add(timer);
  });
  return {
    url: `${url}/`,
    requests,
    close: () => {
      for (const timer of timers) clearTimeout(timer);
      return stop(server);
    },
  };
}
