/**
 * `npx -y pkg` runs whatever was published last, with no lockfile, review or cooldown. Every package a server
 * launches must name one exact version (images: a digest; git: a full commit SHA), ideally one somebody reviewed.
 */
import type { Fix } from '../findings/fix';
import type { Severity } from '../findings/finding';
import type { LaunchSpec, PackageRef } from '../model/launch-spec';
import type { EngineConfig } from '../policy/engine-config';
import { pinEdits } from '../supply-chain/pin-edit';
import { bestReviewed, reviewedPhrase, reviewedVersionsFor, versionPart } from '../supply-chain/reviewed';
import { launchedPackages, launcherLabel, packageDiscriminator } from '../supply-chain/server-packages';
import { defineRule } from './rule';

const FULL_SHA = /(^|[^0-9a-f])[0-9a-f]{40}([^0-9a-f]|$)/i;

interface Verdict {
  readonly problem: string;
  readonly severity?: Severity;
}

export const unpinnedPackage = defineRule({
  meta: {
    id: 'unpinned-package',
    description: 'a launched package is not pinned to an exact version (or an image to a digest)',
    category: 'supply-chain',
    defaultSeverity: 'warning',
    fixable: 'safe',
  },
  checkServer(server, context) {
    for (const { launch, ref } of launchedPackages(server)) {
      const verdict = verdictOf(launch, ref, context.engineConfig.profile === 'pedantic');
      if (!verdict) continue;
      const prompt = launch.autoYes && (ref.ecosystem === 'npm') ? ` ${launch.autoYes.value} also skips the install prompt, so a new release starts without any question.` : '';
      context.report({
        message: `${verdict.problem}.${prompt} ${advice(ref)}`,
        span: ref.token.span,
        ...(verdict.severity ? { severity: verdict.severity } : {}),
        confidence: 'high',
        server: server.name,
        discriminator: packageDiscriminator(ref),
        fixes: reviewedPinFixes(launch, ref, context.engineConfig),
      });
    }
  },
});

function verdictOf(launch: LaunchSpec, ref: PackageRef, pedantic: boolean): Verdict | undefined {
  const runs = `${launcherLabel(launch)} runs "${ref.token.value}"`;
  switch (ref.ecosystem) {
    case 'npm':
    case 'jsr':
    case 'pypi':
      if (ref.versionKind === 'exact') return undefined;
      if (ref.versionKind === 'none') return { problem: `${runs} without a version: whatever is published last runs on the next start, unreviewed` };
      if (ref.versionKind === 'tag') return { problem: `${runs} from the moving tag "${ref.version ?? ''}": each new release runs unreviewed` };
      return { problem: `${runs} with the range "${ref.version ?? ''}": any new release inside it runs unreviewed` };
    case 'oci':
      if (ref.versionKind === 'digest') return undefined;
      if (ref.versionKind === 'none') return { problem: `${runs} without a tag, which means ":latest": whatever is pushed last runs, unreviewed` };
      if (ref.versionKind === 'tag') return { problem: `${runs}: ":${ref.version ?? 'latest'}" moves with every push, so new code runs unreviewed` };
      return { problem: `${runs} by tag only: a tag can be re-pushed with different content`, severity: pedantic ? 'warning' : 'info' };
    case 'git':
      if (ref.versionKind === 'commit') return undefined;
      return { problem: `${runs} from git ${ref.version ? `ref "${ref.version}"` : 'without a ref'}: branches and tags move, so it cannot be reviewed by version` };
    case 'url':
      if (FULL_SHA.test(ref.name)) return undefined;
      return { problem: `${runs} from a URL whose content can change: it cannot be reviewed by version` };
    default:
      return undefined;
  }
}

function advice(ref: PackageRef): string {
  switch (ref.ecosystem) {
    case 'oci':
      return 'Pin the image by digest (image:tag@sha256:…).';
    case 'git':
      return 'Pin a full 40-character commit SHA (#<sha>).';
    case 'url':
      return 'Use a registry package with an exact version, or a URL that names a full commit SHA.';
    case 'pypi':
      return 'Pin an exact version (name==1.2.3), ideally one your team reviewed.';
    default:
      return 'Pin an exact version (name@1.2.3), ideally one your team reviewed.';
  }
}

/** "Pin to 1.4.2 (reviewed 2026-10-02)": the highest reviewed version without an advisory. */
export function reviewedPinFixes(launch: LaunchSpec, ref: PackageRef, config: EngineConfig): Fix[] {
  const list = reviewedVersionsFor(config, ref.ecosystem, ref.name);
  const best = list ? bestReviewed(ref.ecosystem, ref.name, list) : undefined;
  if (!best) return [];
  const edits = pinEdits(launch, ref, best.version);
  if (!edits) return [];
  return [{ title: `Pin to ${versionPart(ref.ecosystem, best.version)} (${reviewedPhrase(best)})`, safe: true, edits }];
}
