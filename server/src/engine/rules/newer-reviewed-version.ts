/** The team has reviewed a newer version than the one pinned here: upgrading needs no new review. */
import { pinEdits } from '../supply-chain/pin-edit';
import { bestReviewed, reviewedPhrase, reviewedVersionsFor, versionPart } from '../supply-chain/reviewed';
import { launchedPackages, packageDiscriminator } from '../supply-chain/server-packages';
import { compareVersions, isVersion } from '../supply-chain/versions';
import { defineRule } from './rule';

export const newerReviewedVersion = defineRule({
  meta: {
    id: 'newer-reviewed-version',
    description: 'a newer reviewed version of the pinned package exists',
    category: 'supply-chain',
    defaultSeverity: 'hint',
    fixable: 'unsafe',
  },
  checkServer(server, context) {
    for (const { launch, ref } of launchedPackages(server)) {
      if (ref.versionKind !== 'exact' && ref.versionKind !== 'digest') continue;
      const version = versionPart(ref.ecosystem, ref.version ?? '');
      if (!isVersion(ref.ecosystem, version)) continue;
      const list = reviewedVersionsFor(context.engineConfig, ref.ecosystem, ref.name);
      const best = list ? bestReviewed(ref.ecosystem, ref.name, list) : undefined;
      if (!best) continue;
      const newer = versionPart(ref.ecosystem, best.version);
      if (!isVersion(ref.ecosystem, newer) || compareVersions(ref.ecosystem, newer, version) <= 0) continue;
      const edits = pinEdits(launch, ref, best.version);
      context.report({
        message: `A newer reviewed version of ${ref.name} exists: ${newer} (${reviewedPhrase(best)}${best.by ? ` by ${best.by}` : ''}).`,
        span: ref.versionSpan ?? ref.token.span,
        confidence: 'high',
        server: server.name,
        discriminator: packageDiscriminator(ref),
        fixes: edits ? [{ title: `Pin to ${newer} (${reviewedPhrase(best)})`, safe: false, edits }] : [],
      });
    }
  },
});
