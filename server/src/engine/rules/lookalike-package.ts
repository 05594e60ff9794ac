/**
 * A name one letter away from a popular server's (or in a look-alike scope, or with Cyrillic letters) is how
 * typosquats get run: whoever registered it controls what starts on the next launch.
 */
import { renameEdits } from '../supply-chain/pin-edit';
import { findLookalike } from '../supply-chain/lookalike';
import { launchedPackages, packageDiscriminator } from '../supply-chain/server-packages';
import { defineRule } from './rule';

export const lookalikePackage = defineRule({
  meta: {
    id: 'lookalike-package',
    description: 'a package name imitates a known MCP server (typo, homoglyph or scope confusion)',
    category: 'supply-chain',
    defaultSeverity: 'warning',
    fixable: 'unsafe',
  },
  checkServer(server, context) {
    for (const { ref } of launchedPackages(server)) {
      const hit = findLookalike(ref.ecosystem, ref.name);
      if (!hit) continue;
      const owner = hit.target.official ? `the official ${hit.target.publisher} server` : `the ${hit.target.publisher} server`;
      const edits = renameEdits(ref, hit.targetName, true);
      context.report({
        message: `"${ref.name}" looks like "${hit.targetName}" (${owner}): ${hit.reason}. A look-alike name may be a typosquat that runs someone else's code; use the genuine name.`,
        span: ref.nameSpan,
        confidence: hit.confidence,
        server: server.name,
        discriminator: packageDiscriminator(ref),
        fixes: edits ? [{ title: `Replace with ${hit.targetName}`, safe: false, edits }] : [],
      });
    }
  },
});
