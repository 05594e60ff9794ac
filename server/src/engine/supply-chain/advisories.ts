/** Known vulnerabilities and malicious releases (data/advisories.json), looked up by package and version. */
import data from '../data/advisories.json';
import { memoize2, memoize3 } from '../bounded-memo';
import { packageKey } from './package-key';
import { compareVersions, inRange } from './versions';

export type AdvisoryConfidence = 'verified' | 'corroborated' | 'single-source';

export interface Advisory {
  readonly id: string;
  readonly kind: 'vulnerability' | 'malware';
  readonly ecosystem: string;
  readonly package: string;
  /** Normalised range in npm comparator syntax; `*` for every version. */
  readonly range: string;
  readonly affected: string;
  readonly fixedVersion?: string;
  /** CVE, GHSA and OSV ids. */
  readonly ids: readonly string[];
  readonly severity: string;
  readonly summary: string;
  readonly confidence: AdvisoryConfidence;
  readonly sources: readonly string[];
}

interface RawAdvisory {
  readonly id: string;
  readonly kind: string;
  readonly package: string;
  readonly ecosystem: string;
  readonly affected: string;
  readonly fixed_version: string | null;
  readonly ids: readonly string[];
  readonly severity: string;
  readonly summary: string;
  readonly sources: readonly string[];
  readonly confidence: string;
}

/** `<=0.6.2 (all versions)` -> `<=0.6.2`; `all versions (last 2025.4.25)` -> `*`. */
export function normalizeRange(affected: string): string {
  const withoutNote = affected.replace(/\([^)]*\)/g, '').trim();
  return /^all versions$/i.test(withoutNote) || withoutNote === '' ? '*' : withoutNote;
}

export const ADVISORIES: readonly Advisory[] = (data as { advisories: RawAdvisory[] }).advisories.map((raw) => ({
  id: raw.id,
  kind: raw.kind === 'malware' ? 'malware' : 'vulnerability',
  ecosystem: raw.ecosystem,
  package: raw.package,
  range: normalizeRange(raw.affected),
  affected: raw.affected,
  ...(raw.fixed_version ? { fixedVersion: raw.fixed_version } : {}),
  ids: raw.ids,
  severity: raw.severity,
  summary: raw.summary,
  confidence: raw.confidence === 'verified' || raw.confidence === 'corroborated' ? raw.confidence : 'single-source',
  sources: raw.sources,
}));

const BY_PACKAGE = new Map<string, Advisory[]>();
for (const advisory of ADVISORIES) {
  const key = packageKey(advisory.ecosystem, advisory.package);
  BY_PACKAGE.set(key, [...(BY_PACKAGE.get(key) ?? []), advisory]);
}

/** Every advisory about a package, whatever the version. */
export const advisoriesForPackage: (ecosystem: string, name: string) => readonly Advisory[] =
  memoize2((ecosystem, name) => BY_PACKAGE.get(packageKey(ecosystem, name)) ?? []);

/** Advisories whose affected range contains `version`. */
export const advisoriesAffecting: (ecosystem: string, name: string, version: string) => readonly Advisory[] = memoize3((ecosystem, name, version) =>
  advisoriesForPackage(ecosystem, name).filter((advisory) => inRange(ecosystem, version, advisory.range)));

/**
 * The lowest fixed version that leaves every known vulnerability behind, starting from those affecting `version`
 * (a fixed version can still be inside another advisory's range), or undefined when one has no fix.
 */
export const firstSafeVersion: (ecosystem: string, name: string, version: string) => string | undefined = memoize3(computeFirstSafeVersion);

function computeFirstSafeVersion(ecosystem: string, name: string, version: string): string | undefined {
  let affecting = advisoriesAffecting(ecosystem, name, version).filter((advisory) => advisory.kind === 'vulnerability');
  let candidate: string | undefined;
  for (let guard = 0; guard < 16 && affecting.length > 0; guard++) {
    for (const advisory of affecting) {
      if (!advisory.fixedVersion) return undefined;
      if (candidate === undefined || compareVersions(ecosystem, advisory.fixedVersion, candidate) > 0) candidate = advisory.fixedVersion;
    }
    affecting = candidate === undefined ? [] : advisoriesAffecting(ecosystem, name, candidate).filter((advisory) => advisory.kind === 'vulnerability');
  }
  return affecting.length === 0 ? candidate : undefined;
}

/** The advisory's best-known public id (CVE first, then GHSA, then OSV), else its own id. */
export function advisoryLabel(advisory: Advisory): string {
  return advisory.ids.find((id) => id.startsWith('CVE-')) ?? advisory.ids[0] ?? advisory.id;
}
