/** npm registry packuments (`GET <registry>/<name>`): versions, publish times (`time`), dist-tags, deprecations. */
import { RegistryError, parseJson, type HttpClient } from './http-client';
import type { PackageVersions, PublishedVersion } from './package-versions';

export const NPM_DEFAULT_REGISTRY = 'https://registry.npmjs.org/';

interface Packument {
  readonly versions?: Record<string, { deprecated?: string }>;
  readonly time?: Record<string, string>;
  readonly 'dist-tags'?: Record<string, string>;
}

/** `@scope/name` travels as `@scope%2fname`, as the npm CLI sends it. */
export function packumentUrl(registry: string, name: string): string {
  const base = registry.endsWith('/') ? registry : `${registry}/`;
  return `${base}${name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`;
}

export async function fetchNpmVersions(client: HttpClient, registry: string, name: string): Promise<PackageVersions> {
  const url = packumentUrl(registry, name);
  const response = await client.request(url, { headers: { accept: 'application/json' } });
  if (response.status === 404) throw new RegistryError('not-found', `${name} does not exist on ${registry}`);
  if (response.status !== 200) throw new RegistryError('http', `${registry} answered ${response.status} for ${name}`);
  const packument = parseJson<Packument>(response, url);
  const versions: PublishedVersion[] = Object.entries(packument.versions ?? {}).map(([version, manifest]) => ({
    version,
    ...(packument.time?.[version] ? { publishedAt: packument.time[version] } : {}),
    ...(manifest?.deprecated ? { withdrawn: true } : {}),
  }));
  return { ecosystem: 'npm', name, versions, distTags: packument['dist-tags'] ?? {} };
}
