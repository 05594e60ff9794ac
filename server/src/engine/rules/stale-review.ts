/** A review is a snapshot: the team asked for reviews to be renewed (quarterly by default) as threats and owners change. */
import { reviewedVersionsFor, reviewsOf, versionPart } from '../supply-chain/reviewed';
import { daysBetween } from '../supply-chain/review-dates';
import { launchedPackages, packageDiscriminator } from '../supply-chain/server-packages';
import { defineRule } from './rule';

const DEFAULT_MAX_AGE_DAYS = 90;

export const staleReview = defineRule({
  meta: {
    id: 'stale-review',
    description: 'the review of the pinned version is older than the allowed age (90 days by default)',
    category: 'supply-chain',
    defaultSeverity: 'info',
  },
  checkServer(server, context) {
    const today = context.engineConfig.today;
    if (!today) return;
    const option = context.options.maxAgeDays;
    const maxAge = typeof option === 'number' && Number.isFinite(option) && option >= 0 ? option : DEFAULT_MAX_AGE_DAYS;
    for (const { ref } of launchedPackages(server)) {
      if (ref.versionKind !== 'exact' && ref.versionKind !== 'digest') continue;
      const list = reviewedVersionsFor(context.engineConfig, ref.ecosystem, ref.name);
      if (!list) continue;
      const reviews = reviewsOf(ref.ecosystem, list, versionPart(ref.ecosystem, ref.version ?? ''), ref.digest);
      const dated = reviews.flatMap((entry) => (entry.date && daysBetween(entry.date, today) !== undefined ? [entry.date] : []));
      if (dated.length === 0) continue;
      const latest = dated.sort().at(-1) as string;
      const age = daysBetween(latest, today) as number;
      if (age <= maxAge) continue;
      context.report({
        message: `The review of ${ref.name} ${ref.version ?? ref.digest ?? ''} is ${age} days old (${latest}; reviews expire after ${maxAge} days). Review it again and update its date in .mcp-warden.json.`,
        span: ref.versionSpan ?? ref.token.span,
        confidence: 'high',
        server: server.name,
        discriminator: packageDiscriminator(ref),
      });
    }
  },
});
