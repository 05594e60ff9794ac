/** Reads `--registry npm=URL` style values (CLI flags, settings) into registry URLs, rejecting anything else. */
import type { RegistryUrls } from './pin-resolver';

export function parseRegistryFlag(value: string, into: RegistryUrls = {}): RegistryUrls {
  const eq = value.indexOf('=');
  const ecosystem = eq === -1 ? '' : value.slice(0, eq).trim().toLowerCase();
  const url = eq === -1 ? '' : value.slice(eq + 1).trim();
  if (ecosystem !== 'npm' && ecosystem !== 'pypi' && ecosystem !== 'oci') {
    throw new Error(`--registry expects npm=URL, pypi=URL or oci=URL, got "${value}"`);
  }
  if (!/^https?:\/\/[^\s]+$/.test(url)) throw new Error(`--registry ${ecosystem}=: "${url}" is not an http(s) URL`);
  return { ...into, [ecosystem]: url };
}
