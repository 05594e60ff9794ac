/** PyPI JSON API (`GET <index>/pypi/<name>/json`): releases with upload times; fully yanked releases marked. */
import { RegistryError, parseJson, type HttpClient } from './http-client';
import type { PackageVersions, PublishedVersion } from './package-versions';

export const PYPI_DEFAULT_REGISTRY = 'https://pypi.org/';

interface PypiFile {
  readonly upload_time_iso_8601?: string;
  readonly upload_time?: string;
  readonly yanked?: boolean;
}

interface PypiProject {
  readonly info?: { readonly version?: string };
  readonly releases?: Record<string, readonly PypiFile[]>;
}

export async function fetchPypiVersions(client: HttpClient, registry: string, name: string): Promise<PackageVersions> {
  const base = registry.endsWith('/') ? registry : `${registry}/`;
  const url = `${base}pypi/${encodeURIComponent(name)}/json`;
  const response = await client.request(url, { headers: { accept: 'application/json' } });
  if (response.status === 404) throw new RegistryError('not-found', `${name} does not exist on ${registry}`);
  if (response.status !== 200) throw new RegistryError('http', `${registry} answered ${response.status} for ${name}`);
  const project = parseJson<PypiProject>(response, url);
  const versions: PublishedVersion[] = [];
  for (const [version, files] of Object.entries(project.releases ?? {})) {
    if (files.length === 0) continue;
    const times = files.map((file) => file.upload_time_iso_8601 ?? (file.upload_time ? `${file.upload_time}Z` : '')).filter(Boolean).sort();
    versions.push({
      version,
      ...(times[0] ? { publishedAt: times[0] } : {}),
      ...(files.every((file) => file.yanked) ? { withdrawn: true } : {}),
    });
  }
  return { ecosystem: 'pypi', name, versions, distTags: project.info?.version ? { latest: project.info.version } : {} };
}
