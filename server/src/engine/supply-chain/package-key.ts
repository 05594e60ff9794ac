/** The identity of a package across config files, policy files and data: `npm:@scope/pkg`, `pypi:<PEP 503 name>`, `oci:<image>`. */
import { normalizeImageName, normalizePypiName } from '../data/known-servers';

/** Ecosystems whose packages have versions the supply-chain rules can reason about. */
export type VersionedEcosystem = 'npm' | 'pypi' | 'oci' | 'jsr';

/** The normalised name: npm and jsr lower-cased, PyPI per PEP 503, images without `docker.io/library/`. */
export function normalizePackageName(ecosystem: string, name: string): string {
  if (ecosystem === 'pypi') return normalizePypiName(name);
  if (ecosystem === 'oci') return normalizeImageName(name);
  return name.toLowerCase();
}

export function packageKey(ecosystem: string, name: string): string {
  return `${ecosystem}:${normalizePackageName(ecosystem, name)}`;
}

/** Splits a policy key such as `pypi:mcp-server-fetch` into its normalised key, or undefined when malformed. */
export function normalizeKey(key: string): string | undefined {
  const colon = key.indexOf(':');
  if (colon <= 0) return undefined;
  const ecosystem = key.slice(0, colon).toLowerCase();
  const name = key.slice(colon + 1).trim();
  return name === '' ? undefined : packageKey(ecosystem, name);
}
