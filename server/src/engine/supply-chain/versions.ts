/** Version order and range membership per ecosystem: npm by semver, PyPI by PEP 440 (semver cannot parse `1.0.post1`). */
import * as semver from 'semver';
import * as pep440 from '@renovatebot/pep440';
import { memoize2, memoize3 } from '../bounded-memo';
import { compareCodeUnits } from '../text/compare';

export type VersionEcosystem = 'npm' | 'pypi' | 'oci' | 'jsr' | string;

/** Negative, zero or positive like a sort comparator; versions that do not parse sort first. */
export const compareVersions: (ecosystem: VersionEcosystem, a: string, b: string) => number = memoize3(compare);

function compare(ecosystem: VersionEcosystem, a: string, b: string): number {
  if (ecosystem === 'pypi') {
    const validA = pep440.valid(a) !== null;
    const validB = pep440.valid(b) !== null;
    if (validA && validB) return pep440.compare(a, b);
    return Number(validA) - Number(validB) || compareCodeUnits(a, b);
  }
  const cleanA = looseSemver(a);
  const cleanB = looseSemver(b);
  if (cleanA && cleanB) return semver.compare(cleanA, cleanB);
  return Number(Boolean(cleanA)) - Number(Boolean(cleanB)) || compareCodeUnits(a, b);
}

/** Whether `version` parses as a version of the ecosystem (for container tags: a semver-like tag such as `v1.2` or `0.4`). */
export const isVersion: (ecosystem: VersionEcosystem, version: string) => boolean = memoize2((ecosystem, version) =>
  ecosystem === 'pypi' ? pep440.valid(version) !== null : looseSemver(version) !== undefined);

/** Pre-releases (`1.0.0-beta.1`, `1.0rc1`) are never proposed as pins. */
export const isPrerelease: (ecosystem: VersionEcosystem, version: string) => boolean = memoize2((ecosystem, version) => {
  if (ecosystem === 'pypi') return pep440.parse(version)?.is_prerelease ?? false;
  const clean = looseSemver(version);
  return clean ? semver.prerelease(clean) !== null : false;
});

/**
 * Whether `version` lies in an advisory range. Ranges in the data use npm syntax (`>=0.0.5 <0.1.16`, `<2025.7.1`, `*`);
 * for PyPI the same comparators are read as a PEP 440 specifier (`>=0.0.5,<0.1.16`).
 */
export const inRange: (ecosystem: VersionEcosystem, version: string, range: string) => boolean = memoize3(rangeContains);

function rangeContains(ecosystem: VersionEcosystem, version: string, range: string): boolean {
  const trimmed = range.trim();
  if (trimmed === '*' || trimmed === '') return true;
  if (ecosystem === 'pypi') {
    if (pep440.valid(version) === null) return false;
    const specifier = trimmed.split(/\s+/).join(',');
    return pep440.satisfies(version, specifier);
  }
  const clean = looseSemver(version);
  return clean !== undefined && semver.satisfies(clean, trimmed, { includePrerelease: true });
}

/** `v1.2` -> `1.2.0`; `2025.7.1` stays; anything else undefined. */
function looseSemver(version: string): string | undefined {
  if (semver.valid(version)) return version;
  if (!/^v?\d+(\.\d+){0,2}([-+][0-9A-Za-z.-]+)?$/.test(version)) return undefined;
  return semver.coerce(version, { includePrerelease: true })?.version ?? undefined;
}
