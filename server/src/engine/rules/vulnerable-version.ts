/**
 * A pinned version inside a known advisory's range runs a known hole; an unpinned reference to such a package can
 * still resolve to one (npx and uvx reuse cached resolutions). Fixed to the first safe or latest reviewed version.
 */
import { memoize2 } from '../bounded-memo';
import type { Fix } from '../findings/fix';
import type { Confidence, Severity } from '../findings/finding';
import type { LaunchSpec, PackageRef } from '../model/launch-spec';
import type { EngineConfig } from '../policy/engine-config';
import { advisoriesAffecting, advisoriesForPackage, advisoryLabel, firstSafeVersion, type Advisory } from '../supply-chain/advisories';
import { pinEdits } from '../supply-chain/pin-edit';
import { bestReviewed, reviewedPhrase, reviewedVersionsFor, versionPart } from '../supply-chain/reviewed';
import { launchedPackages, packageDiscriminator } from '../supply-chain/server-packages';
import { compareVersions } from '../supply-chain/versions';
import { defineRule } from './rule';

export const vulnerableVersion = defineRule({
  meta: {
    id: 'vulnerable-version',
    description: 'a launched package version is affected by a known vulnerability',
    category: 'supply-chain',
    defaultSeverity: 'error',
    fixable: 'safe',
  },
  checkServer(server, context) {
    for (const { launch, ref } of launchedPackages(server)) {
      if (ref.ecosystem !== 'npm' && ref.ecosystem !== 'pypi') continue;
      if (vulnerabilitiesOf(ref.ecosystem, ref.name).length === 0) continue;
      if (ref.versionKind === 'exact' && ref.version !== undefined) {
        const version = versionPart(ref.ecosystem, ref.version);
        const affecting = advisoriesAffecting(ref.ecosystem, ref.name, version).filter((advisory) => advisory.kind === 'vulnerability');
        if (affecting.length === 0) continue;
        const safe = firstSafeVersion(ref.ecosystem, ref.name, version);
        const strongest = strongestOf(affecting);
        context.report({
          message: `${ref.name} ${version} is affected by ${describe(affecting)} ${safe ? `Fixed in ${safe}.` : 'No fixed version exists: replace or remove this server.'}`,
          span: ref.versionSpan ?? ref.token.span,
          severity: strongest.confidence === 'single-source' ? 'warning' : 'error',
          confidence: confidenceOf(strongest),
          server: server.name,
          discriminator: packageDiscriminator(ref),
          fixes: upgradeFixes(launch, ref, safe, context.engineConfig),
        });
      } else if (ref.versionKind !== 'exact') {
        const { message, severity, confidence } = unpinnedVerdict(ref.ecosystem, ref.name);
        context.report({
          message,
          span: ref.token.span,
          severity,
          confidence,
          server: server.name,
          discriminator: packageDiscriminator(ref),
          // No pin fix here: the first fixed version may be older than what the package resolves to today
          // (unpinned-package offers the reviewed or registry pin).
          fixes: [],
        });
      }
    }
  },
});

/** What the advisories of an unpinned package say: the same per package, so worked out once per package name. */
const unpinnedVerdict = memoize2((ecosystem, name) => {
  const known = vulnerabilitiesOf(ecosystem, name);
  const unfixable = known.filter((advisory) => !advisory.fixedVersion || advisory.range === '*');
  const strongest = strongestOf(unfixable.length > 0 ? unfixable : known);
  const message = unfixable.length > 0
    ? `Every version of ${name} is affected by ${describe(unfixable)} No fix exists: replace or remove this server.`
    : `${name} is not pinned, and older versions are affected by ${describe(known)} A stale npx/uvx cache can still run one: pin ${newestFix(ecosystem, known) ?? 'a fixed version'} or later.`;
  const severity: Severity = unfixable.length > 0 && strongest.confidence !== 'single-source' ? 'error' : unfixable.length > 0 ? 'warning' : 'info';
  const confidence: Confidence = unfixable.length > 0 ? confidenceOf(strongest) : 'low';
  return { message, severity, confidence };
});

function vulnerabilitiesOf(ecosystem: string, name: string): readonly Advisory[] {
  return advisoriesForPackage(ecosystem, name).filter((advisory) => advisory.kind === 'vulnerability');
}

/** "CVE-2025-53109 (high): what it allows. Also CVE-…, CVE-…." — one sentence per advisory family, ending with a period. */
function describe(advisories: readonly Advisory[]): string {
  const first = strongestOf(advisories);
  const others = advisories.filter((advisory) => advisory !== first).map(advisoryLabel);
  const more = others.length > 0 ? ` Also ${others.join(', ')}.` : '';
  return `${advisoryLabel(first)} (${first.severity}): ${first.summary.replace(/\.$/, '')}.${more}`;
}

function strongestOf(advisories: readonly Advisory[]): Advisory {
  const rank = (advisory: Advisory): number =>
    (advisory.confidence === 'verified' ? 20 : advisory.confidence === 'corroborated' ? 10 : 0) + (/critical/i.test(advisory.severity) ? 3 : /high/i.test(advisory.severity) ? 2 : 1);
  return [...advisories].sort((a, b) => rank(b) - rank(a))[0] as Advisory;
}

function confidenceOf(advisory: Advisory): 'high' | 'medium' | 'low' {
  return advisory.confidence === 'verified' ? 'high' : advisory.confidence === 'corroborated' ? 'medium' : 'low';
}

function newestFix(ecosystem: string, advisories: readonly Advisory[]): string | undefined {
  const fixed = advisories.flatMap((advisory) => (advisory.fixedVersion ? [advisory.fixedVersion] : []));
  return fixed.sort((a, b) => compareVersions(ecosystem, b, a))[0];
}

/** The latest reviewed version at or above the fix (safe), else the first fixed version itself (unsafe: not reviewed). */
function upgradeFixes(launch: LaunchSpec, ref: PackageRef, safe: string | undefined, config: EngineConfig): Fix[] {
  if (!safe) return [];
  const reviewed = reviewedVersionsFor(config, ref.ecosystem, ref.name) ?? [];
  const above = reviewed.filter((entry) => compareVersions(ref.ecosystem, versionPart(ref.ecosystem, entry.version), safe) >= 0);
  const best = bestReviewed(ref.ecosystem, ref.name, above);
  if (best) {
    const edits = pinEdits(launch, ref, versionPart(ref.ecosystem, best.version));
    if (edits) return [{ title: `Pin to ${versionPart(ref.ecosystem, best.version)} (${reviewedPhrase(best)})`, safe: true, edits }];
  }
  const edits = pinEdits(launch, ref, safe);
  return edits ? [{ title: `Pin to ${safe} (first fixed version, not reviewed)`, safe: false, edits }] : [];
}
