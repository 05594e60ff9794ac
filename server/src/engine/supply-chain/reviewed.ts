/** Reviewed versions from the policy (`.mcp-warden.json` `reviewed`, then the user setting), per package. */
import type { EngineConfig, ReviewedVersion } from '../policy/engine-config';
import { advisoriesAffecting } from './advisories';
import { normalizeKey, packageKey } from './package-key';
import { compareVersions } from './versions';
import { compareCodeUnits } from '../text/compare';

/** Whether the policy lists reviewed versions for this package at all (keys compare normalised: PEP 503, image prefixes). */
export function reviewedVersionsFor(config: EngineConfig, ecosystem: string, name: string): readonly ReviewedVersion[] | undefined {
  const wanted = packageKey(ecosystem, name);
  let found: ReviewedVersion[] | undefined;
  for (const [key, list] of Object.entries(config.reviewed)) {
    if (normalizeKey(key) !== wanted) continue;
    found = [...(found ?? []), ...list];
  }
  return found;
}

/** The tag part of an OCI reviewed version (`1.2@sha256:…` -> `1.2`); other ecosystems unchanged. */
export function versionPart(ecosystem: string, version: string): string {
  return ecosystem === 'oci' ? version.split('@')[0] ?? version : version.replace(/^==/, '');
}

/** The digest of an OCI reviewed version (`1.2@sha256:…` -> `sha256:…`). */
export function digestPart(version: string): string | undefined {
  const at = version.indexOf('@');
  return at === -1 ? undefined : version.slice(at + 1);
}

/** Reviewed entries that match a pinned version (an OCI digest pin must match the reviewed digest when one is recorded). */
export function reviewsOf(ecosystem: string, list: readonly ReviewedVersion[], version: string, digest?: string): readonly ReviewedVersion[] {
  return list.filter((entry) => {
    const entryVersion = versionPart(ecosystem, entry.version);
    if (entryVersion !== version && compareVersions(ecosystem, entryVersion, version) !== 0) return false;
    const entryDigest = ecosystem === 'oci' ? digestPart(entry.version) : undefined;
    return !entryDigest || !digest || entryDigest === digest;
  });
}

/** The highest reviewed version with no known advisory, and its latest review. */
export function bestReviewed(ecosystem: string, name: string, list: readonly ReviewedVersion[]): ReviewedVersion | undefined {
  const clean = list.filter((entry) => isSafeVersionText(entry.version) && advisoriesAffecting(ecosystem, name, versionPart(ecosystem, entry.version)).length === 0);
  const sorted = [...clean].sort((a, b) =>
    compareVersions(ecosystem, versionPart(ecosystem, b.version), versionPart(ecosystem, a.version)) || compareCodeUnits(b.date ?? '', a.date ?? ''));
  return sorted[0];
}

/** Versions written into the config must not be able to break out of the JSON string or the shell word. */
export function isSafeVersionText(version: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._+!~-]*(@sha256:[0-9a-f]{64})?$/.test(version);
}

/** "reviewed 2026-10-02" / "reviewed" when no date was recorded. */
export function reviewedPhrase(entry: ReviewedVersion): string {
  return entry.date ? `reviewed ${entry.date}` : 'reviewed';
}
