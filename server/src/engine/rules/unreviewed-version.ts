/** The policy lists the versions of this package the team reviewed, and the pinned one is not among them. */
import { pinEdits } from '../supply-chain/pin-edit';
import { bestReviewed, reviewedPhrase, reviewedVersionsFor, reviewsOf, versionPart } from '../supply-chain/reviewed';
import { launchedPackages, packageDiscriminator } from '../supply-chain/server-packages';
import { defineRule } from './rule';

export const unreviewedVersion = defineRule({
  meta: {
    id: 'unreviewed-version',
    description: 'the pinned version is not one of the reviewed versions the policy lists for the package',
    category: 'supply-chain',
    defaultSeverity: 'warning',
    fixable: 'unsafe',
  },
  checkServer(server, context) {
    for (const { launch, ref } of launchedPackages(server)) {
      if (ref.versionKind !== 'exact' && ref.versionKind !== 'digest') continue;
      const list = reviewedVersionsFor(context.engineConfig, ref.ecosystem, ref.name);
      if (!list || list.length === 0) continue;
      const version = versionPart(ref.ecosystem, ref.version ?? '');
      if (reviewsOf(ref.ecosystem, list, version, ref.digest).length > 0) continue;
      const best = bestReviewed(ref.ecosystem, ref.name, list);
      const edits = best ? pinEdits(launch, ref, best.version) : undefined;
      const listed = list.map((entry) => versionPart(ref.ecosystem, entry.version)).join(', ');
      const pinned = ref.version ?? ref.digest ?? '';
      context.report({
        message: `${ref.name} ${pinned} is not a reviewed version (reviewed: ${listed}). Pin a reviewed version, or review this one and add it to "reviewed" in .mcp-warden.json.`,
        span: ref.versionSpan ?? ref.token.span,
        confidence: 'high',
        server: server.name,
        discriminator: packageDiscriminator(ref),
        fixes: best && edits ? [{ title: `Pin to ${versionPart(ref.ecosystem, best.version)} (${reviewedPhrase(best)})`, safe: false, edits }] : [],
      });
    }
  },
});
